import type { LessonCard } from '../types';

/** Lesson cards, topic "analogy" (CONTENT.md): the picture, then where it breaks ('limit'). */
export const analogyLessons: LessonCard[] = [
  {
    id: 'an-house',
    topic: 'analogy',
    kind: 'lesson',
    title: { en: 'A VM is a house', pt: 'A VM é uma casa' },
    body: [
      {
        en: 'Mike Coleman of Docker (2016) compares VMs to houses and containers to apartments in a building. A house stands on its own and keeps unwanted visitors out.',
        pt: 'Mike Coleman, da Docker (2016), compara VMs a casas e contêineres a apartamentos num prédio. A casa é independente e mantém visitas indesejadas do lado de fora.',
      },
      {
        en: 'It also has its own plumbing, heating and wiring, just as a VM has its own operating system and virtual hardware.',
        pt: 'Ela também tem encanamento, aquecimento e instalação elétrica próprios, assim como a VM tem o seu próprio sistema operacional e hardware virtual.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-house' },
  },
  {
    id: 'an-house-rooms',
    topic: 'analogy',
    kind: 'lesson',
    title: { en: 'No studio houses', pt: 'Não existe casa quitinete' },
    body: [
      {
        en: 'Almost every house has at least a bedroom, a living area, a bathroom and a kitchen. Coleman has never come across a “studio house”. So even the smallest house may give you more than you need.',
        pt: 'Quase toda casa tem, no mínimo, quarto, sala, banheiro e cozinha. Coleman nunca viu uma “casa quitinete”. Então, mesmo comprando a menor casa, você pode acabar levando mais do que precisa.',
      },
      {
        en: 'For VMs, that means every VM carries a complete operating system, whether the application inside needs all of it or not.',
        pt: 'Traduzindo para as VMs: toda VM carrega um sistema operacional completo, precise a aplicação dele inteiro ou não.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-house-rooms' },
  },
  {
    id: 'an-building',
    topic: 'analogy',
    kind: 'lesson',
    title: { en: 'A container is an apartment', pt: 'O contêiner é um apartamento' },
    body: [
      {
        en: 'Apartments keep unwanted visitors out too, but they rely on infrastructure that everyone in the building uses. The whole building, which stands for the Docker host, shares its plumbing, heating and electrical systems.',
        pt: 'O apartamento também protege de visitas indesejadas, mas é construído em volta de uma infraestrutura compartilhada. O prédio inteiro, que representa o host Docker, divide encanamento, aquecimento e rede elétrica.',
      },
      {
        en: 'In computing terms, those shared services are the host and its kernel. No apartment needs its own boiler, and no container needs its own kernel.',
        pt: 'Em termos de computação, esses serviços compartilhados são o host e o seu kernel. Nenhum apartamento precisa de uma caixa d’água só sua, e nenhum contêiner precisa de um kernel só seu.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-building-plumbing' },
  },
  {
    id: 'an-sizes',
    topic: 'analogy',
    kind: 'lesson',
    title: { en: 'From studio to penthouse', pt: 'Da quitinete à cobertura' },
    body: [
      {
        en: 'Apartments come in all sizes, from a studio to a penthouse with many bedrooms, and you rent just the space you need.',
        pt: 'Há apartamento de todo tamanho, da quitinete à cobertura com vários quartos, e você aluga só o espaço de que precisa.',
      },
      {
        en: 'Containers work the same way. Cgroups set how much processor, memory and other resources each container may use, so a small service gets a small share and a big one a larger share.',
        pt: 'Com contêineres é igual. Os cgroups definem quanto de processador, memória e outros recursos cada contêiner pode usar: um serviço pequeno fica com uma fatia pequena; um grande, com uma fatia maior.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-apartment-penthouse' },
  },
  {
    id: 'an-doors',
    topic: 'analogy',
    kind: 'lesson',
    title: { en: 'Every front door locks', pt: 'Toda porta tem chave' },
    body: [
      {
        en: 'Each apartment still has its own front door with a lock, just like a house. Your neighbours share the building, but they cannot walk into your home.',
        pt: 'Assim como as casas, os apartamentos têm porta com fechadura. Os vizinhos dividem o prédio, mas não entram na sua casa.',
      },
      {
        en: 'For containers, the lock is namespaces: each container gets its own view of processes, files and network, and cannot see into the others.',
        pt: 'No contêiner, essa fechadura são os namespaces: cada contêiner tem uma visão própria de processos, arquivos e rede, e não enxerga o que acontece nos outros.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-apartment-door' },
  },
  {
    id: 'an-limit-foundation',
    topic: 'analogy',
    kind: 'limit',
    title: { en: 'One foundation for the whole building', pt: 'Um alicerce para o prédio inteiro' },
    body: [
      {
        en: 'Every apartment rests on the same foundation: the host’s kernel. A VM can run Windows on a Linux host, but a container cannot bring a kernel of its own. There is no Windows apartment in a Linux building.',
        pt: 'Todos os apartamentos se apoiam no mesmo alicerce: o kernel do host. Uma VM pode rodar Windows num host Linux, mas um contêiner não traz kernel próprio. Não existe apartamento Windows num prédio Linux.',
      },
      {
        en: 'Different Linux flavours are fine, for example CentOS in a container on an Ubuntu host, since both use a Linux kernel. A real building does not care what kind of household moves in; a container host does: every tenant has to fit the foundation.',
        pt: 'Variações de Linux não são problema, como um contêiner CentOS num host Ubuntu, porque todos usam kernel Linux. Só que um prédio de verdade não se importa com o tipo de família que se muda para lá; o host de contêineres se importa: todo inquilino precisa combinar com o alicerce.',
      },
    ],
    source: 'S3',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-building-foundation' },
  },
  {
    id: 'an-limit-tiny-houses',
    topic: 'analogy',
    kind: 'limit',
    title: { en: 'Tiny houses exist', pt: 'Casas minúsculas existem' },
    body: [
      {
        en: 'Coleman himself admits that tiny houses break his picture, and he sets them aside. So “there is no studio house” is not a law of nature.',
        pt: 'O próprio Coleman admite que as casas minúsculas (tiny houses) quebram a analogia, e as deixa de lado. Ou seja, “não existe casa quitinete” não é lei da natureza.',
      },
      {
        en: 'VMs are not one fixed size either. As with IaaS, you can order a machine with just the memory, disk and processor cores you need. What stays true: even a small VM runs a complete operating system.',
        pt: 'As VMs também não têm tamanho único. Como nos serviços de IaaS, dá para pedir uma máquina só com a memória, o disco e os núcleos de processador necessários. O que continua valendo: até a menor VM roda um sistema operacional completo.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-house-rooms' },
  },
  {
    id: 'an-limit-walls',
    topic: 'analogy',
    kind: 'limit',
    title: { en: 'Are apartment walls thinner?', pt: 'As paredes do apartamento são mais finas?' },
    body: [
      {
        en: 'Houses and apartments both have locked doors, and there the analogy stops. What separates neighbours differs: VMs are divided down to the virtual hardware, each with its own operating system, while containers are kept apart inside one shared kernel.',
        pt: 'Casas e apartamentos têm porta trancada, e a analogia para por aí. O que separa os vizinhos é diferente: as VMs são divididas até o nível do hardware virtual, cada uma com seu sistema operacional, enquanto os contêineres são separados dentro de um único kernel compartilhado.',
      },
      {
        en: 'Our sources do not measure which separation is stronger. The article behind this card lists security risks among the costs of containers, mainly for teams that don’t know the tools well. And many setups put containers inside VMs, which gives two layers of isolation.',
        pt: 'Nossas fontes não medem qual separação é mais forte. O artigo desta lição inclui riscos de segurança entre as desvantagens dos contêineres, sobretudo para quem não domina as ferramentas. E muitas montagens colocam contêineres dentro de VMs, o que dá duas camadas de isolamento.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-house-walls' },
  },
  {
    id: 'an-limit-shared-land',
    topic: 'analogy',
    kind: 'limit',
    title: { en: 'The houses share one supply', pt: 'Casas ligadas na mesma rede' },
    body: [
      {
        en: 'The house picture suggests that each VM owns everything it uses. It doesn’t. All the VMs on one host share the same physical processor, memory, disk and network, and the hypervisor is the one handing out the shares.',
        pt: 'A imagem da casa sugere que cada VM é dona de tudo o que usa. Não é bem assim. Todas as VMs de um host dividem o mesmo processador, memória, disco e rede físicos, e quem reparte as fatias é o hypervisor.',
      },
      {
        en: 'So a VM’s “own plumbing” is virtual plumbing, fed by the same supply as its neighbours. That sharing is the very reason VMs exist, ever since the mainframes of the 1960s.',
        pt: 'Ou seja, o “encanamento próprio” da VM é virtual, ligado à mesma rede de água que abastece os vizinhos. Esse compartilhamento é justamente a razão de existir das VMs, desde os mainframes dos anos 1960.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'stacks', regionId: 'st-vm-hypervisor' },
  },
  {
    id: 'an-limit-building-in-house',
    topic: 'analogy',
    kind: 'limit',
    title: { en: 'A building inside a house', pt: 'Um prédio dentro de uma casa' },
    body: [
      {
        en: 'On Windows and Mac, Docker runs its Linux containers inside a Linux VM. In the analogy, that is a whole apartment building standing inside a house, something no city has.',
        pt: 'No Windows e no Mac, o Docker roda seus contêineres Linux dentro de uma VM Linux. Na analogia, seria um prédio inteiro construído dentro de uma casa, coisa que não se vê em cidade nenhuma.',
      },
      {
        en: 'On servers, the same nesting is common and done on purpose: containers inside VMs (more on this in the lessons on using both together). Computers can stack what bricks cannot.',
        pt: 'Nos servidores, esse encaixe também é comum, e de propósito: contêineres dentro de VMs (mais sobre isso nas lições sobre usar os dois juntos). Computador empilha o que tijolo não empilha.',
      },
    ],
    source: 'S2',
    diagram: { diagramId: 'house-apartment', regionId: 'ha-building' },
  },
];
