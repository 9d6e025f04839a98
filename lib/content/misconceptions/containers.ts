import type { Misconception } from '../types';

/** Misconceptions of topic "containers" that wrong answers can reveal. */
export const containersMisconceptions: Misconception[] = [
  {
    id: 'mc-ct-own-kernel',
    topic: 'containers',
    source: 'S1',
    statement: {
      en: 'Each container brings its own kernel.',
      pt: 'Cada contêiner traz o seu próprio kernel.',
    },
    correction: {
      en: 'A container is a process running on the one kernel of its host, shared with every other container. It only looks like a dedicated OS from the inside.',
      pt: 'O contêiner é um processo rodando no único kernel do host, compartilhado com todos os outros contêineres. Ele só parece ter um sistema dedicado quando visto de dentro.',
    },
  },
  {
    id: 'mc-ct-lightweight-vm',
    topic: 'containers',
    source: 'S2',
    statement: {
      en: 'A container is just a lightweight VM, with a whole guest operating system inside.',
      pt: 'Contêiner é só uma VM mais leve, com um sistema operacional convidado inteiro dentro.',
    },
    correction: {
      en: "The two are different things. A VM simulates a complete guest OS on virtual hardware; a container simulates no OS at all and shares the host's kernel, which is why it starts fast and weighs little.",
      pt: 'São coisas diferentes. A VM simula um sistema convidado completo sobre hardware virtual; o contêiner não simula sistema nenhum e divide o kernel do host, e é por isso que inicia rápido e pesa pouco.',
    },
  },
  {
    id: 'mc-ct-any-os',
    topic: 'containers',
    source: 'S2',
    statement: {
      en: 'A container can run any operating system, say Windows on a Linux host.',
      pt: 'Um contêiner roda qualquer sistema operacional, por exemplo Windows num host Linux.',
    },
    correction: {
      en: "A container runs on its host's kernel, so it can only run what that kernel runs. Running Windows on Linux, or the reverse, takes a VM.",
      pt: 'O contêiner roda sobre o kernel do host, então só roda o que esse kernel roda. Para rodar Windows no Linux, ou o contrário, é preciso uma VM.',
    },
  },
  {
    id: 'mc-ct-no-linux-needed',
    topic: 'containers',
    source: 'S2',
    statement: {
      en: 'Docker runs Linux containers directly on Windows and macOS, no Linux needed.',
      pt: 'O Docker roda contêineres Linux direto no Windows e no macOS, sem precisar de Linux.',
    },
    correction: {
      en: 'Linux containers need a Linux kernel. On Windows and Mac, Docker runs a Linux virtual machine and the containers live inside it.',
      pt: 'Contêineres Linux precisam de um kernel Linux. No Windows e no Mac, o Docker roda uma máquina virtual Linux e os contêineres ficam dentro dela.',
    },
  },
  {
    id: 'mc-ct-docker-invented',
    topic: 'containers',
    source: 'S1',
    statement: {
      en: 'Docker invented containers; OS-level isolation did not exist before it.',
      pt: 'O Docker inventou os contêineres; antes dele não existia isolamento no nível do SO.',
    },
    correction: {
      en: 'chroot was already doing a form of OS-level virtualization in 1982, and LXC did something quite close to Docker in 2008. Docker first ran on LXC; its novelty was making containers easy.',
      pt: 'Em 1982 o chroot já fazia uma forma de virtualização no nível do SO, e em 2008 o LXC fazia algo bem parecido com o Docker. O Docker começou usando o LXC; a novidade dele foi deixar tudo fácil.',
    },
  },
  {
    id: 'mc-ct-docker-is-lxc',
    topic: 'containers',
    source: 'S1',
    statement: {
      en: 'Docker is still just a friendlier front end for LXC.',
      pt: 'O Docker até hoje é só uma cara mais amigável para o LXC.',
    },
    correction: {
      en: "Docker started on top of LXC, which was powerful but hard to configure. It later got its own engine (libcontainer) to reach the kernel's namespaces and cgroups directly.",
      pt: 'O Docker começou em cima do LXC, que era poderoso mas difícil de configurar. Depois ganhou engine própria (a libcontainer) para acessar direto os namespaces e cgroups do kernel.',
    },
  },
  {
    id: 'mc-ct-namespaces-vs-cgroups',
    topic: 'containers',
    source: 'S2',
    statement: {
      en: 'Namespaces and cgroups do the same job, or namespaces are what limit CPU and memory.',
      pt: 'Namespaces e cgroups fazem a mesma coisa, ou então são os namespaces que limitam CPU e memória.',
    },
    correction: {
      en: 'Namespaces decide what a container can see (its own view of processes, memory, disk and network); cgroups decide how much of the machine it may use.',
      pt: 'Os namespaces definem o que o contêiner enxerga (sua própria visão de processos, memória, disco e rede); os cgroups definem quanto da máquina ele pode usar.',
    },
  },
  {
    id: 'mc-ct-no-isolation',
    topic: 'containers',
    source: 'S1',
    statement: {
      en: "Since they share a kernel, containers aren't really isolated from each other.",
      pt: 'Como dividem o kernel, os contêineres não ficam isolados de verdade uns dos outros.',
    },
    correction: {
      en: 'Sharing the kernel does not mean sharing everything: namespaces give each container its own view of memory, processing, disk and network, and cgroups cap what it uses.',
      pt: 'Dividir o kernel não significa dividir tudo: os namespaces dão a cada contêiner sua própria visão de memória, processamento, disco e rede, e os cgroups limitam o que ele consome.',
    },
  },
  {
    id: 'mc-ct-easy-at-scale',
    topic: 'containers',
    source: 'S2',
    statement: {
      en: 'Containers stay easy to manage, however many you run.',
      pt: 'Contêineres continuam fáceis de gerenciar, não importa quantos sejam.',
    },
    correction: {
      en: 'Each container is simple, but managing them gets hard as their number grows, and running them safely takes know-how.',
      pt: 'Cada contêiner é simples, mas gerenciá-los fica difícil à medida que a quantidade cresce, e rodá-los com segurança exige conhecimento.',
    },
  },
  {
    id: 'mc-ct-production-only',
    topic: 'containers',
    source: 'S2',
    statement: {
      en: "Containers are only for production services; they don't help with tests.",
      pt: 'Contêiner serve só para produção; não ajuda em nada nos testes.',
    },
    correction: {
      en: "Containers are also handy for unit tests on a developer's machine and for the test team's system, performance and scalability environments.",
      pt: 'Contêineres também são ótimos para testes unitários na máquina do desenvolvedor e para os ambientes de teste de sistema, desempenho e escalabilidade.',
    },
  },
];
