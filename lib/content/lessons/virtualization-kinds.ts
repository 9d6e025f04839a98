import type { LessonCard } from '../types';

/** Lesson cards, topic "virtualization-kinds" (CONTENT.md). */
export const virtualizationKindsLessons: LessonCard[] = [
  {
    id: 'vk-full',
    topic: 'virtualization-kinds',
    kind: 'lesson',
    title: { en: 'Full virtualization', pt: 'Virtualização completa' },
    body: [
      {
        en: 'There are two main ways to virtualize. The first is full virtualization: the hypervisor imitates enough hardware, in software or with help from the hardware itself, for a complete guest operating system to run on it.',
        pt: 'Existem duas formas principais de virtualizar. A primeira é a virtualização completa: o hypervisor imita hardware suficiente, por software ou com ajuda do próprio hardware, para que um sistema operacional convidado inteiro rode em cima dele.',
      },
      {
        en: 'This is how virtual machines work. Each guest believes it has a computer of its own, so a Windows guest can run on a Linux host, or the other way around.',
        pt: 'É assim que funcionam as máquinas virtuais. Cada sistema convidado acredita ter um computador só para ele e, por isso, dá para rodar um Windows num host Linux, ou o contrário.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-hypervisor' },
  },
  {
    id: 'vk-os-level',
    topic: 'virtualization-kinds',
    kind: 'lesson',
    title: { en: 'Operating-system virtualization', pt: 'Virtualização de sistema operacional' },
    body: [
      {
        en: 'The second way is operating-system virtualization. Nothing pretends to be hardware here: the operating system itself uses its own features to carve out isolated environments, called containers.',
        pt: 'A segunda forma é a virtualização de sistema operacional. Aqui ninguém finge ser hardware: o próprio sistema operacional usa recursos internos para criar ambientes isolados, os contêineres.',
      },
      {
        en: 'All those containers run on one and the same kernel, the host’s. That is the key difference from a VM, which brings a whole operating system of its own.',
        pt: 'Todos esses contêineres rodam sobre um único kernel, o do host. Essa é a grande diferença em relação à VM, que carrega um sistema operacional inteiro só dela.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-kernel' },
  },
  {
    id: 'vk-layers',
    topic: 'virtualization-kinds',
    kind: 'lesson',
    title: { en: 'Same goal, different layers', pt: 'Mesmo objetivo, camadas diferentes' },
    body: [
      {
        en: 'Both approaches are virtualization; they just work at different layers. A VM virtualizes the machine, so its system sees a whole computer. A container virtualizes the operating system: it sees what looks like a system of its own, not the whole machine.',
        pt: 'As duas abordagens são virtualização; o que muda é a camada em que atuam. A VM virtualiza a máquina, então o sistema dentro dela enxerga um computador inteiro. O contêiner virtualiza o sistema operacional: enxerga algo que parece um sistema só seu, mas não a máquina toda.',
      },
      {
        en: 'Because they sit at different layers, they are not necessarily rivals. Later you will see them stacked together: containers running inside VMs.',
        pt: 'Como ficam em camadas diferentes, não são necessariamente concorrentes. Mais adiante você vai ver os dois empilhados: contêineres rodando dentro de VMs.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'stacks', regionId: 'st-ct-host-os' },
  },
];
