import type { Misconception } from '../types';

/** Misconceptions of topic "virtualization-kinds" that wrong answers can reveal. */
export const virtualizationKindsMisconceptions: Misconception[] = [
  {
    id: 'mc-vk-containers-not-virtualization',
    topic: 'virtualization-kinds',
    source: 'S1',
    statement: {
      en: "Containers aren't virtualization at all; only VMs are.",
      pt: 'Contêiner não é virtualização; só VM é.',
    },
    correction: {
      en: 'Both are ways to virtualize, at different layers: a VM virtualizes the machine (full virtualization), a container virtualizes the operating system (OS-level virtualization).',
      pt: 'Os dois são formas de virtualizar, só que em camadas diferentes: a VM virtualiza a máquina (virtualização completa) e o contêiner virtualiza o sistema operacional (virtualização no nível do SO).',
    },
  },
  {
    id: 'mc-vk-container-hypervisor',
    topic: 'virtualization-kinds',
    source: 'S2',
    statement: {
      en: 'Containers run on a hypervisor that simulates hardware for them, just like VMs; the container engine is that hypervisor.',
      pt: 'Os contêineres rodam sobre um hypervisor que simula hardware para eles, como as VMs; a engine de contêineres é esse hypervisor.',
    },
    correction: {
      en: "OS-level virtualization simulates no hardware: containers are processes isolated by features of the host's own kernel (namespaces and cgroups). Only full virtualization has a hypervisor simulating hardware.",
      pt: 'A virtualização no nível do SO não simula hardware nenhum: contêineres são processos isolados por recursos do próprio kernel do host (namespaces e cgroups). Só a virtualização completa tem um hypervisor simulando hardware.',
    },
  },
  {
    id: 'mc-vk-hypervisor-hardware-only',
    topic: 'virtualization-kinds',
    source: 'S2',
    statement: {
      en: 'A hypervisor has to be a piece of hardware; software alone cannot create VMs.',
      pt: 'O hypervisor tem que ser uma peça de hardware; só com software não dá para criar VMs.',
    },
    correction: {
      en: 'A hypervisor can be software, firmware or hardware, and full virtualization can simulate the hardware in software or with help from the hardware.',
      pt: 'O hypervisor pode ser software, firmware ou hardware, e a virtualização completa pode simular o hardware por software ou com ajuda do próprio hardware.',
    },
  },
  {
    id: 'mc-vk-no-guest-os',
    topic: 'virtualization-kinds',
    source: 'S2',
    statement: {
      en: 'In full virtualization, applications run in the VM without any operating system of their own.',
      pt: 'Na virtualização completa, as aplicações rodam na VM sem sistema operacional nenhum.',
    },
    correction: {
      en: 'Full virtualization simulates enough hardware to run a whole copy of a guest operating system, and the applications run on that guest.',
      pt: 'A virtualização completa simula hardware suficiente para rodar uma cópia inteira de um sistema operacional convidado, e as aplicações rodam sobre ele.',
    },
  },
];
