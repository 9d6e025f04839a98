import type { Misconception } from '../types';

/** Misconceptions of topic "analogy" that wrong answers can reveal. */
export const analogyMisconceptions: Misconception[] = [
  {
    id: 'mc-an-house-is-container',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: 'In the analogy, the house is the container and the apartment is the VM.',
      pt: 'Na analogia, a casa é o contêiner e o apartamento é a VM.',
    },
    correction: {
      en: "It's the reverse. The house, self-contained with its own plumbing, heating and wiring, is the VM; the apartment, built around shared infrastructure, is the container.",
      pt: 'É o contrário. A casa, independente e com encanamento, aquecimento e parte elétrica próprios, é a VM; o apartamento, construído em volta de uma infraestrutura compartilhada, é o contêiner.',
    },
  },
  {
    id: 'mc-an-building-is-container',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: 'The whole apartment building is one container.',
      pt: 'O prédio inteiro é um contêiner.',
    },
    correction: {
      en: 'The building is the Docker host. Each apartment inside it is one container, and they all share the building’s infrastructure.',
      pt: 'O prédio é o host Docker. Cada apartamento dentro dele é um contêiner, e todos dividem a infraestrutura do prédio.',
    },
  },
  {
    id: 'mc-an-apartment-own-infra',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: 'Each apartment has its own plumbing and wiring, just as each container brings its own kernel or operating system.',
      pt: 'Cada apartamento tem encanamento e parte elétrica próprios, assim como cada contêiner traz seu próprio kernel ou sistema operacional.',
    },
    correction: {
      en: 'Apartments are built around shared plumbing, heating and wiring. Likewise, containers share the host and its kernel; only VMs, the houses, each carry a complete operating system.',
      pt: 'Os apartamentos são construídos em volta de encanamento, aquecimento e parte elétrica compartilhados. Do mesmo jeito, os contêineres dividem o host e o kernel dele; só as VMs, as casas, carregam cada uma um sistema operacional completo.',
    },
  },
  {
    id: 'mc-an-house-shares-infra',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: "A house is hooked up to its neighbours' plumbing: a VM runs on the host's kernel, like a container.",
      pt: 'A casa está ligada ao encanamento dos vizinhos: a VM roda sobre o kernel do host, como um contêiner.',
    },
    correction: {
      en: "A house has its own plumbing, heating and wiring. A VM likewise runs its own complete operating system on virtual hardware instead of sharing the host's kernel.",
      pt: 'A casa tem encanamento, aquecimento e parte elétrica próprios. Da mesma forma, a VM roda seu próprio sistema operacional completo sobre hardware virtual, em vez de dividir o kernel do host.',
    },
  },
  {
    id: 'mc-an-windows-apartment',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: 'Any apartment fits in any building: a Windows container can run on a Linux host.',
      pt: 'Qualquer apartamento cabe em qualquer prédio: um contêiner Windows roda num host Linux.',
    },
    correction: {
      en: "All the apartments rest on one foundation, the host's kernel, so a Linux building only takes Linux apartments. Windows on a Linux host needs a house: a VM.",
      pt: 'Todos os apartamentos se apoiam num único alicerce, o kernel do host, então um prédio Linux só recebe apartamentos Linux. Para ter Windows num host Linux, é preciso uma casa: uma VM.',
    },
  },
  {
    id: 'mc-an-no-lock',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: "Apartments share everything, so containers aren't isolated from one another.",
      pt: 'Apartamentos dividem tudo, então os contêineres não ficam isolados uns dos outros.',
    },
    correction: {
      en: 'Apartments, like houses, each have a locked front door that keeps unwanted guests out. For containers, that lock is namespaces: each one sees only its own processes, memory, disk and network.',
      pt: 'Assim como as casas, os apartamentos têm porta com fechadura contra visitas indesejadas. No contêiner, essa fechadura são os namespaces: cada um só enxerga os próprios processos, memória, disco e rede.',
    },
  },
  {
    id: 'mc-an-door-size-swap',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: "The locked door stands for cgroups, and the apartment's size for namespaces.",
      pt: 'A porta trancada representa os cgroups, e o tamanho do apartamento, os namespaces.',
    },
    correction: {
      en: "It's the other way round. Namespaces are the lock, deciding what a container can see; cgroups are the size, deciding how much processor, memory and other resources it may use.",
      pt: 'É o contrário. Os namespaces são a fechadura: definem o que o contêiner enxerga. Os cgroups são o tamanho: definem quanto processador, memória e outros recursos ele pode usar.',
    },
  },
  {
    id: 'mc-an-one-size',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: 'All apartments are the same size: every container gets the same share of resources.',
      pt: 'Todo apartamento tem o mesmo tamanho: cada contêiner recebe a mesma fatia de recursos.',
    },
    correction: {
      en: "Apartments range from studio to penthouse, and you rent only what you need. Cgroups set each container's own limits, so a small service gets a small share and a big one more.",
      pt: 'Há apartamentos da quitinete à cobertura, e você aluga só o que precisa. Os cgroups definem os limites de cada contêiner: um serviço pequeno fica com pouco, um grande, com mais.',
    },
  },
  {
    id: 'mc-an-building-hypervisor',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: 'The apartment building stands on a hypervisor, just as VMs do.',
      pt: 'O prédio de apartamentos se apoia num hypervisor, assim como as VMs.',
    },
    correction: {
      en: "The building's foundation is the host's kernel. Containers are processes running on it, with no hypervisor or guest operating system of their own in between.",
      pt: 'O alicerce do prédio é o kernel do host. Os contêineres são processos rodando sobre ele, sem hypervisor nem sistema convidado próprio no meio do caminho.',
    },
  },
  {
    id: 'mc-an-vm-always-oversized',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: "A VM always gives you more than you need: it can't be sized small.",
      pt: 'VM sempre entrega mais do que o necessário: não dá para fazer uma VM pequena.',
    },
    correction: {
      en: "Coleman sets tiny houses aside precisely because they break his picture. A VM's memory, disk and processor can be set to what it needs, as when you order one from an IaaS provider.",
      pt: 'Coleman deixa as casas minúsculas de lado justamente porque elas quebram a analogia. A memória, o disco e o processador de uma VM podem ser ajustados ao necessário, como quando se contrata uma num provedor de IaaS.',
    },
  },
  {
    id: 'mc-an-tiny-vm-no-os',
    topic: 'analogy',
    source: 'S2',
    statement: {
      en: 'A small enough VM can skip the full guest operating system, like a studio apartment.',
      pt: 'Uma VM pequena o bastante pode dispensar o sistema convidado completo, como uma quitinete.',
    },
    correction: {
      en: "However small, every VM runs a complete operating system on its virtual hardware. Skipping the guest OS and sharing the host's kernel is what containers do.",
      pt: 'Por menor que seja, toda VM roda um sistema operacional completo sobre seu hardware virtual. Dispensar o sistema convidado e dividir o kernel do host é coisa de contêiner.',
    },
  },
];
