import type { Localized, SourceId, Topic } from '../quiz/types';
import { DIAGRAM_REGIONS, type DiagramId, type RegionId } from './ids';

/** What a hotspot says: its label, its explanation, its source and its analogy twins. */
export interface RegionContent {
  label: Localized;
  explanation: Localized;
  source: SourceId;
  topic: Topic;
  /** The parts of other diagrams that stand for the same thing (house plumbing <-> shared kernel). */
  twins: RegionId[];
}

/** The region ids drawn on one diagram. */
export type RegionOf<D extends DiagramId> = (typeof DIAGRAM_REGIONS)[D][number];

export interface DiagramContent<D extends DiagramId = DiagramId> {
  title: Localized;
  /** The text alternative: what the whole picture shows, for a screen reader. */
  description: Localized;
  regions: Record<RegionOf<D>, RegionContent>;
}

// The words are ours, written from the facts of CONTENT.md (never copied from the seeds).
// Twins are symmetric: if A lists B, B lists A (tests/unit/diagram/content.test.ts checks it).

const houseApartment: DiagramContent<'house-apartment'> = {
  title: { en: 'A house and an apartment building', pt: 'Uma casa e um prédio de apartamentos' },
  description: {
    en: 'Two buildings side by side on the same street, both drawn cut open so you can see inside. On the left, a house, which stands for a virtual machine: a roof with a chimney, thick walls, a locked front door, four rooms (bedroom, bathroom, living room and kitchen) and everything of its own: a water tank and pipes, a boiler and radiator, an electricity meter and wires. On the right, an apartment building, which stands for the Docker host: a studio, several flats and a penthouse across the whole top floor, each behind its own locked door. One water tank on the roof, one central boiler and one main electrical panel feed every flat through a shared shaft of pipes and wires, and the whole building stands on one shared foundation, the kernel.',
    pt: 'Duas construções lado a lado na mesma rua, as duas desenhadas em corte para mostrar o lado de dentro. À esquerda, uma casa, que representa a máquina virtual: telhado com chaminé, paredes grossas, porta da frente trancada, quatro cômodos (quarto, banheiro, sala e cozinha) e tudo próprio: caixa d’água e canos, caldeira e aquecedor, relógio de luz e fiação. À direita, um prédio de apartamentos, que representa o host Docker: uma quitinete, vários apartamentos e uma cobertura ocupando todo o último andar, cada um atrás da sua porta trancada. Uma única caixa d’água no telhado, uma caldeira central e um quadro de luz geral abastecem todos os apartamentos por um poço comum de canos e fios, e o prédio inteiro se apoia numa única fundação compartilhada, o kernel.',
  },
  regions: {
    'ha-house': {
      label: { en: 'House (a VM)', pt: 'Casa (uma VM)' },
      explanation: {
        en: 'A house stands for a virtual machine: a complete home that needs nothing from its neighbours. Each VM likewise gets a full set of virtual hardware and runs a whole operating system of its own.',
        pt: 'A casa representa a máquina virtual: um lar completo, que não depende de nada dos vizinhos. Cada VM também recebe um conjunto inteiro de hardware virtual e roda um sistema operacional completo só dela.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-vm-guest-os', 'tg-vm'],
    },
    'ha-house-walls': {
      label: { en: 'Walls', pt: 'Paredes' },
      explanation: {
        en: 'The walls close the house off from everything around it. A VM is closed off the same way: it is a separate machine built from virtual hardware (processor, memory, disk, network card) that the hypervisor hands to it alone.',
        pt: 'As paredes fecham a casa em relação a tudo em volta. A VM fica fechada do mesmo jeito: é uma máquina à parte, montada com hardware virtual (processador, memória, disco, placa de rede) que o hypervisor entrega só para ela.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['tg-isolation-vm'],
    },
    'ha-house-door': {
      label: { en: 'Locked door', pt: 'Porta trancada' },
      explanation: {
        en: 'A house keeps unwanted guests out with its own locked door. A VM guards what runs inside it in the same spirit: the other VMs on the same physical machine have no way in.',
        pt: 'A casa deixa as visitas indesejadas do lado de fora com a sua própria porta trancada. A VM protege o que roda dentro dela com a mesma ideia: as outras VMs da mesma máquina física não têm por onde entrar.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['tg-isolation-vm'],
    },
    'ha-house-plumbing': {
      label: { en: 'Own plumbing', pt: 'Encanamento próprio' },
      explanation: {
        en: 'Every house has its own pipes, from the water tank to the taps. Every VM likewise carries its own complete operating system, kernel included, and shares none of it with the VM next door.',
        pt: 'Toda casa tem o seu próprio encanamento, da caixa d’água até as torneiras. Toda VM também carrega o seu próprio sistema operacional completo, com kernel e tudo, e não divide nada disso com a VM vizinha.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-vm-guest-os'],
    },
    'ha-house-heating': {
      label: { en: 'Own heating', pt: 'Aquecimento próprio' },
      explanation: {
        en: 'The house warms itself with its own boiler. A VM also keeps the basic services of a whole operating system running for itself alone, one reason a VM is heavier and slower to start than a container.',
        pt: 'A casa se aquece com a sua própria caldeira. A VM também mantém, só para ela, os serviços básicos de um sistema operacional inteiro; é um dos motivos de a VM ser mais pesada e mais lenta para iniciar do que um contêiner.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-vm-guest-os'],
    },
    'ha-house-electrical': {
      label: { en: 'Own wiring', pt: 'Fiação própria' },
      explanation: {
        en: 'The house has its own meter and its own wires. In a VM, the guest operating system has its own drivers and talks to the virtual hardware it was given, never to the real machine underneath.',
        pt: 'A casa tem o seu próprio relógio de luz e a sua própria fiação. Na VM, o sistema operacional convidado tem os seus próprios drivers e conversa com o hardware virtual que recebeu, nunca com a máquina real lá embaixo.',
      },
      source: 'S1',
      topic: 'analogy',
      twins: ['st-vm-guest-os'],
    },
    'ha-house-rooms': {
      label: { en: 'Every room, always', pt: 'Todos os cômodos, sempre' },
      explanation: {
        en: 'A house always comes with a bedroom, a living room, a bathroom and a kitchen; nobody sells a “studio house”, so you may buy more than you need. A VM is the same: even one small app gets a whole operating system and a complete virtual machine around it.',
        pt: 'Casa sempre vem com quarto, sala, banheiro e cozinha; ninguém vende “casa quitinete”, então às vezes você compra mais do que precisa. Com a VM é igual: até um app pequeno ganha um sistema operacional inteiro e uma máquina virtual completa em volta dele.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['tg-vm', 'st-vm-app'],
    },
    'ha-building': {
      label: { en: 'Building (Docker host)', pt: 'Prédio (host Docker)' },
      explanation: {
        en: 'The apartment building stands for the Docker host: one machine, with one operating system, where many containers live. The building provides what everyone shares; each apartment rents only its own space.',
        pt: 'O prédio representa o host Docker: uma só máquina, com um só sistema operacional, onde moram vários contêineres. O prédio oferece o que todo mundo compartilha; cada apartamento aluga só o seu espaço.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-ct-host-os', 'tg-docker'],
    },
    'ha-building-foundation': {
      label: { en: 'Shared foundation', pt: 'Fundação compartilhada' },
      explanation: {
        en: 'The whole building stands on one foundation: the host’s kernel, which every container shares. Here the analogy shows its limit: a Windows apartment cannot stand on a Linux foundation, which is why Docker on Windows or Mac runs its Linux containers inside a Linux VM.',
        pt: 'O prédio inteiro se apoia numa única fundação: o kernel do host, que todos os contêineres compartilham. Aqui a analogia mostra o seu limite: um apartamento Windows não para em pé numa fundação Linux, e é por isso que o Docker no Windows ou no Mac roda os contêineres Linux dentro de uma VM Linux.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-ct-kernel', 'tg-guest-os'],
    },
    'ha-building-plumbing': {
      label: { en: 'Shared plumbing', pt: 'Encanamento compartilhado' },
      explanation: {
        en: 'One set of pipes serves every apartment. Containers likewise use the services of the host’s single operating system instead of each bringing an operating system of its own.',
        pt: 'Um único encanamento atende todos os apartamentos. Os contêineres também usam os serviços do único sistema operacional do host, em vez de cada um trazer o seu próprio sistema.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-ct-host-os'],
    },
    'ha-building-heating': {
      label: { en: 'Shared heating', pt: 'Aquecimento compartilhado' },
      explanation: {
        en: 'A central boiler warms the whole building, so no apartment needs one. Because containers use the host system that is already running instead of booting their own, they are light, add little overhead and start fast.',
        pt: 'Uma caldeira central aquece o prédio inteiro, e nenhum apartamento precisa ter a sua. Como os contêineres aproveitam o sistema do host que já está no ar, em vez de inicializar um próprio, eles são leves, pesam pouco na execução e sobem rápido.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-ct-host-os'],
    },
    'ha-building-electrical': {
      label: { en: 'Shared wiring', pt: 'Fiação compartilhada' },
      explanation: {
        en: 'Every apartment draws power from the building’s one electrical system. Every container likewise gets its processor time, memory, disk and network from the one kernel they all share.',
        pt: 'Todos os apartamentos puxam energia da mesma instalação elétrica do prédio. Todos os contêineres também recebem processador, memória, disco e rede do mesmo kernel, que é de todos.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-ct-kernel'],
    },
    'ha-apartment-door': {
      label: { en: 'Apartment door', pt: 'Porta do apartamento' },
      explanation: {
        en: 'Each apartment has its own front door that locks, even in a shared building. For a container that lock is kernel namespaces: each one gets its own view of processes, network, disk and memory, so it seems to have an operating system to itself.',
        pt: 'Cada apartamento tem a sua própria porta com tranca, mesmo num prédio compartilhado. No contêiner, essa tranca são os namespaces do kernel: cada um ganha a sua própria visão de processos, rede, disco e memória, e parece ter um sistema operacional só para ele.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-ct-container', 'tg-isolation-container'],
    },
    'ha-apartment-studio': {
      label: { en: 'Studio', pt: 'Quitinete' },
      explanation: {
        en: 'A studio is the smallest unit: you rent only the space you need. With cgroups, a container can be given a small slice of processor and memory, just enough for its one job.',
        pt: 'A quitinete é a menor unidade: você aluga só o espaço de que precisa. Com os cgroups, um contêiner pode receber uma fatia pequena de processador e memória, o bastante para a sua única tarefa.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-ct-container', 'tg-web'],
    },
    'ha-apartment-penthouse': {
      label: { en: 'Penthouse', pt: 'Cobertura' },
      explanation: {
        en: 'The penthouse is the biggest unit in the same building. Cgroups let a hungrier container, a database for example, have a larger share of the host’s resources, while it stands on the same shared kernel as the studio.',
        pt: 'A cobertura é a maior unidade do mesmo prédio. Os cgroups deixam um contêiner mais exigente, um banco de dados por exemplo, ficar com uma fatia maior dos recursos do host, mas ele continua apoiado no mesmo kernel compartilhado da quitinete.',
      },
      source: 'S2',
      topic: 'analogy',
      twins: ['st-ct-container', 'tg-db'],
    },
  },
};

const stacks: DiagramContent<'stacks'> = {
  title: { en: 'The VM stack and the container stack', pt: 'A pilha da VM e a pilha do contêiner' },
  description: {
    en: 'Two stacks of layers side by side, each on the same kind of physical hardware. On the left, virtual machines: the hardware, then a hypervisor, then three VMs next to each other, each with its own complete guest operating system and an app on top. On the right, containers: the hardware, then one host operating system whose kernel is shared, then the container engine (Docker), then three containers of different sizes, each holding one app. The left stack repeats a whole operating system in every VM; the right stack has only one.',
    pt: 'Duas pilhas de camadas lado a lado, cada uma sobre o mesmo tipo de hardware físico. À esquerda, as máquinas virtuais: o hardware, depois um hypervisor, depois três VMs lado a lado, cada uma com o seu sistema operacional convidado completo e um app em cima. À direita, os contêineres: o hardware, depois um único sistema operacional do host, cujo kernel é compartilhado, depois a engine de contêineres (Docker) e, em cima, três contêineres de tamanhos diferentes, cada um com um app. A pilha da esquerda repete um sistema operacional inteiro em cada VM; a da direita tem um só.',
  },
  regions: {
    'st-vm-hardware': {
      label: { en: 'Hardware (VMs)', pt: 'Hardware (VMs)' },
      explanation: {
        en: 'The real machine: processors, memory, disks and network cards. In the VM stack it is shared out among all the virtual machines above it.',
        pt: 'A máquina de verdade: processadores, memória, discos e placas de rede. Na pilha de VMs, ela é repartida entre todas as máquinas virtuais que ficam em cima.',
      },
      source: 'S1',
      topic: 'virtual-machines',
      twins: ['tg-physical-host'],
    },
    'st-vm-hypervisor': {
      label: { en: 'Hypervisor', pt: 'Hypervisor' },
      explanation: {
        en: 'Also called the virtual machine monitor, the hypervisor brings VMs to life and keeps them running; it can be a program, firmware or a feature of the hardware itself. It sits between the real hardware and the VMs and gives each one its own virtual hardware; the price is some overhead and one more layer to manage.',
        pt: 'O hypervisor, ou monitor de máquinas virtuais, é o software, firmware ou hardware que cria e executa as VMs. Ele fica entre o hardware real e as VMs e entrega a cada uma o seu hardware virtual; o preço é um pouco de sobrecarga e mais uma camada para administrar.',
      },
      source: 'S2',
      topic: 'virtual-machines',
      twins: ['tg-hypervisor'],
    },
    'st-vm-guest-os': {
      label: { en: 'Guest OS, one per VM', pt: 'SO convidado, um por VM' },
      explanation: {
        en: 'Each VM runs its own complete operating system, the guest, on virtual hardware. Guests can differ from each other and from the host: Windows inside Linux works, and so does the reverse.',
        pt: 'Cada VM roda o seu próprio sistema operacional completo, o convidado (guest), sobre hardware virtual. Os convidados podem ser diferentes entre si e do host: dá para rodar Windows dentro do Linux e vice-versa.',
      },
      source: 'S2',
      topic: 'virtual-machines',
      twins: ['ha-house', 'ha-house-plumbing', 'ha-house-heating', 'ha-house-electrical', 'tg-guest-os'],
    },
    'st-vm-app': {
      label: { en: 'App on a guest OS', pt: 'App no SO convidado' },
      explanation: {
        en: 'Each application runs on the guest operating system of its VM. It carries that whole operating system along, even when it needs only a small part of it.',
        pt: 'Cada aplicação roda sobre o sistema operacional convidado da sua VM. Ela leva junto esse sistema operacional inteiro, mesmo quando só precisa de um pedacinho dele.',
      },
      source: 'S2',
      topic: 'virtual-machines',
      twins: ['ha-house-rooms'],
    },
    'st-ct-hardware': {
      label: { en: 'Hardware (containers)', pt: 'Hardware (contêineres)' },
      explanation: {
        en: 'The same kind of real machine. In this stack no layer simulates hardware: the host operating system runs on the machine itself.',
        pt: 'O mesmo tipo de máquina real. Nesta pilha, nenhuma camada simula hardware: o sistema operacional do host roda direto na máquina.',
      },
      source: 'S2',
      topic: 'virtualization-kinds',
      twins: ['tg-physical-host'],
    },
    'st-ct-host-os': {
      label: { en: 'Host OS', pt: 'SO do host' },
      explanation: {
        en: 'One operating system for the whole machine. Every container on it uses this system’s kernel instead of bringing a complete operating system of its own.',
        pt: 'Um único sistema operacional para a máquina inteira. Todos os contêineres que rodam nele usam o kernel desse sistema, em vez de trazer um sistema operacional completo próprio.',
      },
      source: 'S1',
      topic: 'containers',
      twins: ['ha-building', 'ha-building-plumbing', 'ha-building-heating', 'tg-guest-os'],
    },
    'st-ct-kernel': {
      label: { en: 'Shared kernel', pt: 'Kernel compartilhado' },
      explanation: {
        en: 'The core of the host operating system, shared by every container. A container is just a process running on this kernel, and namespaces and cgroups are features of the kernel itself, so on a Linux kernel every container is a Linux one.',
        pt: 'O núcleo do sistema operacional do host, compartilhado por todos os contêineres. O contêiner é só um processo rodando sobre esse kernel, e namespaces e cgroups são recursos do próprio kernel; por isso, sobre um kernel Linux, todo contêiner é Linux.',
      },
      source: 'S1',
      topic: 'containers',
      twins: ['ha-building-foundation', 'ha-building-electrical'],
    },
    'st-ct-engine': {
      label: { en: 'Container engine (Docker)', pt: 'Engine de contêineres (Docker)' },
      explanation: {
        en: 'Docker turns images into running containers. It first ran on LXC, then got its own engine that talks straight to the kernel’s namespaces and cgroups, and it made the whole thing simple: install the binary, download images, run them.',
        pt: 'O Docker transforma imagens em contêineres em execução. No começo ele usava o LXC; depois ganhou uma engine própria, que conversa direto com os namespaces e cgroups do kernel, e deixou tudo simples: instalar o binário, baixar as imagens e executar.',
      },
      source: 'S1',
      topic: 'containers',
      twins: ['tg-docker', 'ir-run'],
    },
    'st-ct-container': {
      label: { en: 'Container', pt: 'Contêiner' },
      explanation: {
        en: 'An isolated running process that believes it has an operating system to itself. Namespaces give it its own view of the system, cgroups limit what it may use, and it usually holds one application with its dependencies.',
        pt: 'Um processo isolado em execução que acredita ter um sistema operacional só para ele. Os namespaces dão a ele a sua própria visão do sistema, os cgroups limitam o que ele pode usar, e em geral ele guarda uma única aplicação com as suas dependências.',
      },
      source: 'S2',
      topic: 'containers',
      twins: ['ha-apartment-door', 'ha-apartment-studio', 'ha-apartment-penthouse', 'tg-web', 'tg-db', 'ir-container'],
    },
    'st-ct-app': {
      label: { en: 'App in a container', pt: 'App no contêiner' },
      explanation: {
        en: 'A Docker container is built for one application, such as MySQL, Nginx or Redis. Two services can share one container, but the usual advice is a container for each.',
        pt: 'O contêiner Docker é feito para uma única aplicação, como MySQL, Nginx ou Redis. Até dá para colocar dois serviços no mesmo contêiner, mas o recomendado é um contêiner para cada um.',
      },
      source: 'S3',
      topic: 'scope',
      twins: [],
    },
  },
};

const together: DiagramContent<'together'> = {
  title: { en: 'VMs and containers together', pt: 'VMs e contêineres juntos' },
  description: {
    en: 'One physical machine at the bottom, with a hypervisor on it that splits it into two virtual machines. Each VM runs a basic operating system with Docker, and Docker runs two containers: a web app and a database. Two brackets mark the two levels of isolation: first the VMs, then the containers inside each VM. On top, an external load balancer sends requests to the web app containers in both VMs, and a link between the two database containers shows that the databases form a cluster, which together give high availability.',
    pt: 'Uma máquina física na base, com um hypervisor que a divide em duas máquinas virtuais. Cada VM roda um sistema operacional básico com o Docker, e o Docker roda dois contêineres: uma aplicação web e um banco de dados. Colchetes marcam os dois níveis de isolamento: primeiro as VMs, depois os contêineres dentro de cada VM. No topo, um balanceador de carga externo envia as requisições para os contêineres da aplicação web nas duas VMs, e uma ligação entre os dois contêineres de banco de dados mostra que os bancos formam um cluster; juntos, eles garantem alta disponibilidade.',
  },
  regions: {
    'tg-physical-host': {
      label: { en: 'Physical machine', pt: 'Máquina física' },
      explanation: {
        en: 'One real server at the bottom of it all. Its processors, memory, disks and network are what every VM and every container above it end up using.',
        pt: 'Um servidor de verdade, na base de tudo. São os processadores, a memória, os discos e a rede dele que, no fim das contas, todas as VMs e todos os contêineres de cima usam.',
      },
      source: 'S1',
      topic: 'together',
      twins: ['st-vm-hardware', 'st-ct-hardware'],
    },
    'tg-hypervisor': {
      label: { en: 'Hypervisor', pt: 'Hypervisor' },
      explanation: {
        en: 'The hypervisor splits the physical machine into VMs. Keeping it under the containers means keeping its features too, such as high availability across several physical hosts.',
        pt: 'O hypervisor divide a máquina física em VMs. Mantê-lo por baixo dos contêineres significa manter também os recursos dele, como a alta disponibilidade entre vários hosts físicos.',
      },
      source: 'S4',
      topic: 'together',
      twins: ['st-vm-hypervisor'],
    },
    'tg-vm': {
      label: { en: 'Virtual machine', pt: 'Máquina virtual' },
      explanation: {
        en: 'A VM carved out of the physical machine, running a basic OS and Docker. With several containers inside, one VM holds several services, so you need fewer VMs; add VMs (scaling out) when you want redundancy or more throughput.',
        pt: 'Uma VM recortada da máquina física, rodando um SO básico e o Docker. Com vários contêineres dentro, uma VM abriga vários serviços e você precisa de menos VMs; acrescente VMs (escalar horizontalmente) quando quiser redundância ou mais vazão.',
      },
      source: 'S4',
      topic: 'together',
      twins: ['ha-house', 'ha-house-rooms'],
    },
    'tg-guest-os': {
      label: { en: 'Basic OS', pt: 'SO básico' },
      explanation: {
        en: 'Each VM needs only a basic operating system with Docker installed. For the VM it is its own system; for the containers inside, its kernel is the shared foundation they all stand on.',
        pt: 'Cada VM só precisa de um sistema operacional básico com o Docker instalado. Para a VM, ele é o seu sistema próprio; para os contêineres lá dentro, o kernel dele é a fundação compartilhada em que todos se apoiam.',
      },
      source: 'S1',
      topic: 'together',
      twins: ['st-vm-guest-os', 'st-ct-host-os', 'ha-building-foundation'],
    },
    'tg-docker': {
      label: { en: 'Docker', pt: 'Docker' },
      explanation: {
        en: 'Docker, installed in each VM, downloads ready-made images and starts containers from them. Each VM with Docker is a small apartment building of its own.',
        pt: 'O Docker, instalado em cada VM, baixa imagens prontas e sobe contêineres a partir delas. Cada VM com Docker vira um pequeno prédio de apartamentos.',
      },
      source: 'S1',
      topic: 'together',
      twins: ['st-ct-engine', 'ha-building', 'ir-pull', 'ir-run'],
    },
    'tg-web': {
      label: { en: 'Web app container', pt: 'Contêiner web' },
      explanation: {
        en: 'The web application runs in a container of its own. It can share a VM with the database, as long as each one has its own container.',
        pt: 'A aplicação web roda no seu próprio contêiner. Ela pode dividir a VM com o banco de dados, desde que cada um fique no seu contêiner.',
      },
      source: 'S1',
      topic: 'together',
      twins: ['st-ct-container', 'ha-apartment-studio'],
    },
    'tg-db': {
      label: { en: 'Database container', pt: 'Contêiner do banco' },
      explanation: {
        en: 'The database lives in a separate container, in the same VM as the web app. Running the two side by side, each in its own container, goes against no good practice of service management, and even less against security.',
        pt: 'O banco de dados fica num contêiner separado, na mesma VM da aplicação web. Rodar os dois lado a lado, cada um no seu contêiner, não fere nenhuma boa prática de gerência de serviços, e muito menos a segurança.',
      },
      source: 'S1',
      topic: 'together',
      twins: ['st-ct-container', 'ha-apartment-penthouse'],
    },
    'tg-isolation-vm': {
      label: { en: 'Isolation level 1: VMs', pt: 'Isolamento nível 1: VMs' },
      explanation: {
        en: 'The first level of isolation: the physical machine is split into VMs, each with its own virtual network cards, disks, processor and memory.',
        pt: 'O primeiro nível de isolamento: a máquina física é repartida em VMs, cada uma com as suas placas de rede, discos, processador e memória virtuais.',
      },
      source: 'S1',
      topic: 'together',
      twins: ['ha-house-walls', 'ha-house-door'],
    },
    'tg-isolation-container': {
      label: { en: 'Isolation level 2: containers', pt: 'Isolamento nível 2: contêineres' },
      explanation: {
        en: 'The second level: inside each VM, Docker gives every container its own isolated share of processing, memory, disk and network.',
        pt: 'O segundo nível: dentro de cada VM, o Docker dá a cada contêiner a sua própria parte isolada de processamento, memória, disco e rede.',
      },
      source: 'S1',
      topic: 'together',
      twins: ['ha-apartment-door'],
    },
    'tg-load-balancer': {
      label: { en: 'External load balancer', pt: 'Balanceador externo' },
      explanation: {
        en: 'When the same containers are replicated across VMs, a load balancer outside them spreads the requests. If one VM goes down, the other keeps serving: high availability without a big bill.',
        pt: 'Quando os mesmos contêineres são replicados em várias VMs, um balanceador de carga externo distribui as requisições. Se uma VM cai, a outra continua atendendo: alta disponibilidade sem grandes custos.',
      },
      source: 'S1',
      topic: 'together',
      twins: [],
    },
    'tg-db-cluster': {
      label: { en: 'Clustered database', pt: 'Banco em cluster' },
      explanation: {
        en: 'The database containers in the two VMs are joined in a cluster, so the stored data lives in more than one place. Together with the load balancer, this is what makes the setup highly available.',
        pt: 'Os contêineres de banco de dados das duas VMs formam um cluster, e os dados gravados passam a existir em mais de um lugar. Junto com o balanceador, é isso que dá alta disponibilidade ao conjunto.',
      },
      source: 'S1',
      topic: 'together',
      twins: [],
    },
  },
};

const imageRegistry: DiagramContent<'image-registry'> = {
  title: { en: 'From image to running container', pt: 'Da imagem ao contêiner em execução' },
  description: {
    en: 'A loop in five steps. Top left, on a developer’s machine, an image drawn as a photograph of a ready environment. An arrow labelled push carries it up to the registry, a cloud with shelves of images, top right. An arrow labelled pull brings a copy down to a server, bottom right. An arrow labelled run turns the image into running containers, bottom left, drawn as prints of the same photograph that have come to life.',
    pt: 'Um circuito em cinco passos. No alto, à esquerda, na máquina de um desenvolvedor, uma imagem desenhada como a fotografia de um ambiente pronto. Uma seta chamada push leva essa imagem até o registry, uma nuvem com prateleiras de imagens, no alto à direita. Uma seta chamada pull traz uma cópia para um servidor, embaixo à direita. Uma seta chamada run transforma a imagem em contêineres em execução, embaixo à esquerda, desenhados como cópias reveladas da mesma fotografia que ganharam vida.',
  },
  regions: {
    'ir-image': {
      label: { en: 'Image', pt: 'Imagem' },
      explanation: {
        en: 'An image is the static definition of what a container will be when it starts, like a photograph of a ready environment. On its own it runs nothing.',
        pt: 'A imagem é a definição estática do que o contêiner vai ser quando iniciar, como uma fotografia de um ambiente pronto. Sozinha, ela não executa nada.',
      },
      source: 'S1',
      topic: 'images-registries',
      twins: [],
    },
    'ir-push': {
      label: { en: 'Push', pt: 'Push (enviar)' },
      explanation: {
        en: 'Sending an image up to a registry. Once it is there, anyone on the team, or beyond it, can use the very same environment definition.',
        pt: 'Enviar uma imagem para um registry. Depois que ela chega lá, qualquer pessoa da equipe, ou de fora dela, pode usar exatamente a mesma definição de ambiente.',
      },
      source: 'S1',
      topic: 'images-registries',
      twins: [],
    },
    'ir-registry': {
      label: { en: 'Registry', pt: 'Registry' },
      explanation: {
        en: 'The registry is Docker’s cloud for images: a shelf of ready-made environments. It lets a company manage its environment definitions in one place and share best-practice setups.',
        pt: 'O registry é a nuvem de imagens do Docker: uma prateleira de ambientes prontos. Com ele, a empresa gerencia as definições de ambiente num lugar só e compartilha configurações de boas práticas.',
      },
      source: 'S1',
      topic: 'images-registries',
      twins: [],
    },
    'ir-pull': {
      label: { en: 'Pull', pt: 'Pull (baixar)' },
      explanation: {
        en: 'Downloading an image from the registry to the machine that will run it. That is how a demo environment can be up before a meeting is over.',
        pt: 'Baixar uma imagem do registry para a máquina que vai executá-la. É assim que um ambiente de demonstração fica pronto antes de a reunião acabar.',
      },
      source: 'S1',
      topic: 'images-registries',
      twins: ['tg-docker'],
    },
    'ir-run': {
      label: { en: 'Run', pt: 'Run (executar)' },
      explanation: {
        en: 'Running an image turns the static definition into a live, isolated process. Like printing one photograph many times, one image can start many identical containers.',
        pt: 'Executar uma imagem transforma a definição estática num processo vivo e isolado. Como revelar várias cópias da mesma fotografia, uma imagem pode dar origem a vários contêineres iguais.',
      },
      source: 'S1',
      topic: 'images-registries',
      twins: ['st-ct-engine', 'tg-docker'],
    },
    'ir-container': {
      label: { en: 'Running container', pt: 'Contêiner em execução' },
      explanation: {
        en: 'The result: an isolated running process that sees what looks like its own operating system but shares the host’s kernel. Updating means starting a container from the new image version and removing the old one.',
        pt: 'O resultado: um processo isolado em execução, que enxerga o que parece ser um sistema operacional só dele, mas divide o kernel do host. Atualizar é subir um contêiner a partir da nova versão da imagem e remover o antigo.',
      },
      source: 'S2',
      topic: 'images-registries',
      twins: ['st-ct-container'],
    },
  },
};

/** The words of every diagram. Public: holds no answer. */
export const DIAGRAM_CONTENT: { readonly [D in DiagramId]: DiagramContent<D> } = {
  'house-apartment': houseApartment,
  stacks,
  together,
  'image-registry': imageRegistry,
};

/** The content of a region, wherever it is drawn. */
export function regionContent(regionId: string): RegionContent | undefined {
  for (const diagram of Object.values(DIAGRAM_CONTENT)) {
    const regions = diagram.regions as Partial<Record<string, RegionContent>>;
    if (Object.hasOwn(regions, regionId)) return regions[regionId];
  }
  return undefined;
}

export { DIAGRAM_REGIONS };
