import type { LessonCard } from '../types';

/** Lesson cards, topic "scope" (CONTENT.md). */
export const scopeLessons: LessonCard[] = [
  {
    id: 'sc-docker-app',
    topic: 'scope',
    kind: 'lesson',
    title: { en: 'Docker: one application', pt: 'Docker: uma aplicação' },
    body: [
      {
        en: 'In 2014, Scott Lowe proposed a simple way to compare: look at each technology’s scope, that is, what one unit of it is meant to hold.',
        pt: 'Em 2014, Scott Lowe propôs uma comparação simples: olhar o escopo de cada tecnologia, ou seja, o que uma unidade dela foi feita para abrigar.',
      },
      {
        en: 'A Docker container has one job. There is a container for MySQL, another for Nginx, another for Redis, each made for that single application rather than as a general-purpose system.',
        pt: 'Um contêiner Docker tem uma função só. Existe um contêiner para o MySQL, outro para o Nginx, outro para o Redis, cada um feito para aquela aplicação, e não como um sistema de uso geral.',
      },
    ],
    source: 'S3',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-app' },
  },
  {
    id: 'sc-two-services',
    topic: 'scope',
    kind: 'lesson',
    title: { en: 'Two services, two containers', pt: 'Dois serviços, dois contêineres' },
    body: [
      {
        en: 'What about two services? You could put both in one container, usually with a helper such as supervisord, but the usual advice is two separate containers. Containers are light and start quickly, so running several is no burden.',
        pt: 'E se forem dois serviços? Dá para colocar os dois num contêiner só, normalmente com um auxiliar como o supervisord, mas o recomendado é usar dois contêineres separados. Como eles são leves e sobem rápido, rodar vários não pesa.',
      },
      {
        en: 'So Docker’s scope is the application: one container, one app.',
        pt: 'Ou seja: o escopo do Docker é a aplicação. Um contêiner, uma aplicação.',
      },
    ],
    source: 'S3',
    diagram: { diagramId: 'together', regionId: 'tg-web' },
  },
  {
    id: 'sc-lxc-linux',
    topic: 'scope',
    kind: 'lesson',
    title: { en: 'LXC: one Linux instance', pt: 'LXC: uma instância de Linux' },
    body: [
      {
        en: 'Not every container is scoped to an application. LXC, the technology Docker was first built on, is scoped to a whole instance of Linux: a container that behaves like a Linux system.',
        pt: 'Nem todo contêiner tem como escopo uma aplicação. O LXC, tecnologia sobre a qual o Docker nasceu, tem como escopo uma instância inteira de Linux: um contêiner que se comporta como um sistema Linux.',
      },
      {
        en: 'The distribution may differ from the host’s, for example CentOS running in a container on an Ubuntu host. But it is always Linux. Likewise, container technologies built on Windows are limited to a Windows instance.',
        pt: 'Pode até ser uma distribuição diferente da do host, como um contêiner CentOS num host Ubuntu. Mas continua sendo Linux. Do mesmo jeito, as tecnologias de contêiner do Windows têm como escopo uma instância de Windows.',
      },
    ],
    source: 'S3',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-kernel' },
  },
  {
    id: 'sc-vm-any-os',
    topic: 'scope',
    kind: 'lesson',
    title: { en: 'VM: any operating system', pt: 'VM: qualquer sistema operacional' },
    body: [
      {
        en: 'A VM has the widest scope of all: any operating system the hypervisor supports. Full-machine virtualization, in products like KVM, Xen, vSphere and Hyper-V, does not tie you to Linux or to Windows: almost any recent system will run.',
        pt: 'A VM tem o escopo mais amplo de todos: qualquer sistema operacional suportado pelo hypervisor. Com virtualização completa, como KVM, Xen, vSphere ou Hyper-V, você não fica preso ao Linux nem ao Windows; quase qualquer sistema recente roda.',
      },
    ],
    source: 'S3',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-guest-os' },
  },
  {
    id: 'sc-choose-by-workload',
    topic: 'scope',
    kind: 'lesson',
    title: { en: 'Choose by workload', pt: 'Escolha pela carga de trabalho' },
    body: [
      {
        en: 'In 2014, with Docker at the height of its hype, some people said cloud builders should drop VMs for containers. Lowe disagreed, without being against containers.',
        pt: 'Em 2014, com o Docker no auge da empolgação, teve gente defendendo trocar as VMs por contêineres na nuvem. Lowe discordou, sem ser contra os contêineres.',
      },
      {
        en: 'Knowing each scope (an application, a Linux or Windows instance, any OS) tells you which workloads each tool suits. The sensible plan is not to abandon VMs but to use containers alongside them, wherever they fit.',
        pt: 'Saber o escopo de cada um (uma aplicação, uma instância de Linux ou Windows, qualquer sistema) mostra para que tipo de carga cada ferramenta serve. O caminho sensato não é abandonar as VMs, e sim usar contêineres junto com elas, onde fizer sentido.',
      },
    ],
    source: 'S3',
    diagram: { diagramId: 'together', regionId: 'tg-vm' },
  },
];
