import type { Question } from '../../quiz/types';

/** Question bank, topic "scope" (CONTENT.md). */
export const scopeQuestions: Question[] = [
  {
    id: 'sc-match-scopes',
    type: 'matching',
    topic: 'scope',
    source: 'S3',
    timeLimitSec: 45,
    prompt: {
      en: 'Match each technology with its scope: what one unit of it is meant to hold.',
      pt: 'Associe cada tecnologia ao seu escopo, ou seja, ao que uma unidade dela foi feita para abrigar.',
    },
    pairs: [
      {
        left: { id: 'm4', text: { en: 'A Docker container', pt: 'Um contêiner Docker' }, misconception: 'mc-sc-docker-general-purpose' },
        right: { id: 'y1', text: { en: 'One application, such as MySQL or Nginx', pt: 'Uma aplicação, como MySQL ou Nginx' } },
      },
      {
        left: { id: 'b8', text: { en: 'An LXC container', pt: 'Um contêiner LXC' }, misconception: 'mc-sc-all-containers-app-scoped' },
        right: { id: 'k6', text: { en: 'An instance of Linux, of any distribution', pt: 'Uma instância de Linux, de qualquer distribuição' } },
      },
      {
        left: { id: 'w2', text: { en: 'A Windows container', pt: 'Um contêiner Windows' }, misconception: 'mc-sc-container-any-os' },
        right: { id: 'f3', text: { en: 'An instance of Windows', pt: 'Uma instância de Windows' } },
      },
      {
        left: { id: 'h5', text: { en: 'A VM under KVM, Xen, vSphere or Hyper-V', pt: 'Uma VM no KVM, Xen, vSphere ou Hyper-V' }, misconception: 'mc-sc-vm-narrow' },
        right: { id: 'p9', text: { en: 'Any supported operating system', pt: 'Qualquer sistema operacional suportado' } },
      },
    ],
    explanation: {
      en: 'Docker is scoped to a single application, LXC to a Linux instance and Windows container technologies to a Windows instance. A VM under full-machine virtualization can hold any supported operating system.',
      pt: 'O Docker tem como escopo uma única aplicação; o LXC, uma instância de Linux; e as tecnologias de contêiner do Windows, uma instância de Windows. Já a VM, com virtualização completa, pode abrigar qualquer sistema operacional suportado.',
    },
  },
  {
    id: 'sc-lxc-centos-host',
    type: 'single',
    topic: 'scope',
    source: 'S3',
    timeLimitSec: 30,
    about: { diagramId: 'stacks', regionId: 'st-ct-kernel' },
    prompt: {
      en: 'An Ubuntu server runs LXC. Which of these can it host as an LXC container?',
      pt: 'Um servidor Ubuntu roda LXC. Qual destas opções ele pode hospedar como contêiner LXC?',
    },
    options: [
      { id: 'a', text: { en: 'A Windows Server instance', pt: 'Uma instância de Windows Server' }, misconception: 'mc-sc-container-any-os' },
      { id: 'b', text: { en: 'A CentOS instance', pt: 'Uma instância de CentOS' } },
      {
        id: 'c',
        text: { en: 'Only another Ubuntu instance, of the same version', pt: 'Só outra instância de Ubuntu, na mesma versão' },
        misconception: 'mc-sc-same-distro',
      },
      {
        id: 'd',
        text: { en: 'Only a single application, never a whole system', pt: 'Só uma aplicação isolada, nunca um sistema inteiro' },
        misconception: 'mc-sc-all-containers-app-scoped',
      },
    ],
    correctOptionId: 'b',
    explanation: {
      en: "LXC's scope is one Linux instance, whose distribution may differ from the host's, such as CentOS on Ubuntu. Windows is out, because every container runs on the host's Linux kernel.",
      pt: 'O escopo do LXC é uma instância de Linux, e a distribuição pode ser diferente da do host, como CentOS sobre Ubuntu. Windows fica de fora, porque todo contêiner roda sobre o kernel Linux do host.',
    },
  },
  {
    id: 'sc-tf-supervisord',
    type: 'truefalse',
    topic: 'scope',
    source: 'S3',
    timeLimitSec: 20,
    misconception: 'mc-sc-one-container-many-services',
    prompt: {
      en: 'To run MySQL and Nginx with Docker, the recommended way is one container holding both, managed by supervisord.',
      pt: 'Para rodar MySQL e Nginx com Docker, o recomendado é um único contêiner com os dois, gerenciados pelo supervisord.',
    },
    correct: false,
    explanation: {
      en: 'False: it can be done with supervisord, but the usual advice is two separate containers, since Docker is scoped to one application. Containers are light and start quickly, so running two costs little.',
      pt: 'Falso: até dá para fazer isso com o supervisord, mas o recomendado é usar dois contêineres separados, já que o escopo do Docker é uma aplicação. Contêineres são leves e sobem rápido, então rodar dois custa pouco.',
    },
  },
  {
    id: 'sc-sort-scope',
    type: 'sorting',
    topic: 'scope',
    source: 'S3',
    timeLimitSec: 45,
    prompt: {
      en: 'Sort each statement: is it true of VMs, of containers, or of both?',
      pt: 'Classifique cada afirmação: vale para as VMs, para os contêineres ou para os dois?',
    },
    items: [
      {
        id: 'x7',
        text: { en: 'Can run Windows on a Linux host', pt: 'Pode rodar Windows num host Linux' },
        bin: 'vm',
        misconception: 'mc-sc-container-any-os',
      },
      {
        id: 'q2',
        text: { en: 'Can run CentOS on an Ubuntu host', pt: 'Pode rodar CentOS num host Ubuntu' },
        bin: 'both',
        misconception: 'mc-sc-same-distro',
      },
      {
        id: 'f5',
        text: {
          en: 'With Docker, one unit per application: one for MySQL, one for Redis',
          pt: 'Com Docker, uma unidade por aplicação: uma para o MySQL, outra para o Redis',
        },
        bin: 'container',
        misconception: 'mc-sc-docker-general-purpose',
      },
      {
        id: 'm3',
        text: { en: 'What KVM, Xen, vSphere and Hyper-V create', pt: 'O que KVM, Xen, vSphere e Hyper-V criam' },
        bin: 'vm',
        misconception: 'mc-tg-hypervisor-is-container',
      },
      {
        id: 'k1',
        text: {
          en: 'Still has a place in a cloud, wherever the workload suits it',
          pt: 'Continua tendo lugar na nuvem, onde a carga de trabalho pedir',
        },
        bin: 'both',
        misconception: 'mc-sc-abandon-vms',
      },
    ],
    explanation: {
      en: 'Only a VM can run another operating system such as Windows on Linux, while a Linux distribution like CentOS runs on Ubuntu in either a VM or an LXC container. Each has its own scope, so both keep a place in the cloud.',
      pt: 'Só a VM roda outro sistema operacional, como Windows sobre Linux; já uma distribuição Linux como o CentOS roda sobre Ubuntu tanto numa VM quanto num contêiner LXC. Cada um tem seu escopo, então os dois continuam tendo lugar na nuvem.',
    },
  },
  {
    id: 'sc-short-lxc',
    type: 'short',
    topic: 'scope',
    source: 'S3',
    timeLimitSec: 30,
    misconception: 'mc-sc-all-containers-app-scoped',
    about: { diagramId: 'stacks', regionId: 'st-ct-kernel' },
    prompt: {
      en: 'Which container technology, the one Docker was first built on, is scoped to a whole Linux instance?',
      pt: 'Qual tecnologia de contêiner, aquela sobre a qual o Docker nasceu, tem como escopo uma instância inteira de Linux?',
    },
    accepted: ['LXC', 'Linux Containers', 'Linux Container', 'LXC Linux Containers', 'contêineres Linux', 'contêiner Linux'],
    display: { en: 'LXC (Linux Containers)', pt: 'LXC (Linux Containers)' },
    explanation: {
      en: 'LXC covers a whole Linux instance, of any distribution, while Docker covers a single application. Docker ran on LXC before switching to its own engine, libcontainer.',
      pt: 'O LXC tem como escopo uma instância de Linux, de qualquer distribuição, ao contrário do Docker, cujo escopo é uma aplicação. O Docker rodava sobre o LXC antes de passar para a própria engine, a libcontainer.',
    },
  },
  {
    id: 'sc-order-scope-width',
    type: 'ordering',
    topic: 'scope',
    source: 'S3',
    timeLimitSec: 45,
    misconception: 'mc-sc-container-any-os',
    prompt: {
      en: 'Order from the narrowest scope to the widest.',
      pt: 'Ordene do escopo mais restrito para o mais amplo.',
    },
    options: [
      { id: 'g', text: { en: 'A Docker container', pt: 'Um contêiner Docker' } },
      { id: 'w', text: { en: 'An LXC container', pt: 'Um contêiner LXC' } },
      { id: 'c', text: { en: 'A VM under KVM or Hyper-V', pt: 'Uma VM no KVM ou no Hyper-V' } },
    ],
    explanation: {
      en: 'A Docker container holds one application, an LXC container a whole Linux instance, and a VM any operating system its hypervisor supports.',
      pt: 'O contêiner Docker abriga uma aplicação; o contêiner LXC, uma instância inteira de Linux; e a VM, qualquer sistema operacional que o hypervisor suporte.',
    },
  },
  {
    id: 'sc-multi-lowe-conclusions',
    type: 'multiple',
    topic: 'scope',
    source: 'S3',
    timeLimitSec: 45,
    prompt: {
      en: 'Scott Lowe compares technologies by scope. Which conclusions does he draw? Pick all that apply.',
      pt: 'Scott Lowe compara as tecnologias pelo escopo. A que conclusões ele chega? Marque todas as corretas.',
    },
    options: [
      {
        id: 'a',
        text: { en: 'Cloud builders should drop VMs for containers', pt: 'Quem monta nuvem deve trocar as VMs por contêineres' },
        misconception: 'mc-sc-abandon-vms',
      },
      { id: 'b', text: { en: 'Each technology suits certain workloads', pt: 'Cada tecnologia serve para determinadas cargas de trabalho' } },
      {
        id: 'c',
        text: { en: 'Containers are hype with no real place in the cloud', pt: 'Contêineres são modismo, sem lugar de verdade na nuvem' },
        misconception: 'mc-sc-containers-useless',
      },
      {
        id: 'd',
        text: { en: 'Design for containers alongside VMs, where they fit', pt: 'O certo é planejar contêineres junto com VMs, onde fizerem sentido' },
      },
    ],
    correctOptionIds: ['b', 'd'],
    explanation: {
      en: 'Knowing each scope shows which workloads each technology handles well. Lowe finds containers very useful, but his advice is to use them in addition to VMs, not instead of them.',
      pt: 'Conhecer o escopo de cada um mostra para que cargas cada tecnologia serve. Lowe acha os contêineres muito úteis, mas recomenda usá-los junto com as VMs, e não no lugar delas.',
    },
  },
  {
    id: 'sc-poll-containers-only',
    type: 'poll',
    topic: 'scope',
    source: 'S3',
    timeLimitSec: 20,
    prompt: {
      en: 'A colleague says: "Our new cloud should run containers only, no VMs." What would you answer?',
      pt: 'Um colega diz: “Nossa nova nuvem deve rodar só contêineres, nada de VM.” O que você responderia?',
    },
    options: [
      { id: 'r', text: { en: 'Agree: containers are lighter and faster', pt: 'Concordo: contêineres são mais leves e rápidos' } },
      { id: 't', text: { en: 'Disagree: better stick with VMs only', pt: 'Discordo: melhor ficar só com VMs' } },
      { id: 'n', text: { en: 'Use both, depending on each workload', pt: 'Usaria os dois, conforme cada carga de trabalho' } },
      { id: 'e', text: { en: 'It depends on which operating systems we must run', pt: 'Depende dos sistemas operacionais que precisamos rodar' } },
    ],
    explanation: {
      en: "Discuss what each workload needs: one application, a Linux instance or another operating system altogether. Lowe's scope argument suggests using containers alongside VMs, each where it fits.",
      pt: 'Discuta do que cada carga precisa: uma aplicação, uma instância de Linux ou outro sistema operacional. O argumento de escopo de Lowe sugere usar contêineres junto com VMs, cada um onde fizer sentido.',
    },
  },
];
