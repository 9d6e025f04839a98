import type { Question } from '../../quiz/types';

/** Question bank, topic "containers" (CONTENT.md). */
export const containersQuestions: Question[] = [
  {
    id: 'ct-what-is',
    type: 'single',
    topic: 'containers',
    source: 'S1',
    timeLimitSec: 30,
    about: { diagramId: 'stacks', regionId: 'st-ct-container' },
    prompt: {
      en: 'What is a running container, underneath?',
      pt: 'No fundo, o que é um contêiner em execução?',
    },
    options: [
      {
        id: 'a',
        text: { en: 'A small VM with its own kernel and virtual hardware', pt: 'Uma VM pequena, com kernel e hardware virtual próprios' },
        misconception: 'mc-ct-lightweight-vm',
      },
      {
        id: 'e',
        text: { en: 'A static picture of an environment, waiting to run', pt: 'Uma foto estática de um ambiente, esperando para rodar' },
        misconception: 'mc-ir-image-is-container',
      },
      {
        id: 's',
        text: { en: 'A process on a kernel shared with the other containers', pt: 'Um processo num kernel compartilhado com os outros contêineres' },
      },
      {
        id: 'o',
        text: { en: 'A slice of hardware set aside by a hypervisor', pt: 'Uma fatia do hardware separada por um hypervisor' },
        misconception: 'mc-vk-container-hypervisor',
      },
    ],
    correctOptionId: 's',
    explanation: {
      en: 'A container is a running process on a kernel it shares with every other container; thanks to isolation it sees what looks like a dedicated OS. The static definition it starts from is the image.',
      pt: 'O contêiner é um processo em execução num kernel que ele divide com todos os outros contêineres; graças ao isolamento, ele enxerga o que parece ser um sistema dedicado. A definição estática de onde ele parte é a imagem.',
    },
  },
  {
    id: 'ct-windows-on-linux',
    type: 'single',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 30,
    prompt: {
      en: "A VM can run Windows on a Linux host. Why can't a container do the same?",
      pt: 'Uma VM consegue rodar Windows num host Linux. Por que um contêiner não consegue?',
    },
    options: [
      {
        id: 'b',
        text: {
          en: "It uses the host's kernel, while a VM simulates a whole guest OS",
          pt: 'Ele usa o kernel do host, enquanto a VM simula um sistema convidado inteiro',
        },
      },
      {
        id: 'l',
        text: { en: 'It can: a container is just a lighter VM', pt: 'Consegue, sim: contêiner é só uma VM mais leve' },
        misconception: 'mc-ct-lightweight-vm',
      },
      {
        id: 'n',
        text: { en: 'Its hypervisor only accepts Linux guests', pt: 'O hypervisor dele só aceita convidados Linux' },
        misconception: 'mc-vk-container-hypervisor',
      },
    ],
    correctOptionId: 'b',
    explanation: {
      en: "A container is a process on its host's kernel, so it can only run what that kernel runs; a VM gets virtual hardware and boots a complete guest OS, Windows on Linux or the reverse. That is why 'a container is a lightweight VM' is wrong.",
      pt: "O contêiner é um processo no kernel do host, então só roda o que esse kernel roda; a VM recebe hardware virtual e sobe um sistema convidado completo, Windows no Linux ou o contrário. É por isso que 'contêiner é uma VM leve' está errado.",
    },
  },
  {
    id: 'ct-docker-vs-lxc',
    type: 'single',
    topic: 'containers',
    source: 'S1',
    timeLimitSec: 30,
    prompt: {
      en: 'What made Docker so much easier to adopt than LXC?',
      pt: 'O que tornou o Docker tão mais fácil de adotar do que o LXC?',
    },
    options: [
      {
        id: 'c',
        text: { en: 'It invented OS-level isolation, which LXC lacked', pt: 'Ele inventou o isolamento no nível do SO, que o LXC não tinha' },
        misconception: 'mc-ct-docker-invented',
      },
      {
        id: 'h',
        text: { en: 'It gave each container a kernel of its own', pt: 'Ele deu a cada contêiner um kernel próprio' },
        misconception: 'mc-ct-own-kernel',
      },
      {
        id: 'v',
        text: {
          en: 'Setup shrank to: install the binary, download images, run them',
          pt: 'A configuração virou: instalar o binário, baixar as imagens e executá-las',
        },
      },
      {
        id: 'd',
        text: { en: 'It put a hypervisor under the containers', pt: 'Ele colocou um hypervisor por baixo dos contêineres' },
        misconception: 'mc-vk-container-hypervisor',
      },
    ],
    correctOptionId: 'v',
    explanation: {
      en: 'Setting up and maintaining LXC took solid technical knowledge; Docker cut it down to installing one binary, downloading images and running them. The isolation still came from the same kernel features, namespaces and cgroups.',
      pt: 'Configurar e manter um ambiente LXC exigia um bom conhecimento técnico; o Docker reduziu tudo a instalar um binário, baixar as imagens e executá-las. O isolamento continuou vindo dos mesmos recursos do kernel, namespaces e cgroups.',
    },
  },
  {
    id: 'ct-history-order',
    type: 'ordering',
    topic: 'containers',
    source: 'S1',
    timeLimitSec: 45,
    misconception: 'mc-ct-docker-invented',
    prompt: {
      en: 'Put these virtualization milestones in time order, oldest first.',
      pt: 'Ordene estes marcos da virtualização no tempo, do mais antigo ao mais recente.',
    },
    options: [
      {
        id: 'q',
        text: {
          en: 'Mainframe operators each see what looks like a machine of their own',
          pt: 'Operadores de mainframe enxergam, cada um, o que parece uma máquina só sua',
        },
      },
      { id: 'f', text: { en: 'chroot offers an early form of OS-level isolation', pt: 'O chroot oferece uma forma inicial de isolamento no nível do SO' } },
      { id: 'x', text: { en: 'LXC does something quite close to Docker', pt: 'O LXC faz algo bem parecido com o Docker' } },
      { id: 'd', text: { en: 'Docker appears, running on top of LXC', pt: 'Surge o Docker, rodando em cima do LXC' } },
      {
        id: 'm',
        text: {
          en: 'Docker reaches namespaces and cgroups through its own engine',
          pt: 'O Docker passa a acessar namespaces e cgroups com engine própria',
        },
      },
    ],
    explanation: {
      en: 'VMs date from the mainframes of the mid-1960s, chroot from 1982 and LXC from 2008. Docker first ran on LXC and later got its own engine (libcontainer) over namespaces and cgroups.',
      pt: 'As VMs vêm dos mainframes de meados dos anos 1960, o chroot é de 1982 e o LXC, de 2008. O Docker começou rodando sobre o LXC e depois ganhou engine própria (a libcontainer) sobre namespaces e cgroups.',
    },
  },
  {
    id: 'ct-match-tools',
    type: 'matching',
    topic: 'containers',
    source: 'S1',
    timeLimitSec: 45,
    prompt: {
      en: 'Match each name to its part in the container story.',
      pt: 'Associe cada nome ao seu papel na história dos contêineres.',
    },
    pairs: [
      {
        left: { id: 'v', text: { en: 'Namespaces', pt: 'Namespaces' }, misconception: 'mc-ct-namespaces-vs-cgroups' },
        right: {
          id: 'g',
          text: {
            en: 'Give a container its own view of memory, processes, disk and network',
            pt: 'Dão ao contêiner sua própria visão de memória, processos, disco e rede',
          },
        },
      },
      {
        left: { id: 'r', text: { en: 'cgroups', pt: 'cgroups' }, misconception: 'mc-ct-namespaces-vs-cgroups' },
        right: {
          id: 'k',
          text: { en: 'Limit how much of the machine a container may use', pt: 'Limitam quanto da máquina o contêiner pode usar' },
        },
      },
      {
        left: { id: 'h', text: { en: 'chroot', pt: 'chroot' }, misconception: 'mc-ct-docker-invented' },
        right: {
          id: 'z',
          text: { en: 'A 1982 ancestor of OS-level virtualization', pt: 'Um ancestral, de 1982, da virtualização no nível do SO' },
        },
      },
      {
        left: { id: 'b', text: { en: 'LXC', pt: 'LXC' }, misconception: 'mc-ct-docker-is-lxc' },
        right: {
          id: 'n',
          text: {
            en: "Docker's first base, from 2008: capable but hard to configure",
            pt: 'A primeira base do Docker, de 2008: capaz, mas difícil de configurar',
          },
        },
      },
    ],
    explanation: {
      en: "Namespaces decide what a container can see and cgroups how much it may use. chroot (1982) and LXC (2008) came long before Docker, which started on LXC before getting its own engine.",
      pt: 'Os namespaces definem o que o contêiner enxerga, e os cgroups, quanto ele pode usar. O chroot (1982) e o LXC (2008) vieram bem antes do Docker, que começou sobre o LXC antes de ganhar engine própria.',
    },
  },
  {
    id: 'ct-cgroups',
    type: 'short',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 30,
    misconception: 'mc-ct-namespaces-vs-cgroups',
    prompt: {
      en: 'Which Linux kernel feature caps how much CPU and memory a container may use?',
      pt: 'Que recurso do kernel Linux limita quanta CPU e memória um contêiner pode usar?',
    },
    accepted: [
      'cgroups',
      'cgroup',
      'c groups',
      'control groups',
      'control group',
      'grupos de controle',
      'grupo de controle',
      'linux cgroups',
    ],
    display: {
      en: 'cgroups (control groups)',
      pt: 'cgroups (grupos de controle)',
    },
    explanation: {
      en: "cgroups set resource limits for each container. Namespaces do the other half of the job: they decide what the container can see, giving it the illusion of its own machine.",
      pt: 'Os cgroups definem os limites de recursos de cada contêiner. Os namespaces fazem a outra metade do trabalho: definem o que o contêiner enxerga, dando a ilusão de uma máquina só dele.',
    },
  },
  {
    id: 'ct-pros',
    type: 'multiple',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Which of these are advantages of containers? Pick all that apply.',
      pt: 'Quais destas são vantagens dos contêineres? Marque todas as corretas.',
    },
    options: [
      {
        id: 'k',
        text: {
          en: "The same environment everywhere, so 'works on my machine' goes away",
          pt: "O mesmo ambiente em todo lugar, o que acaba com o 'na minha máquina funciona'",
        },
      },
      {
        id: 'a',
        text: { en: 'Each one carries a full guest OS of any kind', pt: 'Cada um leva um sistema convidado completo, de qualquer tipo' },
        misconception: 'mc-ct-lightweight-vm',
      },
      {
        id: 'p',
        text: { en: 'Updating means deploying the new container version', pt: 'Atualizar é só implantar a nova versão do contêiner' },
      },
      {
        id: 'm',
        text: { en: 'They stay easy to manage however many you run', pt: 'Continuam fáceis de gerenciar, não importa quantos você tenha' },
        misconception: 'mc-ct-easy-at-scale',
      },
      {
        id: 'r',
        text: { en: 'Dependency problems are settled before deployment', pt: 'Os problemas de dependência ficam resolvidos antes do deploy' },
      },
      {
        id: 'w',
        text: { en: 'Fast start and little overhead while running', pt: 'Iniciam rápido e geram pouco overhead durante a execução' },
      },
    ],
    correctOptionIds: ['k', 'p', 'r', 'w'],
    explanation: {
      en: "Containers are light, start fast and add little overhead; a container runs the same everywhere, its dependencies are settled when it is built, and an update is just a new version deployed. They don't carry a whole guest OS, and they get harder to manage as they multiply.",
      pt: 'Contêineres são leves, iniciam rápido e geram pouco overhead; rodam igual em qualquer lugar, têm as dependências resolvidas na construção, e atualizar é só implantar uma nova versão. Eles não carregam um sistema convidado inteiro e ficam mais difíceis de gerenciar conforme se multiplicam.',
    },
  },
  {
    id: 'ct-cons',
    type: 'multiple',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Which of these are real drawbacks of containers? Pick all that apply.',
      pt: 'Quais destas são desvantagens reais dos contêineres? Marque todas as corretas.',
    },
    options: [
      {
        id: 's',
        text: { en: 'Slow to start, since a whole OS boots first', pt: 'Demoram a iniciar, porque um sistema inteiro precisa subir antes' },
        misconception: 'mc-ct-lightweight-vm',
      },
      {
        id: 'n',
        text: { en: "They don't simulate a whole guest OS", pt: 'Não simulam um sistema convidado completo' },
      },
      {
        id: 'q',
        text: { en: 'They get hard to manage as their number grows', pt: 'Ficam difíceis de gerenciar conforme a quantidade cresce' },
      },
      {
        id: 't',
        text: { en: 'Heavy overhead from a hypervisor under each one', pt: 'Overhead pesado de um hypervisor embaixo de cada um' },
        misconception: 'mc-vk-container-hypervisor',
      },
      {
        id: 'j',
        text: { en: "Security risks if you don't know what you're doing", pt: 'Riscos de segurança se você não souber o que está fazendo' },
      },
      {
        id: 'e',
        text: {
          en: "Docker's Linux containers need a Linux host (a Linux VM on Windows or Mac)",
          pt: 'Os contêineres Linux do Docker precisam de host Linux (uma VM Linux no Windows ou Mac)',
        },
      },
    ],
    correctOptionIds: ['n', 'q', 'j', 'e'],
    explanation: {
      en: "Containers can't simulate a whole guest OS, need a Linux host for Linux containers, get hard to manage in large numbers and can be risky without know-how. Slow starts and hypervisor overhead belong to VMs, not containers.",
      pt: 'Contêineres não simulam um sistema convidado completo, precisam de host Linux para rodar contêineres Linux, ficam difíceis de gerenciar em grande quantidade e podem ser arriscados sem conhecimento. Início lento e overhead de hypervisor são coisa de VM, não de contêiner.',
    },
  },
  {
    id: 'ct-mac-linux-vm',
    type: 'truefalse',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 20,
    misconception: 'mc-ct-no-linux-needed',
    prompt: {
      en: 'On a Mac, Docker runs Linux containers directly on macOS, with no Linux VM underneath.',
      pt: 'No Mac, o Docker roda contêineres Linux direto no macOS, sem nenhuma VM Linux por baixo.',
    },
    correct: false,
    explanation: {
      en: "False: a container uses its host's kernel, and Linux containers need a Linux kernel. On Windows and Mac, Docker runs a Linux virtual machine and the containers live inside it.",
      pt: 'Falso: o contêiner usa o kernel do host, e contêineres Linux precisam de um kernel Linux. No Windows e no Mac, o Docker roda uma máquina virtual Linux, e os contêineres ficam dentro dela.',
    },
  },
  {
    id: 'ct-not-new',
    type: 'truefalse',
    topic: 'containers',
    source: 'S1',
    timeLimitSec: 20,
    misconception: 'mc-ct-docker-invented',
    prompt: {
      en: 'Containers are a brand-new idea: nothing like OS-level isolation existed before Docker.',
      pt: 'Contêiner é uma ideia totalmente nova: nada parecido com isolamento no nível do SO existia antes do Docker.',
    },
    correct: false,
    explanation: {
      en: "False: in 1982 chroot was already doing what we can call OS-level virtualization, and in 2008 LXC did much of what Docker does today. Docker's novelty was making it easy.",
      pt: 'Falso: em 1982 o chroot já fazia o que podemos chamar de virtualização no nível do SO, e em 2008 o LXC fazia boa parte do que o Docker faz hoje. A novidade do Docker foi deixar tudo fácil.',
    },
  },
  {
    id: 'ct-sort-traits',
    type: 'sorting',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Containers, VMs, or both? Sort each statement.',
      pt: 'Contêineres, VMs ou ambos? Classifique cada afirmação.',
    },
    items: [
      {
        id: 'y',
        bin: 'container',
        text: { en: 'Starts in seconds, with little runtime overhead', pt: 'Inicia em segundos e gera pouco overhead na execução' },
        misconception: 'mc-vm-boots-faster',
      },
      {
        id: 'c',
        bin: 'vm',
        text: { en: 'Adds a hypervisor layer you have to manage', pt: 'Acrescenta uma camada de hypervisor para gerenciar' },
        misconception: 'mc-vk-container-hypervisor',
      },
      {
        id: 'f',
        bin: 'both',
        text: { en: 'Keeps each workload isolated from its neighbours', pt: 'Mantém cada carga de trabalho isolada das vizinhas' },
        misconception: 'mc-ct-no-isolation',
      },
      {
        id: 'o',
        bin: 'container',
        text: { en: "Shares the host's kernel with its neighbours", pt: 'Divide o kernel do host com os vizinhos' },
        misconception: 'mc-vm-shares-host-kernel',
      },
      {
        id: 'd',
        bin: 'vm',
        text: { en: 'Runs a complete guest OS on virtual hardware', pt: 'Roda um sistema convidado completo sobre hardware virtual' },
        misconception: 'mc-ct-lightweight-vm',
      },
    ],
    explanation: {
      en: "Containers start fast and add little overhead because they share the host's kernel; VMs run a full guest OS on virtual hardware behind a hypervisor. Both keep workloads isolated from each other.",
      pt: 'Contêineres iniciam rápido e geram pouco overhead porque dividem o kernel do host; VMs rodam um sistema convidado completo sobre hardware virtual, atrás de um hypervisor. Os dois mantêm as cargas isoladas entre si.',
    },
  },
  {
    id: 'ct-uses',
    type: 'multiple',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 45,
    misconception: 'mc-ct-production-only',
    prompt: {
      en: 'Which of these uses suit containers well? Pick all that apply.',
      pt: 'Quais destes usos combinam bem com contêineres? Marque todos os corretos.',
    },
    options: [
      {
        id: 'g',
        text: { en: 'Running Windows on a Linux server', pt: 'Rodar Windows num servidor Linux' },
        misconception: 'mc-ct-any-os',
      },
      {
        id: 'u',
        text: { en: 'Microservices, one service per container', pt: 'Microsserviços, um serviço por contêiner' },
      },
      {
        id: 'b',
        text: { en: "Unit tests on a developer's own machine", pt: 'Testes unitários na máquina do próprio desenvolvedor' },
      },
      {
        id: 'k',
        text: {
          en: 'Giving each app a complete operating system of its own',
          pt: 'Dar a cada aplicação um sistema operacional completo só dela',
        },
        misconception: 'mc-ct-lightweight-vm',
      },
      {
        id: 'z',
        text: { en: 'Environments for system and performance tests', pt: 'Ambientes para testes de sistema e de desempenho' },
      },
    ],
    correctOptionIds: ['u', 'b', 'z'],
    explanation: {
      en: "Containers suit microservices, where each service lives in its own container, and they make test environments cheap, from unit tests on a laptop to the test team's performance runs. A full OS per app, or Windows on Linux, calls for a VM.",
      pt: 'Contêineres combinam com microsserviços, em que cada serviço vive no seu contêiner, e barateiam os ambientes de teste, dos testes unitários no notebook aos testes de desempenho da equipe de testes. Um sistema completo por aplicação, ou Windows no Linux, pede uma VM.',
    },
  },
  {
    id: 'ct-label-stack',
    type: 'labelling',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Label the container stack.',
      pt: 'Coloque os rótulos na pilha dos contêineres.',
    },
    diagramId: 'stacks',
    slots: [
      { regionId: 'st-ct-kernel', labelId: 'w' },
      { regionId: 'st-ct-engine', labelId: 'q' },
      { regionId: 'st-ct-container', labelId: 'b' },
    ],
    labels: [
      {
        id: 'h',
        text: { en: 'Hypervisor', pt: 'Hypervisor' },
        misconception: 'mc-vk-container-hypervisor',
      },
      { id: 'b', text: { en: 'Container: an isolated process', pt: 'Contêiner: um processo isolado' } },
      { id: 'w', text: { en: 'Kernel shared by all containers', pt: 'Kernel compartilhado por todos os contêineres' } },
      {
        id: 'v',
        text: { en: 'Guest kernel, one per container', pt: 'Kernel convidado, um por contêiner' },
        misconception: 'mc-ct-own-kernel',
      },
      { id: 'q', text: { en: 'Container engine (Docker)', pt: 'Engine de contêineres (Docker)' } },
    ],
    explanation: {
      en: "The container engine runs on the host's single kernel, and each container is an isolated process on that kernel. There is no hypervisor and no kernel per container.",
      pt: 'A engine de contêineres roda sobre o único kernel do host, e cada contêiner é um processo isolado nesse kernel. Não há hypervisor nem um kernel por contêiner.',
    },
  },
  {
    id: 'ct-poll-test-envs',
    type: 'poll',
    topic: 'containers',
    source: 'S2',
    timeLimitSec: 20,
    prompt: {
      en: 'Your test team needs ten fresh environments for a performance test. What would you reach for first?',
      pt: 'Sua equipe de testes precisa de dez ambientes novos para um teste de desempenho. Qual seria sua primeira escolha?',
    },
    options: [
      { id: 'r', text: { en: 'Ten containers on one host', pt: 'Dez contêineres num único host' } },
      { id: 'f', text: { en: 'Ten VMs, created on demand', pt: 'Dez VMs criadas sob demanda' } },
      { id: 'n', text: { en: 'Containers spread over a few VMs', pt: 'Contêineres distribuídos em algumas VMs' } },
      { id: 'c', text: { en: 'Ten physical machines', pt: 'Dez máquinas físicas' } },
    ],
    explanation: {
      en: 'Discuss: containers start fast and replicate the same environment every time, which suits test environments; VMs are also created on demand and can run different operating systems. What does this test need most: its own OS, strong isolation, or many identical copies quickly?',
      pt: 'Para discutir: contêineres iniciam rápido e reproduzem sempre o mesmo ambiente, o que combina com ambientes de teste; VMs também são criadas sob demanda e podem rodar sistemas diferentes. Do que esse teste mais precisa: um sistema próprio, isolamento forte ou muitas cópias idênticas, rápido?',
    },
  },
];
