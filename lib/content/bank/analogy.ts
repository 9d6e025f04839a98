import type { Question } from '../../quiz/types';

/** Question bank, topic "analogy" (CONTENT.md). */
export const analogyQuestions: Question[] = [
  {
    id: 'an-click-foundation',
    type: 'hotspot',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 30,
    prompt: {
      en: "Click what every apartment in the building rests on: the part that stands for the host's kernel.",
      pt: 'Clique naquilo em que todos os apartamentos do prédio se apoiam: a parte que representa o kernel do host.',
    },
    diagramId: 'house-apartment',
    correctRegionIds: ['ha-building-foundation'],
    regionMisconceptions: {
      'ha-apartment-studio': 'mc-an-apartment-own-infra',
      'ha-apartment-penthouse': 'mc-an-apartment-own-infra',
      'ha-house': 'mc-an-house-is-container',
      'ha-house-plumbing': 'mc-an-house-is-container',
    },
    explanation: {
      en: "The foundation is the host's kernel: every container runs on it, so every container has to suit it. That is why a Windows apartment can't go into a Linux building.",
      pt: 'O alicerce é o kernel do host: todos os contêineres rodam sobre ele e, por isso, precisam ser compatíveis com ele. É por isso que um apartamento Windows não cabe num prédio Linux.',
    },
  },
  {
    id: 'an-click-rooms',
    type: 'hotspot',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 30,
    prompt: {
      en: 'Click the part of the house that shows why even the smallest VM may give you more than you need.',
      pt: 'Clique na parte da casa que mostra por que até a menor VM pode trazer mais do que você precisa.',
    },
    diagramId: 'house-apartment',
    correctRegionIds: ['ha-house-rooms'],
    regionMisconceptions: {
      'ha-apartment-studio': 'mc-an-house-is-container',
      'ha-apartment-penthouse': 'mc-an-house-is-container',
    },
    explanation: {
      en: 'A house has at least a bedroom, a living area, a bathroom and a kitchen; nobody builds a studio house. Likewise every VM carries a complete operating system, whether the app needs all of it or not.',
      pt: 'Toda casa tem no mínimo quarto, sala, banheiro e cozinha; ninguém constrói casa quitinete. Do mesmo jeito, toda VM carrega um sistema operacional completo, precise a aplicação dele inteiro ou não.',
    },
  },
  {
    id: 'an-label-building',
    type: 'labelling',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Label the marked parts of the apartment building with what they stand for on a Docker host.',
      pt: 'Identifique o que cada parte marcada do prédio representa num host Docker.',
    },
    diagramId: 'house-apartment',
    slots: [
      { regionId: 'ha-building-foundation', labelId: 'k9' },
      { regionId: 'ha-apartment-door', labelId: 'd3' },
      { regionId: 'ha-apartment-studio', labelId: 's6' },
    ],
    labels: [
      { id: 'k9', text: { en: 'Shared kernel', pt: 'Kernel compartilhado' } },
      { id: 'd3', text: { en: 'Namespaces', pt: 'Namespaces' } },
      { id: 's6', text: { en: 'cgroups limits', pt: 'Limites dos cgroups' } },
      { id: 'y2', text: { en: 'Hypervisor', pt: 'Hypervisor' }, misconception: 'mc-an-building-hypervisor' },
      { id: 'b7', text: { en: 'Guest operating system', pt: 'Sistema operacional convidado' }, misconception: 'mc-an-apartment-own-infra' },
    ],
    explanation: {
      en: "Every container rests on the host's shared kernel; namespaces lock each one's door so it can't see the others, and cgroups set its size, from studio to penthouse.",
      pt: 'Todo contêiner se apoia no kernel compartilhado do host; os namespaces trancam a porta de cada um, para que não enxergue os outros, e os cgroups definem o tamanho, da quitinete à cobertura.',
    },
  },
  {
    id: 'an-label-house',
    type: 'labelling',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Label the marked parts of the picture with what they stand for in computing.',
      pt: 'Identifique o que cada parte marcada da imagem representa na computação.',
    },
    diagramId: 'house-apartment',
    slots: [
      { regionId: 'ha-house', labelId: 'a5' },
      { regionId: 'ha-house-plumbing', labelId: 'o1' },
      { regionId: 'ha-house-door', labelId: 'i4' },
      { regionId: 'ha-building', labelId: 'g8' },
    ],
    labels: [
      { id: 'a5', text: { en: 'A virtual machine', pt: 'Uma máquina virtual' } },
      { id: 'o1', text: { en: "The VM's own operating system", pt: 'O sistema operacional próprio da VM' } },
      { id: 'i4', text: { en: 'Isolation from unwanted guests', pt: 'Isolamento contra visitas indesejadas' } },
      { id: 'g8', text: { en: 'A Docker host', pt: 'Um host Docker' } },
      { id: 'n6', text: { en: 'A single container', pt: 'Um único contêiner' }, misconception: 'mc-an-building-is-container' },
      { id: 'w9', text: { en: "The host's shared kernel", pt: 'O kernel compartilhado do host' }, misconception: 'mc-an-house-shares-infra' },
    ],
    explanation: {
      en: 'The house is a VM: self-contained, locked against unwanted guests, with its own infrastructure, that is, its own complete operating system. The apartment building is the Docker host, and its apartments are the containers.',
      pt: 'A casa é a VM: independente, trancada contra visitas indesejadas e com infraestrutura própria, ou seja, seu próprio sistema operacional completo. O prédio é o host Docker, e os apartamentos dele são os contêineres.',
    },
  },
  {
    id: 'an-match-roles',
    type: 'matching',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: "Match each part of Mike Coleman's analogy with what it stands for.",
      pt: 'Associe cada elemento da analogia de Mike Coleman ao que ele representa.',
    },
    pairs: [
      {
        left: { id: 'e2', text: { en: 'A house', pt: 'Uma casa' }, misconception: 'mc-an-house-is-container' },
        right: { id: 'r8', text: { en: 'A virtual machine', pt: 'Uma máquina virtual' } },
      },
      {
        left: { id: 'j5', text: { en: 'An apartment', pt: 'Um apartamento' }, misconception: 'mc-an-house-is-container' },
        right: { id: 'u1', text: { en: 'A container', pt: 'Um contêiner' } },
      },
      {
        left: { id: 'p9', text: { en: 'The apartment building', pt: 'O prédio de apartamentos' }, misconception: 'mc-an-building-is-container' },
        right: { id: 'm3', text: { en: 'The Docker host', pt: 'O host Docker' } },
      },
      {
        left: {
          id: 'c4',
          text: { en: "The building's shared plumbing, heating and wiring", pt: 'O encanamento, o aquecimento e a parte elétrica comuns do prédio' },
          misconception: 'mc-an-apartment-own-infra',
        },
        right: { id: 'z6', text: { en: 'The host and its shared kernel', pt: 'O host e o seu kernel compartilhado' } },
      },
    ],
    explanation: {
      en: 'Houses are VMs and apartments are containers, while the building is the Docker host. Its shared plumbing, heating and wiring stand for the host and the kernel every container uses.',
      pt: 'As casas são as VMs e os apartamentos, os contêineres; o prédio é o host Docker. O encanamento, o aquecimento e a parte elétrica comuns representam o host e o kernel que todo contêiner usa.',
    },
  },
  {
    id: 'an-order-sizes',
    type: 'ordering',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 45,
    misconception: 'mc-an-one-size',
    about: { diagramId: 'house-apartment', regionId: 'ha-apartment-penthouse' },
    prompt: {
      en: "Apartment sizes work like containers' cgroups limits. Order these from the fewest resources to the most.",
      pt: 'O tamanho do apartamento funciona como os limites de cgroups dos contêineres. Ordene do que tem menos recursos ao que tem mais.',
    },
    options: [
      { id: 'v', text: { en: 'Studio', pt: 'Quitinete' } },
      { id: 'b', text: { en: 'One-bedroom apartment', pt: 'Apartamento de um quarto' } },
      { id: 'q', text: { en: 'Three-bedroom apartment', pt: 'Apartamento de três quartos' } },
      { id: 'h', text: { en: 'Multi-bedroom penthouse', pt: 'Cobertura com vários quartos' } },
    ],
    explanation: {
      en: 'From studio to penthouse, you rent just the space you need. Cgroups do the same for containers, capping the processor, memory and other resources each one may use.',
      pt: 'Da quitinete à cobertura, você aluga só o espaço de que precisa. Os cgroups fazem o mesmo com os contêineres, limitando o processador, a memória e os outros recursos que cada um pode usar.',
    },
  },
  {
    id: 'an-tf-windows-apartment',
    type: 'truefalse',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 20,
    misconception: 'mc-an-windows-apartment',
    about: { diagramId: 'house-apartment', regionId: 'ha-building-foundation' },
    prompt: {
      en: 'In the analogy, a Windows apartment can move into a Linux apartment building.',
      pt: 'Na analogia, um apartamento Windows pode se mudar para um prédio Linux.',
    },
    correct: false,
    explanation: {
      en: "False: every apartment rests on the building's one foundation, the host's kernel, so a Linux host only takes Linux containers. To run Windows on a Linux host you need a house, that is, a VM.",
      pt: 'Falso: todo apartamento se apoia no único alicerce do prédio, o kernel do host, então um host Linux só recebe contêineres Linux. Para rodar Windows num host Linux, é preciso uma casa, ou seja, uma VM.',
    },
  },
  {
    id: 'an-single-tiny-houses',
    type: 'single',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 30,
    about: { diagramId: 'house-apartment', regionId: 'ha-house-rooms' },
    prompt: {
      en: 'Coleman admits that tiny houses break his analogy. What do they remind us about VMs?',
      pt: 'Coleman admite que as casas minúsculas quebram a analogia. O que elas nos lembram sobre as VMs?',
    },
    options: [
      {
        id: 'a',
        text: { en: 'A small VM can drop the guest OS, like a studio', pt: 'Uma VM pequena pode dispensar o sistema convidado, como uma quitinete' },
        misconception: 'mc-an-tiny-vm-no-os',
      },
      {
        id: 'b',
        text: { en: 'A VM always comes bigger than you need', pt: 'VM sempre vem maior do que o necessário' },
        misconception: 'mc-an-vm-always-oversized',
      },
      {
        id: 'c',
        text: { en: "A tiny VM shares the host's kernel, like a container", pt: 'Uma VM pequena divide o kernel do host, como um contêiner' },
        misconception: 'mc-an-house-shares-infra',
      },
      {
        id: 'd',
        text: {
          en: 'VMs can be sized small too, but each still runs a complete OS',
          pt: 'VMs também podem ser pequenas, mas cada uma continua rodando um sistema completo',
        },
      },
    ],
    correctOptionId: 'd',
    explanation: {
      en: "Like a tiny house, a VM can be small: you can set or order just the memory, disk and cores it needs. What doesn't go away is the complete guest operating system every VM runs.",
      pt: 'Assim como uma casa minúscula, uma VM pode ser pequena: dá para definir ou contratar só a memória, o disco e os núcleos necessários. O que não some é o sistema operacional convidado completo que toda VM roda.',
    },
  },
  {
    id: 'an-sort-features',
    type: 'sorting',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: "In Coleman's picture, sort each feature: the house (VM), the apartment (container), or both?",
      pt: 'Na imagem de Coleman, classifique cada característica: é da casa (VM), do apartamento (contêiner) ou dos dois?',
    },
    items: [
      {
        id: 'n2',
        text: { en: 'Its own plumbing, heating and wiring', pt: 'Encanamento, aquecimento e parte elétrica próprios' },
        bin: 'vm',
        misconception: 'mc-an-apartment-own-infra',
      },
      {
        id: 'h8',
        text: { en: 'A front door that locks out unwanted guests', pt: 'Porta com fechadura contra visitas indesejadas' },
        bin: 'both',
        misconception: 'mc-an-no-lock',
      },
      {
        id: 'c5',
        text: { en: 'Built around infrastructure shared with the neighbours', pt: 'Construído em volta de uma infraestrutura dividida com os vizinhos' },
        bin: 'container',
        misconception: 'mc-an-house-shares-infra',
      },
      {
        id: 'v1',
        text: { en: 'Offered in every size, from studio to penthouse', pt: 'Oferecido em todos os tamanhos, da quitinete à cobertura' },
        bin: 'container',
      },
      {
        id: 'p4',
        text: { en: 'Bedroom, living room, kitchen and bathroom, at the very least', pt: 'No mínimo quarto, sala, cozinha e banheiro' },
        bin: 'vm',
        misconception: 'mc-an-apartment-own-infra',
      },
      {
        id: 'w6',
        text: { en: 'Can hold Windows on a Linux host', pt: 'Pode abrigar Windows num host Linux' },
        bin: 'vm',
        misconception: 'mc-an-windows-apartment',
      },
    ],
    explanation: {
      en: 'A house (VM) has its own infrastructure and a full set of rooms, and can hold Windows on a Linux host. Apartments (containers) share infrastructure and come in every size, and both have doors that lock.',
      pt: 'A casa (VM) tem infraestrutura própria e todos os cômodos, e pode abrigar Windows num host Linux. Os apartamentos (contêineres) dividem a infraestrutura e vêm em todos os tamanhos, e os dois têm porta com fechadura.',
    },
  },
  {
    id: 'an-short-door-lock',
    type: 'short',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 30,
    misconception: 'mc-an-door-size-swap',
    about: { diagramId: 'house-apartment', regionId: 'ha-apartment-door' },
    prompt: {
      en: "Each apartment's front door locks the neighbours out. Which kernel feature plays that part for containers?",
      pt: 'A porta de cada apartamento fica trancada para os vizinhos. Que recurso do kernel faz esse papel nos contêineres?',
    },
    accepted: ['namespaces', 'namespace', 'kernel namespaces', 'Linux namespaces', 'namespaces do kernel', 'name spaces', 'espaços de nomes', 'espaço de nomes'],
    display: { en: 'namespaces', pt: 'namespaces' },
    explanation: {
      en: "Namespaces give each container its own view of processes, memory, disk and network, so it can't see into its neighbours. Cgroups, by contrast, set how big the apartment is.",
      pt: 'Os namespaces dão a cada contêiner uma visão própria de processos, memória, disco e rede, e assim ele não enxerga o que os vizinhos fazem. Já os cgroups definem o tamanho do apartamento.',
    },
  },
  {
    id: 'an-multi-where-breaks',
    type: 'multiple',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 45,
    prompt: {
      en: 'Where does the house-and-apartment picture stop matching real computers? Pick all that apply.',
      pt: 'Em que pontos a imagem das casas e dos apartamentos deixa de combinar com os computadores? Marque todos os corretos.',
    },
    options: [
      {
        id: 'a',
        text: { en: 'Tiny houses exist, so a house need not be more than you need', pt: 'Existem casas minúsculas, então uma casa não precisa ser maior do que o necessário' },
      },
      {
        id: 'b',
        text: { en: "Apartments lock, but containers can't be shut off from each other", pt: 'Apartamentos têm fechadura, mas contêineres não têm como se fechar uns para os outros' },
        misconception: 'mc-an-no-lock',
      },
      {
        id: 'c',
        text: { en: 'Apartments vary in size, but all containers get the same resources', pt: 'Apartamentos variam de tamanho, mas todos os contêineres recebem os mesmos recursos' },
        misconception: 'mc-an-one-size',
      },
      {
        id: 'd',
        text: { en: "A Linux building can't take a Windows apartment: all share one kernel", pt: 'Um prédio Linux não aceita apartamento Windows: todos dividem o mesmo kernel' },
      },
    ],
    correctOptionIds: ['a', 'd'],
    explanation: {
      en: "Coleman himself sets tiny houses aside because they break his point about houses. And since every apartment rests on one foundation, the host's kernel, a Windows container can't move into a Linux building, which no real building would forbid.",
      pt: 'O próprio Coleman deixa as casas minúsculas de lado porque elas furam o argumento sobre as casas. E, como todo apartamento se apoia num único alicerce, o kernel do host, um contêiner Windows não entra num prédio Linux, coisa que nenhum prédio de verdade proibiria.',
    },
  },
  {
    id: 'an-poll-misleading',
    type: 'poll',
    topic: 'analogy',
    source: 'S2',
    timeLimitSec: 20,
    prompt: {
      en: 'Which limit of the house-and-apartment analogy do you find most misleading?',
      pt: 'Qual limite da analogia das casas e dos apartamentos você acha que mais confunde?',
    },
    options: [
      { id: 'o1', text: { en: "Tiny houses: a house isn't always too big", pt: 'Casas minúsculas: casa nem sempre é grande demais' } },
      { id: 'o2', text: { en: 'One foundation: no Windows apartment in a Linux building', pt: 'Um só alicerce: nada de apartamento Windows em prédio Linux' } },
      { id: 'o3', text: { en: 'Walls: it says nothing of how strong each separation is', pt: 'Paredes: ela não diz quão forte é cada separação' } },
      { id: 'o4', text: { en: "Houses on one host still share that host's hardware", pt: 'Casas no mesmo host continuam dividindo o hardware dele' } },
    ],
    explanation: {
      en: 'Discuss where the picture helps and where it misleads: VMs can be small but still run a full OS, containers must suit the host’s kernel, and VMs on one host still share its hardware.',
      pt: 'Discuta onde a imagem ajuda e onde engana: VMs podem ser pequenas, mas rodam um sistema completo; contêineres precisam combinar com o kernel do host; e VMs num mesmo host continuam dividindo o hardware.',
    },
  },
];
