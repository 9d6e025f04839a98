import type { LessonCard } from '../types';

/** Lesson cards, topic "virtual-machines" (CONTENT.md). */
export const virtualMachinesLessons: LessonCard[] = [
  {
    id: 'vm-origin',
    topic: 'virtual-machines',
    kind: 'lesson',
    title: { en: 'Where VMs began', pt: 'De onde vêm as VMs' },
    body: [
      {
        en: 'Virtual machines are older than most people think. The idea goes back to the mainframes of the mid-1960s: big central computers that many operators used at once.',
        pt: 'A máquina virtual é uma ideia bem mais antiga do que parece. Ela nasceu nos mainframes de meados dos anos 1960, computadores centrais usados por vários operadores ao mesmo tempo.',
      },
      {
        en: 'Every operator felt as if the whole machine were theirs alone. In reality, all of its resources were being shared among everyone. That trick, one real machine seen as many private ones, is still the heart of a VM.',
        pt: 'Cada operador tinha a impressão de trabalhar numa máquina só sua. Na prática, todos os recursos dela eram divididos entre todo mundo. Esse truque, uma máquina real que parece várias máquinas particulares, continua sendo a essência de uma VM.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-hardware' },
  },
  {
    id: 'vm-whole-machine',
    topic: 'virtual-machines',
    kind: 'lesson',
    title: { en: 'A whole machine for each VM', pt: 'Uma máquina inteira para cada VM' },
    body: [
      {
        en: 'The aim of a VM is to split one physical computer among several isolated environments. Each one gets a complete machine: processor, memory, disk, network card and the rest of the devices. None of it is physical: it is virtual hardware handed out by the virtualization layer.',
        pt: 'A proposta da VM é repartir um computador físico entre vários ambientes isolados. Cada ambiente recebe uma máquina completa: processador, memória, disco, placa de rede e demais periféricos. Nada disso é físico: é hardware virtual entregue pela camada de virtualização.',
      },
      {
        en: 'Inside, each VM runs a full operating system of its own. That system only ever talks to the virtual hardware it was given, never directly to the real hardware underneath.',
        pt: 'Dentro de cada VM roda um sistema operacional completo, só dela. Esse sistema conversa apenas com o hardware virtual que recebeu, e nunca diretamente com o hardware real que está por baixo.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-guest-os' },
  },
  {
    id: 'vm-hypervisor',
    topic: 'virtual-machines',
    kind: 'lesson',
    title: { en: 'The hypervisor', pt: 'O hypervisor' },
    body: [
      {
        en: 'Something has to create the VMs, run them and share out the real machine among them: that is the hypervisor, also known as a virtual machine monitor. It may take the form of software, firmware or even hardware, and it lives in the layer between the physical machine and the VMs.',
        pt: 'Alguém precisa criar as VMs, colocá-las para rodar e repartir a máquina real entre elas: esse é o hypervisor, também conhecido como monitor de máquinas virtuais. Ele pode ser software, firmware ou até hardware, e fica na camada entre a máquina física e as VMs.',
      },
      {
        en: 'Two words you will meet often: the host is the system the VMs run on top of, and the guests are the systems running inside the VMs.',
        pt: 'Dois termos que aparecem o tempo todo: host (hospedeiro) é o sistema sobre o qual as VMs rodam; guests (convidados) são os sistemas que rodam dentro de cada VM.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-hypervisor' },
  },
  {
    id: 'vm-management',
    topic: 'virtual-machines',
    kind: 'lesson',
    title: { en: 'VMs got easier to manage', pt: 'Gerenciar VMs ficou mais fácil' },
    body: [
      {
        en: 'As virtualization tools matured, they did much more than run machines. Management consoles made it easier to look after many virtual environments, and high availability let VMs rely on several physical hosts instead of just one.',
        pt: 'Com o amadurecimento das ferramentas de virtualização, elas passaram a fazer muito mais do que rodar máquinas. Consoles de gerenciamento facilitaram cuidar de vários ambientes virtuais, e a alta disponibilidade permitiu apoiar as VMs em vários hosts físicos, e não em um só.',
      },
      {
        en: 'You can also decide how much of the physical resources each VM may use, and give it more later if it needs more. Features like these are a big reason VMs became part of almost every organization that runs IT.',
        pt: 'Também dá para definir quanto dos recursos físicos cada VM pode usar e ampliar essa fatia depois, se ela precisar. Recursos assim explicam por que as VMs viraram parte de praticamente toda organização que mantém infraestrutura de TI.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'together', regionId: 'tg-hypervisor' },
  },
  {
    id: 'vm-pros-cons',
    topic: 'virtual-machines',
    kind: 'lesson',
    title: { en: 'VMs: strengths and costs', pt: 'VMs: vantagens e desvantagens' },
    body: [
      {
        en: 'Strengths: applications make better use of the machine’s resources; one host can run several different operating systems side by side; VMs can be created or thrown away on demand, in minutes; and you can take a snapshot of a VM at any moment.',
        pt: 'Vantagens: os recursos da máquina são mais bem aproveitados; um mesmo host roda vários sistemas operacionais diferentes lado a lado; dá para criar e descartar VMs sob demanda, em poucos minutos; e é possível tirar um snapshot da VM a qualquer momento.',
      },
      {
        en: 'Costs: the hypervisor adds some overhead to everything the applications do; it is one more software layer for someone to manage; and a VM takes longer to boot than a container, since a whole operating system has to start.',
        pt: 'Desvantagens: o hypervisor acrescenta um custo extra (overhead) a tudo o que as aplicações fazem; é mais uma camada de software para alguém administrar; e uma VM demora mais para iniciar do que um contêiner, porque um sistema operacional inteiro precisa subir.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-guest-os' },
  },
  {
    id: 'vm-iaas',
    topic: 'virtual-machines',
    kind: 'lesson',
    title: { en: 'From hypervisors to IaaS', pt: 'Do hypervisor à IaaS' },
    body: [
      {
        en: 'Better hypervisors made a new business possible: renting machines in the cloud. This is Infrastructure as a Service (IaaS), a market where providers such as Amazon, Microsoft and IBM compete.',
        pt: 'Com hypervisors cada vez melhores, surgiu um novo negócio: alugar máquinas na nuvem. É a Infraestrutura como Serviço (IaaS), mercado em que disputam empresas como Amazon, Microsoft e IBM.',
      },
      {
        en: 'Think of it as ordering a computer from a menu. You state what you need, for example 4 GB of RAM, a 250 GB disk and 4 CPU cores, and you get a machine of that shape, with no hardware to buy, install or cable.',
        pt: 'É como pedir um computador pelo cardápio: você diz do que precisa, por exemplo 4 GB de RAM, disco de 250 GB e 4 núcleos de CPU, e recebe uma máquina desse tamanho, sem comprar, instalar nem cabear hardware nenhum.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-hardware' },
  },
];
