import type { Misconception } from '../types';

/** Misconceptions of topic "together" that wrong answers can reveal. */
export const togetherMisconceptions: Misconception[] = [
  {
    id: 'mc-tg-separate-vms-required',
    topic: 'together',
    source: 'S1',
    statement: {
      en: 'For good practice and security, a web app and its database must sit in separate VMs or on separate servers.',
      pt: 'Por boas práticas e segurança, a aplicação web e o banco de dados precisam ficar em VMs ou servidores separados.',
    },
    correction: {
      en: 'They can share one VM as long as each has its own container, which isolates its processing, memory, disk and network. Our source says this is no problem for good practice, let alone for security.',
      pt: 'Os dois podem dividir uma VM, desde que cada um tenha o próprio contêiner, que isola processamento, memória, disco e rede. A fonte diz que isso não é problema de boas práticas, muito menos de segurança.',
    },
  },
  {
    id: 'mc-tg-one-level',
    topic: 'together',
    source: 'S1',
    statement: {
      en: 'Containers inside a VM add no isolation of their own; the VM is the only barrier.',
      pt: 'Contêineres dentro de uma VM não acrescentam isolamento nenhum; a única barreira é a VM.',
    },
    correction: {
      en: 'There are two levels. The hypervisor splits the physical machine into VMs, and inside each VM the containers isolate processing, memory, disk and network once more.',
      pt: 'São dois níveis. O hypervisor divide a máquina física em VMs e, dentro de cada VM, os contêineres isolam de novo processamento, memória, disco e rede.',
    },
  },
  {
    id: 'mc-tg-hypervisor-isolates-containers',
    topic: 'together',
    source: 'S1',
    statement: {
      en: 'Inside a VM, the hypervisor is what separates the containers, giving each one its own virtual hardware.',
      pt: 'Dentro da VM, quem separa os contêineres é o hypervisor, que dá a cada um seu próprio hardware virtual.',
    },
    correction: {
      en: "The hypervisor works one level down: it splits the physical machine into VMs, each with virtual network cards, disks, processor and memory. Inside a VM, Docker isolates the containers on the VM's own kernel, with no virtual hardware for each.",
      pt: 'O hypervisor atua um nível abaixo: ele divide a máquina física em VMs, cada uma com placas de rede, discos, processador e memória virtuais. Dentro da VM, o Docker isola os contêineres sobre o kernel da própria VM, sem hardware virtual para cada um.',
    },
  },
  {
    id: 'mc-tg-ha-built-in',
    topic: 'together',
    source: 'S1',
    statement: {
      en: 'The hypervisor or Docker spreads requests across the container copies by itself; nothing is needed in front.',
      pt: 'O próprio hypervisor ou o Docker distribui as requisições entre as cópias dos contêineres; não precisa de nada na frente.',
    },
    correction: {
      en: 'In the setup our source describes, an external load balancer sits in front of the VMs and shares the requests among the replicated containers. That, with a clustered database, is what brings high availability.',
      pt: 'Na montagem descrita pela fonte, um balanceador de carga externo fica na frente das VMs e reparte as requisições entre os contêineres replicados. É isso, junto com o banco em cluster, que traz a alta disponibilidade.',
    },
  },
  {
    id: 'mc-tg-one-big-vm',
    topic: 'together',
    source: 'S1',
    statement: {
      en: 'Putting every container into one big VM is enough for high availability.',
      pt: 'Colocar todos os contêineres numa única VM grande já garante alta disponibilidade.',
    },
    correction: {
      en: 'If that one VM fails, every service stops with it. High availability comes from copies of the containers in several VMs, behind an external load balancer.',
      pt: 'Se essa VM cair, todos os serviços caem junto. A alta disponibilidade vem de cópias dos contêineres em várias VMs, atrás de um balanceador de carga externo.',
    },
  },
  {
    id: 'mc-tg-ha-expensive',
    topic: 'together',
    source: 'S1',
    statement: {
      en: 'High availability takes costly dedicated hardware for every service.',
      pt: 'Alta disponibilidade exige hardware dedicado e caro para cada serviço.',
    },
    correction: {
      en: 'With containers replicated across VMs, an external load balancer and a clustered database, you get high availability with a few commands and without great cost.',
      pt: 'Com contêineres replicados entre VMs, um balanceador de carga externo e o banco em cluster, você tem alta disponibilidade com poucos comandos e sem grandes custos.',
    },
  },
  {
    id: 'mc-tg-db-single-copy',
    topic: 'together',
    source: 'S1',
    statement: {
      en: 'Only the web containers need copies; a single database container is enough.',
      pt: 'Só os contêineres web precisam de cópias; um único contêiner de banco de dados basta.',
    },
    correction: {
      en: 'If the only database goes down with its VM, the copies of the web app have nothing left to talk to. That is why the stored data is kept in a database cluster too.',
      pt: 'Se o único banco cair junto com a VM, as cópias da aplicação web ficam sem ter com quem conversar. Por isso os dados persistidos também ficam num cluster de banco de dados.',
    },
  },
  {
    id: 'mc-tg-scale-swap',
    topic: 'together',
    source: 'S4',
    statement: {
      en: 'Scaling up means adding VMs, and scaling out means adding containers to one VM.',
      pt: 'Escalar verticalmente (scale up) é acrescentar VMs, e escalar horizontalmente (scale out) é pôr mais contêineres numa VM.',
    },
    correction: {
      en: "It's the other way round: scaling up gives a VM more resources so it can take more containers; scaling out adds VMs, for redundancy or extra throughput.",
      pt: 'É o contrário: no scale up, a VM ganha mais recursos para receber mais contêineres; no scale out, entram mais VMs, por redundância ou para ganhar vazão.',
    },
  },
  {
    id: 'mc-tg-hypervisor-is-container',
    topic: 'together',
    source: 'S4',
    statement: {
      en: 'Hypervisors such as Hyper-V or vSphere are container products.',
      pt: 'Hypervisors como Hyper-V ou vSphere são produtos de contêiner.',
    },
    correction: {
      en: "Hyper-V, vSphere, KVM and Xen provide full-machine virtualization: they run VMs. The container products of 2014 included Docker, LXC, Parallels Virtuozzo Containers and Google's lmctfy.",
      pt: 'Hyper-V, vSphere, KVM e Xen fazem virtualização completa: rodam VMs. Entre os produtos de contêiner de 2014 estavam Docker, LXC, Parallels Virtuozzo Containers e o lmctfy, do Google.',
    },
  },
  {
    id: 'mc-tg-vm-full-os',
    topic: 'together',
    source: 'S1',
    statement: {
      en: 'When VMs host containers, each VM still needs a full server install with every service on it.',
      pt: 'Quando as VMs hospedam contêineres, cada VM ainda precisa de uma instalação completa, com todos os serviços.',
    },
    correction: {
      en: 'Each VM needs only a basic operating system and Docker. The services themselves live in containers, one per service.',
      pt: 'Cada VM precisa apenas de um sistema operacional básico e do Docker. Os serviços ficam nos contêineres, um por serviço.',
    },
  },
  {
    id: 'mc-tg-containers-replace-hypervisor',
    topic: 'together',
    source: 'S4',
    statement: {
      en: 'Once you use containers, the hypervisor is no longer worth keeping.',
      pt: 'Depois que se adota contêineres, não vale mais a pena manter o hypervisor.',
    },
    correction: {
      en: 'Running containers on VMs keeps hypervisor features such as high availability, and you need fewer VMs since each holds more containers. The two complement each other rather than compete.',
      pt: 'Rodar contêineres sobre VMs mantém recursos do hypervisor, como a alta disponibilidade, e ainda reduz o número de VMs, já que cada uma comporta mais contêineres. Os dois se complementam, em vez de competir.',
    },
  },
];
