import type { Misconception } from '../types';

/** Misconceptions of topic "scope" that wrong answers can reveal. */
export const scopeMisconceptions: Misconception[] = [
  {
    id: 'mc-sc-docker-general-purpose',
    topic: 'scope',
    source: 'S3',
    statement: {
      en: 'A Docker container is a general-purpose machine you fill with whatever software you need.',
      pt: 'Um contêiner Docker é uma máquina de uso geral, onde você coloca qualquer software de que precisar.',
    },
    correction: {
      en: "Each Docker container is built for one specific application, such as MySQL, Nginx or Redis; nobody starts one as an all-purpose system. That broader scope belongs to LXC or to a VM.",
      pt: 'Cada contêiner Docker é feito para uma aplicação específica, como MySQL, Nginx ou Redis. Não se cria contêiner Docker de uso geral; esse escopo mais amplo é do LXC ou da VM.',
    },
  },
  {
    id: 'mc-sc-one-container-many-services',
    topic: 'scope',
    source: 'S3',
    statement: {
      en: 'The best way to run two services with Docker is to put both in one container.',
      pt: 'O melhor jeito de rodar dois serviços com Docker é colocar os dois num contêiner só.',
    },
    correction: {
      en: 'It can be done, usually with a helper such as supervisord, but the recommendation is one container per service. Containers start quickly and cost little, so running two is no burden.',
      pt: 'Até dá, normalmente com um auxiliar como o supervisord, mas o recomendado é um contêiner por serviço. Contêineres sobem rápido e custam pouco, então rodar dois não pesa.',
    },
  },
  {
    id: 'mc-sc-all-containers-app-scoped',
    topic: 'scope',
    source: 'S3',
    statement: {
      en: 'Every container technology is scoped to a single application, just like Docker.',
      pt: 'Toda tecnologia de contêiner tem como escopo uma única aplicação, igual ao Docker.',
    },
    correction: {
      en: 'Scope varies from one container technology to another. LXC is scoped to a whole Linux instance and Windows container technologies to a Windows instance; Docker is the one that narrows it down to an application.',
      pt: 'O escopo muda de uma tecnologia de contêiner para outra. O LXC abrange uma instância inteira de Linux, e as tecnologias de contêiner do Windows, uma instância de Windows; é o Docker que restringe o escopo a uma aplicação.',
    },
  },
  {
    id: 'mc-sc-same-distro',
    topic: 'scope',
    source: 'S3',
    statement: {
      en: 'A Linux container must run the same distribution as its host.',
      pt: 'Um contêiner Linux precisa ser da mesma distribuição que o host.',
    },
    correction: {
      en: 'The distribution may differ: CentOS can run in a container on an Ubuntu host, because both use the Linux kernel. What has to match is the kind of operating system, not the distribution.',
      pt: 'A distribuição pode ser outra: um contêiner CentOS num host Ubuntu funciona, porque os dois usam o kernel Linux. O que precisa bater é o tipo de sistema operacional, não a distribuição.',
    },
  },
  {
    id: 'mc-sc-container-any-os',
    topic: 'scope',
    source: 'S3',
    statement: {
      en: "A container's scope is as wide as a VM's: it can hold any operating system.",
      pt: 'O escopo de um contêiner é tão amplo quanto o de uma VM: ele abriga qualquer sistema operacional.',
    },
    correction: {
      en: "A container is tied to its host's operating system: Linux containers hold Linux, Windows containers hold Windows. Only full-machine virtualization, with KVM, Xen, vSphere or Hyper-V, runs pretty much any recent OS.",
      pt: 'O contêiner fica preso ao sistema operacional do host: contêiner Linux abriga Linux, contêiner Windows abriga Windows. Só a virtualização completa, com KVM, Xen, vSphere ou Hyper-V, roda praticamente qualquer sistema recente.',
    },
  },
  {
    id: 'mc-sc-vm-narrow',
    topic: 'scope',
    source: 'S3',
    statement: {
      en: 'A VM is limited to one family of operating systems, such as only Linux or only Windows.',
      pt: 'Uma VM fica limitada a uma família de sistemas operacionais: só Linux ou só Windows.',
    },
    correction: {
      en: 'A VM has the widest scope of all: any operating system its hypervisor supports. With KVM, Xen, vSphere or Hyper-V, Linux, Windows and most other recent systems can run side by side.',
      pt: 'A VM tem o escopo mais amplo de todos: qualquer sistema operacional que o hypervisor suporte. Com KVM, Xen, vSphere ou Hyper-V, dá para rodar Linux, Windows e a maioria dos sistemas recentes lado a lado.',
    },
  },
  {
    id: 'mc-sc-abandon-vms',
    topic: 'scope',
    source: 'S3',
    statement: {
      en: 'Containers make VMs obsolete, so cloud builders should drop VMs altogether.',
      pt: 'Os contêineres deixaram as VMs obsoletas, então quem monta nuvem deve abandonar as VMs.',
    },
    correction: {
      en: 'Each technology has its own scope and suits its own workloads. The sensible plan is to use containers in addition to VMs, each where it fits.',
      pt: 'Cada tecnologia tem seu escopo e serve a determinadas cargas de trabalho. O caminho sensato é usar contêineres junto com as VMs, cada um onde fizer sentido.',
    },
  },
  {
    id: 'mc-sc-containers-useless',
    topic: 'scope',
    source: 'S3',
    statement: {
      en: 'Containers are just hype, with no real use in a cloud already built on VMs.',
      pt: 'Contêiner é só modismo, sem uso real numa nuvem que já tem VMs.',
    },
    correction: {
      en: "Even while questioning the Docker hype, Lowe calls containers very useful tools for cloud architects. His point is only that they don't replace VMs everywhere.",
      pt: 'Mesmo questionando a empolgação com o Docker, Lowe considera os contêineres ferramentas muito úteis para quem projeta nuvens. Ele só ressalta que eles não substituem as VMs em todo lugar.',
    },
  },
];
