import type { Question } from '../../quiz/types';

/** Question bank, topic "virtualization-kinds" (CONTENT.md). */
export const virtualizationKindsQuestions: Question[] = [
  {
    id: 'vk-match-kinds',
    type: 'matching',
    topic: 'virtualization-kinds',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Match each term to its description.',
      pt: 'Associe cada termo à sua descrição.',
    },
    pairs: [
      {
        left: {
          id: 'p',
          text: { en: 'Full virtualization', pt: 'Virtualização completa' },
          misconception: 'mc-vm-shares-host-kernel',
        },
        right: {
          id: 'f',
          text: {
            en: 'A hypervisor simulates enough hardware to run a whole guest OS',
            pt: 'Um hypervisor simula hardware suficiente para rodar um sistema convidado inteiro',
          },
        },
      },
      {
        left: {
          id: 'k',
          text: { en: 'Operating-system virtualization', pt: 'Virtualização no nível do sistema operacional' },
          misconception: 'mc-vk-container-hypervisor',
        },
        right: {
          id: 'x',
          text: {
            en: "The host OS's own features create isolated environments on one kernel",
            pt: 'Recursos do próprio sistema do host criam ambientes isolados sobre um único kernel',
          },
        },
      },
      {
        left: {
          id: 'w',
          text: { en: 'Guest operating system', pt: 'Sistema operacional convidado' },
          misconception: 'mc-vm-guest-real-hardware',
        },
        right: {
          id: 'b',
          text: {
            en: 'The complete OS a VM runs on its virtual hardware',
            pt: 'O sistema completo que a VM roda sobre o seu hardware virtual',
          },
        },
      },
      {
        left: {
          id: 'n',
          text: { en: 'Container', pt: 'Contêiner' },
          misconception: 'mc-ct-lightweight-vm',
        },
        right: {
          id: 'j',
          text: {
            en: 'An isolated process that sees what looks like its own OS',
            pt: 'Um processo isolado que enxerga o que parece ser um sistema só seu',
          },
        },
      },
    ],
    explanation: {
      en: "Full virtualization has a hypervisor simulate hardware so each VM can run a complete guest OS. Operating-system virtualization uses the host's own kernel to isolate processes, the containers, which each believe they have a dedicated OS.",
      pt: 'Na virtualização completa, o hypervisor simula hardware para que cada VM rode um sistema convidado completo. Na virtualização do sistema operacional, o próprio kernel do host isola processos, os contêineres, e cada um acredita ter um sistema dedicado.',
    },
  },
  {
    id: 'vk-sort-kinds',
    type: 'sorting',
    topic: 'virtualization-kinds',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Full virtualization (VM) or OS virtualization (container)? Sort each statement; some fit both.',
      pt: 'Virtualização completa (VM) ou do sistema operacional (contêiner)? Classifique; algumas valem para as duas.',
    },
    items: [
      {
        id: 'n',
        bin: 'vm',
        text: { en: 'A hypervisor simulates the hardware', pt: 'Um hypervisor simula o hardware' },
        misconception: 'mc-vk-container-hypervisor',
      },
      {
        id: 'c',
        bin: 'both',
        text: { en: 'Is a way of virtualizing', pt: 'É uma forma de virtualização' },
        misconception: 'mc-vk-containers-not-virtualization',
      },
      {
        id: 'p',
        bin: 'container',
        text: { en: 'The isolated environments share one kernel', pt: 'Os ambientes isolados compartilham um único kernel' },
        misconception: 'mc-vm-shares-host-kernel',
      },
      {
        id: 'w',
        bin: 'vm',
        text: { en: 'Runs a whole copy of a guest OS', pt: 'Roda uma cópia inteira de um sistema convidado' },
        misconception: 'mc-ct-lightweight-vm',
      },
      {
        id: 'h',
        bin: 'container',
        text: {
          en: "Uses features of the host's own OS to isolate environments",
          pt: 'Usa recursos do próprio sistema do host para isolar os ambientes',
        },
        misconception: 'mc-vm-shares-host-kernel',
      },
    ],
    explanation: {
      en: "Both are virtualization. Full virtualization has a hypervisor simulate hardware for a whole guest OS; OS virtualization uses the host's own OS to isolate environments that share its kernel.",
      pt: 'As duas são virtualização. Na completa, o hypervisor simula hardware para um sistema convidado inteiro; na do sistema operacional, o próprio sistema do host isola ambientes que compartilham o seu kernel.',
    },
  },
  {
    id: 'vk-shared-kernel',
    type: 'short',
    topic: 'virtualization-kinds',
    source: 'S2',
    timeLimitSec: 30,
    about: { diagramId: 'stacks', regionId: 'st-ct-kernel' },
    misconception: 'mc-ct-own-kernel',
    prompt: {
      en: "Containers share one part of the host's OS instead of each bringing their own. Which part? (one word)",
      pt: 'Os contêineres compartilham uma parte do sistema do host, em vez de cada um trazer a sua. Qual? (uma palavra)',
    },
    accepted: [
      'kernel',
      'núcleo',
      'the kernel',
      'o kernel',
      'o núcleo',
      'host kernel',
      "the host's kernel",
      'kernel do host',
      'shared kernel',
      'kernel compartilhado',
      'linux kernel',
      'kernel linux',
      'kernel do linux',
    ],
    display: {
      en: "The kernel (the host's)",
      pt: 'O kernel (do host)',
    },
    explanation: {
      en: "In operating-system virtualization every container runs on the host's one kernel, isolated by that kernel's own features. A VM, by contrast, boots a kernel of its own inside its guest OS.",
      pt: 'Na virtualização do sistema operacional, todos os contêineres rodam sobre o único kernel do host, isolados por recursos desse mesmo kernel. A VM, ao contrário, sobe um kernel próprio dentro do seu sistema convidado.',
    },
  },
  {
    id: 'vk-hypervisor-software',
    type: 'truefalse',
    topic: 'virtualization-kinds',
    source: 'S2',
    timeLimitSec: 20,
    misconception: 'mc-vk-hypervisor-hardware-only',
    prompt: {
      en: "A hypervisor must be a physical piece of hardware; software alone can't create VMs.",
      pt: 'O hypervisor precisa ser uma peça física de hardware; só com software não dá para criar VMs.',
    },
    correct: false,
    explanation: {
      en: 'False: a hypervisor can be software, firmware or hardware, and full virtualization can simulate the hardware purely in software or with help from the hardware.',
      pt: 'Falso: o hypervisor pode ser software, firmware ou hardware, e a virtualização completa pode simular o hardware só por software ou com a ajuda do próprio hardware.',
    },
  },
  {
    id: 'vk-both-virtualize',
    type: 'truefalse',
    topic: 'virtualization-kinds',
    source: 'S1',
    timeLimitSec: 20,
    misconception: 'mc-vk-containers-not-virtualization',
    prompt: {
      en: 'VMs and containers are both ways of virtualizing; they just work at different layers.',
      pt: 'VMs e contêineres são, os dois, formas de virtualização; só atuam em camadas diferentes.',
    },
    correct: true,
    explanation: {
      en: 'True: a VM virtualizes at the machine level, giving a whole OS virtual hardware, while a container virtualizes at the OS level, isolating processes on a shared kernel. That is why they are not necessarily rivals.',
      pt: 'Verdadeiro: a VM virtualiza no nível da máquina, entregando hardware virtual a um sistema inteiro, e o contêiner virtualiza no nível do sistema operacional, isolando processos sobre um kernel compartilhado. Por isso eles não são, necessariamente, concorrentes.',
    },
  },
  {
    id: 'vk-guest-hotspot',
    type: 'hotspot',
    topic: 'virtualization-kinds',
    source: 'S2',
    timeLimitSec: 30,
    prompt: {
      en: 'Full virtualization runs a whole copy of an operating system inside each VM. Click it.',
      pt: 'A virtualização completa roda uma cópia inteira de um sistema operacional dentro de cada VM. Clique nela.',
    },
    diagramId: 'stacks',
    correctRegionIds: ['st-vm-guest-os'],
    regionMisconceptions: {
      'st-ct-host-os': 'mc-vm-shares-host-kernel',
      'st-ct-kernel': 'mc-vm-shares-host-kernel',
      'st-ct-container': 'mc-ct-lightweight-vm',
      'st-vm-hypervisor': 'mc-vm-guest-os-in-charge',
    },
    explanation: {
      en: "In full virtualization each VM boots its own complete guest operating system on the hardware the hypervisor simulates. On the container side there is only the host's OS and its one shared kernel.",
      pt: 'Na virtualização completa, cada VM sobe seu próprio sistema operacional convidado completo, sobre o hardware que o hypervisor simula. Do lado dos contêineres, só existe o sistema do host e seu único kernel compartilhado.',
    },
  },
  {
    id: 'vk-hypervisor-role',
    type: 'single',
    topic: 'virtualization-kinds',
    source: 'S2',
    timeLimitSec: 30,
    about: { diagramId: 'stacks', regionId: 'st-vm-hypervisor' },
    prompt: {
      en: 'In full virtualization, what does the hypervisor do?',
      pt: 'Na virtualização completa, qual é o papel do hypervisor?',
    },
    options: [
      {
        id: 'm',
        text: { en: "Gives each app a namespace on the host's kernel", pt: 'Dá a cada aplicação um namespace no kernel do host' },
        misconception: 'mc-vm-shares-host-kernel',
      },
      {
        id: 't',
        text: { en: 'Lets apps run in the VM with no operating system at all', pt: 'Permite rodar aplicações na VM sem sistema operacional nenhum' },
        misconception: 'mc-vk-no-guest-os',
      },
      {
        id: 'r',
        text: {
          en: 'Simulates enough hardware to run a whole guest OS',
          pt: 'Simula hardware suficiente para rodar um sistema convidado inteiro',
        },
      },
    ],
    correctOptionId: 'r',
    explanation: {
      en: 'The hypervisor simulates, in software or with hardware assistance, enough hardware for a full copy of a guest operating system to run. Namespaces on a shared kernel belong to the other kind, OS virtualization.',
      pt: 'O hypervisor simula, por software ou com assistência do hardware, hardware suficiente para rodar uma cópia completa de um sistema convidado. Namespaces sobre um kernel compartilhado são coisa do outro tipo, a virtualização do sistema operacional.',
    },
  },
];
