import type { Question } from '../../quiz/types';

/** Question bank, topic "virtual-machines" (CONTENT.md). */
export const virtualMachinesQuestions: Question[] = [
  {
    id: 'vm-origin',
    type: 'single',
    topic: 'virtual-machines',
    source: 'S1',
    timeLimitSec: 30,
    prompt: {
      en: 'Where and when did the idea of the virtual machine first appear?',
      pt: 'Onde e quando surgiu a ideia de máquina virtual?',
    },
    options: [
      {
        id: 'k',
        text: { en: 'With the first IaaS cloud providers', pt: 'Com os primeiros provedores de nuvem IaaS' },
        misconception: 'mc-vm-recent',
      },
      { id: 'w', text: { en: 'On mainframes, in the mid-1960s', pt: 'Nos mainframes, em meados dos anos 1960' } },
      {
        id: 'b',
        text: { en: 'With LXC, in 2008', pt: 'Com o LXC, em 2008' },
        misconception: 'mc-vm-recent',
      },
    ],
    correctOptionId: 'w',
    explanation: {
      en: 'Virtual machines go back to the mainframes of the mid-1960s: each operator seemed to have a dedicated machine, while every resource of the mainframe was in fact shared. IaaS clouds and LXC came decades later.',
      pt: 'As máquinas virtuais vêm dos mainframes de meados dos anos 1960: cada operador tinha a impressão de usar uma máquina dedicada, quando na verdade todos os recursos do mainframe eram compartilhados. A nuvem IaaS e o LXC vieram décadas depois.',
    },
  },
  {
    id: 'vm-hypervisor-name',
    type: 'short',
    topic: 'virtual-machines',
    source: 'S2',
    timeLimitSec: 30,
    about: { diagramId: 'stacks', regionId: 'st-vm-hypervisor' },
    misconception: 'mc-vm-guest-os-in-charge',
    prompt: {
      en: 'What do we call the software, firmware or hardware that creates and runs virtual machines?',
      pt: 'Como se chama o software, firmware ou hardware que cria e executa as máquinas virtuais?',
    },
    accepted: [
      'hypervisor',
      'hipervisor',
      'hypervisors',
      'hipervisores',
      'the hypervisor',
      'o hypervisor',
      'o hipervisor',
      'virtual machine monitor',
      'monitor de máquina virtual',
      'monitor de máquinas virtuais',
      'vmm',
    ],
    display: {
      en: 'The hypervisor (virtual machine monitor)',
      pt: 'O hypervisor (monitor de máquinas virtuais)',
    },
    explanation: {
      en: 'The hypervisor, also called a virtual machine monitor, sits between the hardware and the VMs and is what creates and runs them. It can be software, firmware or hardware.',
      pt: 'O hypervisor, também chamado de monitor de máquinas virtuais, fica entre o hardware e as VMs, e é ele quem as cria e executa. Pode ser software, firmware ou hardware.',
    },
  },
  {
    id: 'vm-guest-hardware',
    type: 'truefalse',
    topic: 'virtual-machines',
    source: 'S1',
    timeLimitSec: 20,
    about: { diagramId: 'stacks', regionId: 'st-vm-guest-os' },
    misconception: 'mc-vm-guest-real-hardware',
    prompt: {
      en: "The operating system inside a VM talks directly to the server's real hardware.",
      pt: 'O sistema operacional dentro de uma VM conversa diretamente com o hardware real do servidor.',
    },
    correct: false,
    explanation: {
      en: 'False: each VM runs its own complete operating system, but that system only sees the virtual hardware handed to it. The real hardware stays behind the hypervisor.',
      pt: 'Falso: cada VM roda seu próprio sistema operacional completo, mas ele só enxerga o hardware virtual que lhe foi entregue. O hardware real fica por trás do hypervisor.',
    },
  },
  {
    id: 'vm-virtual-hardware',
    type: 'multiple',
    topic: 'virtual-machines',
    source: 'S1',
    timeLimitSec: 45,
    prompt: {
      en: 'A VM gets a whole machine, delivered as virtual hardware. What does it receive? Pick all that apply.',
      pt: 'A VM recebe uma máquina inteira, entregue como hardware virtual. O que ela ganha? Marque todas as corretas.',
    },
    options: [
      { id: 'h', text: { en: 'Memory', pt: 'Memória' } },
      {
        id: 'r',
        text: { en: "The host's kernel, shared with the other VMs", pt: 'O kernel do host, compartilhado com as outras VMs' },
        misconception: 'mc-vm-shares-host-kernel',
      },
      { id: 'c', text: { en: 'A processor', pt: 'Processador' } },
      { id: 'n', text: { en: 'A network card and other peripherals', pt: 'Placa de rede e outros periféricos' } },
      {
        id: 'e',
        text: {
          en: 'Direct access to the physical disks, bypassing virtualization',
          pt: 'Acesso direto aos discos físicos, sem passar pela virtualização',
        },
        misconception: 'mc-vm-guest-real-hardware',
      },
      { id: 't', text: { en: 'A disk', pt: 'Disco' } },
    ],
    correctOptionIds: ['h', 'c', 'n', 't'],
    explanation: {
      en: 'A VM carves an isolated environment out of one physical machine, with its own memory, disk, processor, network and peripherals, all virtual. It runs its own OS on them, so it neither shares the host kernel nor touches the real devices.',
      pt: 'A VM recorta da máquina física um ambiente isolado, com memória, disco, processador, rede e periféricos próprios, todos virtuais. Ela roda o próprio sistema sobre eles, então não divide o kernel do host nem mexe nos dispositivos reais.',
    },
  },
  {
    id: 'vm-hypervisor-hotspot',
    type: 'hotspot',
    topic: 'virtual-machines',
    source: 'S2',
    timeLimitSec: 30,
    prompt: {
      en: 'Click the layer that creates and runs the virtual machines.',
      pt: 'Clique na camada que cria e executa as máquinas virtuais.',
    },
    diagramId: 'stacks',
    correctRegionIds: ['st-vm-hypervisor'],
    regionMisconceptions: {
      'st-vm-guest-os': 'mc-vm-guest-os-in-charge',
      'st-ct-engine': 'mc-vk-container-hypervisor',
    },
    explanation: {
      en: 'The hypervisor sits on top of the hardware and below the VMs; it creates them and hands each one its virtual hardware. The guest OS lives inside a VM, and a container engine runs no VMs at all.',
      pt: 'O hypervisor fica acima do hardware e abaixo das VMs; é ele quem as cria e entrega a cada uma seu hardware virtual. O sistema convidado mora dentro da VM, e a engine de contêineres não executa VM nenhuma.',
    },
  },
  {
    id: 'vm-sort-traits',
    type: 'sorting',
    topic: 'virtual-machines',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Virtual machines, containers, or both? Sort each trait.',
      pt: 'Máquinas virtuais, contêineres ou ambos? Classifique cada característica.',
    },
    items: [
      {
        id: 'j',
        bin: 'vm',
        text: { en: 'Runs its own complete operating system', pt: 'Roda um sistema operacional completo, só seu' },
        misconception: 'mc-ct-lightweight-vm',
      },
      {
        id: 'a',
        bin: 'container',
        text: { en: "Is a process running on the host's kernel", pt: 'É um processo rodando no kernel do host' },
        misconception: 'mc-vm-shares-host-kernel',
      },
      {
        id: 'u',
        bin: 'vm',
        text: { en: 'Can run Windows on a Linux host', pt: 'Consegue rodar Windows num host Linux' },
        misconception: 'mc-ct-any-os',
      },
      {
        id: 'z',
        bin: 'both',
        text: {
          en: 'Lets one physical server hold several isolated environments',
          pt: 'Permite que um servidor físico abrigue vários ambientes isolados',
        },
      },
      {
        id: 'm',
        bin: 'vm',
        text: {
          en: 'Takes longer to boot, since a whole OS has to start',
          pt: 'Demora mais para iniciar, pois um sistema inteiro precisa subir',
        },
        misconception: 'mc-vm-boots-faster',
      },
    ],
    explanation: {
      en: "A VM runs a complete guest OS on virtual hardware, so it can host Windows on Linux but boots more slowly; a container is a process on the host's kernel. Both let one server hold many isolated environments.",
      pt: 'A VM roda um sistema convidado completo sobre hardware virtual, por isso consegue rodar Windows no Linux, mas demora mais para iniciar; o contêiner é um processo no kernel do host. Os dois permitem que um servidor abrigue vários ambientes isolados.',
    },
  },
  {
    id: 'vm-pros',
    type: 'multiple',
    topic: 'virtual-machines',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Which of these are advantages of virtual machines? Pick all that apply.',
      pt: 'Quais destas são vantagens das máquinas virtuais? Marque todas as corretas.',
    },
    options: [
      {
        id: 'd',
        text: { en: 'Booting faster than a container', pt: 'Iniciar mais rápido que um contêiner' },
        misconception: 'mc-vm-boots-faster',
      },
      {
        id: 's',
        text: { en: 'Taking a snapshot of the environment at any moment', pt: 'Tirar um snapshot do ambiente a qualquer momento' },
      },
      {
        id: 'g',
        text: { en: 'Running different operating systems on one host', pt: 'Rodar sistemas operacionais diferentes no mesmo host' },
      },
      {
        id: 'y',
        text: { en: 'No extra software layer to run and maintain', pt: 'Nenhuma camada extra de software para operar e manter' },
        misconception: 'mc-vm-no-overhead',
      },
      {
        id: 'o',
        text: { en: 'Creating and destroying VMs on demand, in minutes', pt: 'Criar e destruir VMs sob demanda, em poucos minutos' },
      },
      {
        id: 'f',
        text: { en: "Using the server's resources more efficiently", pt: 'Aproveitar melhor os recursos do servidor' },
      },
    ],
    correctOptionIds: ['s', 'g', 'o', 'f'],
    explanation: {
      en: 'VMs make better use of a server, mix operating systems on one host, come and go on demand and can be snapshotted at any point. The price is the hypervisor: overhead, one more layer to manage, and a slower boot than containers.',
      pt: 'As VMs aproveitam melhor o servidor, misturam sistemas operacionais no mesmo host, são criadas e destruídas sob demanda e aceitam snapshot a qualquer momento. O preço é o hypervisor: overhead, mais uma camada para gerenciar e boot mais lento que o dos contêineres.',
    },
  },
  {
    id: 'vm-iaas',
    type: 'single',
    topic: 'virtual-machines',
    source: 'S2',
    timeLimitSec: 30,
    prompt: {
      en: "A startup orders '4 GB RAM, 250 GB disk, 4 CPU cores' from a cloud provider. What does it get?",
      pt: "Uma startup pede a um provedor de nuvem '4 GB de RAM, 250 GB de disco, 4 núcleos'. O que ela recebe?",
    },
    options: [
      {
        id: 'v',
        text: { en: 'A physical server it must rack, cable and set up', pt: 'Um servidor físico que ela mesma precisa instalar, cabear e configurar' },
        misconception: 'mc-vm-needs-own-hardware',
      },
      {
        id: 'i',
        text: {
          en: "A machine of that spec, carved out by the provider's hypervisors (IaaS)",
          pt: 'Uma máquina com essa especificação, criada pelos hypervisors do provedor (IaaS)',
        },
      },
      {
        id: 'q',
        text: { en: 'A container image to download from a registry', pt: 'Uma imagem de contêiner para baixar de um registry' },
        misconception: 'mc-ir-image-is-vm',
      },
    ],
    correctOptionId: 'i',
    explanation: {
      en: "This is Infrastructure as a Service, which grew as hypervisors matured: you order a machine by its specification and pay for it, instead of buying, powering and cabling hardware. Behind it, the provider's hypervisor runs it as a VM.",
      pt: 'Isso é Infraestrutura como Serviço (IaaS), que cresceu com o amadurecimento dos hypervisors: você pede uma máquina pela especificação e paga por ela, em vez de comprar, ligar e cabear hardware. Por trás, o hypervisor do provedor a executa como VM.',
    },
  },
  {
    id: 'vm-management',
    type: 'multiple',
    topic: 'virtual-machines',
    source: 'S1',
    timeLimitSec: 45,
    prompt: {
      en: 'As VM software matured, which management features did it add? Pick all that apply.',
      pt: 'Com o amadurecimento das VMs, que recursos de gerência os softwares passaram a oferecer? Marque todos os corretos.',
    },
    options: [
      {
        id: 'x',
        text: {
          en: "Letting every VM share the host's kernel to save memory",
          pt: 'Fazer todas as VMs dividirem o kernel do host para economizar memória',
        },
        misconception: 'mc-vm-shares-host-kernel',
      },
      {
        id: 'l',
        text: { en: 'Better consoles for managing virtual environments', pt: 'Interfaces melhores para gerenciar os ambientes virtuais' },
      },
      {
        id: 'a',
        text: { en: 'High availability across several physical hosts', pt: 'Alta disponibilidade usando vários hosts físicos' },
      },
      {
        id: 'b',
        text: { en: 'Tying each VM to a physical server of its own', pt: 'Amarrar cada VM a um servidor físico exclusivo' },
        misconception: 'mc-vm-needs-own-hardware',
      },
      {
        id: 'u',
        text: {
          en: "Setting each VM's resources and raising them when needed",
          pt: 'Definir os recursos de cada VM e aumentá-los quando preciso',
        },
      },
    ],
    correctOptionIds: ['l', 'a', 'u'],
    explanation: {
      en: 'Management grew with the model: consoles for virtual environments, high availability spread over several physical hosts, and control over how much each VM uses, raised when a need comes up. Each VM still runs its own OS on shared physical machines.',
      pt: 'A gerência evoluiu junto com o modelo: interfaces para os ambientes virtuais, alta disponibilidade espalhada por vários hosts físicos e controle de quanto cada VM consome, com aumento quando surge a necessidade. Cada VM continua rodando seu próprio sistema sobre máquinas físicas compartilhadas.',
    },
  },
  {
    id: 'vm-resources-grow',
    type: 'truefalse',
    topic: 'virtual-machines',
    source: 'S1',
    timeLimitSec: 20,
    misconception: 'mc-vm-resources-fixed',
    prompt: {
      en: 'Once a VM is created, the memory and CPU it was given can never be increased.',
      pt: 'Depois que uma VM é criada, a memória e a CPU que ela recebeu nunca mais podem ser aumentadas.',
    },
    correct: false,
    explanation: {
      en: 'False: management tools let you set how much of the physical machine each VM may use, and raise it gradually when a specific need comes up.',
      pt: 'Falso: as ferramentas de gerência permitem definir quanto do recurso físico cada VM pode usar e aumentar esse valor aos poucos quando surge uma necessidade pontual.',
    },
  },
  {
    id: 'vm-terms',
    type: 'matching',
    topic: 'virtual-machines',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Match each term to what it means.',
      pt: 'Associe cada termo ao seu significado.',
    },
    pairs: [
      {
        left: { id: 'e', text: { en: 'Host', pt: 'Host (hospedeiro)' }, misconception: 'mc-vm-host-guest-swap' },
        right: { id: 'r', text: { en: 'The system the VMs run on top of', pt: 'O sistema sobre o qual as VMs rodam' } },
      },
      {
        left: { id: 'o', text: { en: 'Guest', pt: 'Guest (convidado)' }, misconception: 'mc-vm-host-guest-swap' },
        right: { id: 't', text: { en: 'A system running inside a VM', pt: 'Um sistema rodando dentro de uma VM' } },
      },
      {
        left: { id: 'i', text: { en: 'Hypervisor', pt: 'Hypervisor' }, misconception: 'mc-vm-guest-os-in-charge' },
        right: { id: 'w', text: { en: 'The layer that creates and runs the VMs', pt: 'A camada que cria e executa as VMs' } },
      },
      {
        left: { id: 'u', text: { en: 'IaaS', pt: 'IaaS' }, misconception: 'mc-vm-needs-own-hardware' },
        right: {
          id: 'y',
          text: { en: 'Renting machines by spec instead of buying hardware', pt: 'Alugar máquinas pela especificação em vez de comprar hardware' },
        },
      },
    ],
    explanation: {
      en: 'The host is the system underneath, the guests are the systems inside the VMs, and the hypervisor between them creates and runs the VMs. IaaS grew out of hypervisors: you rent a machine by its specs.',
      pt: 'O host é o sistema que fica embaixo, os guests são os sistemas dentro das VMs, e o hypervisor, entre eles, cria e executa as VMs. O IaaS nasceu dos hypervisors: você aluga uma máquina pela especificação.',
    },
  },
  {
    id: 'vm-label-stack',
    type: 'labelling',
    topic: 'virtual-machines',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Label the virtual machine stack.',
      pt: 'Coloque os rótulos na pilha da máquina virtual.',
    },
    diagramId: 'stacks',
    slots: [
      { regionId: 'st-vm-hardware', labelId: 'g' },
      { regionId: 'st-vm-hypervisor', labelId: 'z' },
      { regionId: 'st-vm-guest-os', labelId: 'm' },
    ],
    labels: [
      { id: 'z', text: { en: 'Hypervisor', pt: 'Hypervisor' } },
      { id: 'm', text: { en: 'Guest OS, one per VM', pt: 'Sistema convidado, um por VM' } },
      {
        id: 's',
        text: { en: 'Kernel shared by all the VMs', pt: 'Kernel compartilhado por todas as VMs' },
        misconception: 'mc-vm-shares-host-kernel',
      },
      { id: 'g', text: { en: "The host's physical hardware", pt: 'Hardware físico do host' } },
      {
        id: 'c',
        text: { en: 'Container engine', pt: 'Engine de contêineres' },
        misconception: 'mc-vk-container-hypervisor',
      },
    ],
    explanation: {
      en: "From the bottom: the host's physical hardware, the hypervisor that creates and runs the VMs, then a complete guest operating system inside each VM. No kernel in this stack is shared by the VMs.",
      pt: 'De baixo para cima: o hardware físico do host, o hypervisor que cria e executa as VMs e, dentro de cada VM, um sistema operacional convidado completo. Nessa pilha, nenhum kernel é compartilhado entre as VMs.',
    },
  },
];
