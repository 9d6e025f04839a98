import type { LessonCard } from '../types';

/** Lesson cards, topic "containers" (CONTENT.md). */
export const containersLessons: LessonCard[] = [
  {
    id: 'ct-process',
    topic: 'containers',
    kind: 'lesson',
    title: { en: 'A container is a process', pt: 'Contêiner é um processo' },
    body: [
      {
        en: 'Forget the idea of a tiny computer. What actually runs is an ordinary process on the host, and the kernel under it is the very same one all the neighbouring containers use.',
        pt: 'Esqueça a ideia de um computador em miniatura. O que roda de fato é um processo comum no host, e o kernel por baixo dele é exatamente o mesmo que os contêineres vizinhos usam.',
      },
      {
        en: 'From the inside, though, the process sees what looks like an operating system all to itself: its own files, its own network, its own processes. The kernel keeps up that impression for every container.',
        pt: 'Só que, de dentro, esse processo enxerga o que parece ser um sistema operacional exclusivo: arquivos próprios, rede própria, processos próprios. É o kernel que sustenta essa impressão para cada contêiner.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-container' },
  },
  {
    id: 'ct-namespaces-cgroups',
    topic: 'containers',
    kind: 'lesson',
    title: { en: 'Namespaces and cgroups', pt: 'Namespaces e cgroups' },
    body: [
      {
        en: 'Two kernel features make the isolation work. Namespaces decide what a container can see: its own view of memory, processing, disk and network, separate from its neighbours.',
        pt: 'Dois recursos do kernel fazem o isolamento funcionar. Os namespaces definem o que o contêiner enxerga: uma visão própria de memória, processamento, disco e rede, separada da dos vizinhos.',
      },
      {
        en: 'Cgroups decide how much a container can use: they put limits on the host’s resources, so one container cannot take everything. In short, namespaces are about seeing, cgroups are about using.',
        pt: 'Os cgroups definem quanto o contêiner pode usar: impõem limites aos recursos do host, para que um contêiner não consuma tudo sozinho. Resumindo: namespaces cuidam do que se vê; cgroups, do quanto se usa.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-kernel' },
  },
  {
    id: 'ct-history',
    topic: 'containers',
    kind: 'lesson',
    title: { en: 'Containers are not new', pt: 'Contêiner não é novidade' },
    body: [
      {
        en: 'chroot, from 1982, already offered a simple form of operating-system-level virtualization. LXC arrived in 2008, running isolated Linux environments in a way that anticipated Docker.',
        pt: 'O chroot, de 1982, já oferecia uma forma simples de virtualização no nível do sistema operacional. Em 2008 veio o LXC, que rodava ambientes Linux isolados de um jeito que antecipava o Docker.',
      },
      {
        en: 'Docker itself started out on top of LXC, then moved to its own engine, libcontainer, to work with the kernel’s namespaces and cgroups.',
        pt: 'O próprio Docker começou rodando sobre o LXC e depois passou a usar um motor próprio, o libcontainer, para lidar com os namespaces e cgroups do kernel.',
      },
      {
        en: 'What Docker changed was how easy it all became. Setting up and maintaining LXC took real technical know-how; with Docker you install one program, download images and run them.',
        pt: 'O que o Docker mudou foi a facilidade. Configurar e manter o LXC exigia bom conhecimento técnico; com o Docker, basta instalar um programa, baixar imagens e colocá-las para rodar.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-engine' },
  },
  {
    id: 'ct-not-light-vm',
    topic: 'containers',
    kind: 'lesson',
    title: { en: 'Myth: a container is a lightweight VM', pt: 'Mito: contêiner é uma VM mais leve' },
    body: [
      {
        en: '“So a container is just a small VM, right?” It is a common answer, and a wrong one: the two work in completely different ways.',
        pt: '“Então contêiner é só uma VM pequena, né?” A resposta é comum, mas está errada: os dois funcionam de maneiras completamente diferentes.',
      },
      {
        en: 'A VM imitates a whole computer, so a complete guest system runs inside it: Windows on a Linux host, or Linux on a Windows one. A container imitates nothing. It is a process sharing the host’s kernel, so it can only run what that kernel can run.',
        pt: 'A VM imita um computador inteiro, e dentro dela roda um sistema convidado completo: Windows num host Linux, ou Linux num host Windows. O contêiner não imita nada. É um processo que compartilha o kernel do host e, por isso, só roda o que esse kernel consegue rodar.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-guest-os' },
  },
  {
    id: 'ct-pros-cons',
    topic: 'containers',
    kind: 'lesson',
    title: { en: 'Containers: strengths and costs', pt: 'Contêineres: vantagens e desvantagens' },
    body: [
      {
        en: 'Strengths: a container is lighter than a VM, starts fast and adds little overhead while the application runs. It behaves the same wherever it runs, so “but it works on my machine” stops being an excuse.',
        pt: 'Vantagens: o contêiner é mais leve que uma VM, inicia rápido e quase não pesa enquanto a aplicação roda. Ele se comporta igual em qualquer lugar, então o famoso “na minha máquina funciona” deixa de ser desculpa.',
      },
      {
        en: 'Updating is simple: deploy the new version of the container, start it, and retire the old one. Dependency problems are solved when the container is built, not discovered during deployment.',
        pt: 'Atualizar fica simples: você publica a nova versão do contêiner, coloca para rodar e aposenta a antiga. Os problemas de dependência são resolvidos na construção do contêiner, e não descobertos na hora da implantação.',
      },
      {
        en: 'Costs: there is no whole guest operating system. Linux containers need a Linux host; on Windows and Mac, Docker runs a Linux VM to hold them. Many containers are hard to keep track of, and without know-how they bring security risks.',
        pt: 'Desvantagens: não existe um sistema convidado completo. Contêineres Linux precisam de um host Linux; no Windows e no Mac, o Docker roda uma VM Linux para abrigá-los. Muitos contêineres dão trabalho para gerenciar e, sem conhecimento, trazem riscos de segurança.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-container' },
  },
  {
    id: 'ct-uses',
    topic: 'containers',
    kind: 'lesson',
    title: { en: 'Where containers shine', pt: 'Onde os contêineres brilham' },
    body: [
      {
        en: 'Microservices are a natural fit: one service per container, each talking to the others through APIs and looked after by its own small team.',
        pt: 'Microsserviços combinam muito bem com contêineres: um serviço por contêiner, cada um conversando com os outros por APIs e cuidado por um time pequeno.',
      },
      {
        en: 'Testing is another: developers run unit tests in containers on their own computers, and test teams use containers to make system, performance and scalability test environments simpler to set up.',
        pt: 'Testes são outro uso forte: quem desenvolve roda testes unitários em contêineres no próprio computador, e as equipes de teste usam contêineres para montar com menos esforço ambientes de teste de sistema, desempenho e escalabilidade.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-app' },
  },
];
