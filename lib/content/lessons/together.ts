import type { LessonCard } from '../types';

/** Lesson cards, topic "together" (CONTENT.md). */
export const togetherLessons: LessonCard[] = [
  {
    id: 'tg-stack',
    topic: 'together',
    kind: 'lesson',
    title: { en: 'Not either/or: both', pt: 'Não é um ou outro: são os dois' },
    body: [
      {
        en: 'As Docker took off, many people asked whether they should move from VMs to containers. Our first source answers: use both. They work at different layers, so there is little conflict between them.',
        pt: 'Com a explosão do Docker, muita gente passou a perguntar se devia migrar das VMs para os contêineres. A resposta da nossa primeira fonte é: use os dois. Eles atuam em camadas diferentes, então quase não disputam espaço.',
      },
      {
        en: 'A common setup, from the bottom up: a physical machine; a hypervisor on it; several VMs, each with just a basic operating system and Docker; and inside Docker, each service in a container of its own.',
        pt: 'Uma montagem comum, de baixo para cima: a máquina física; o hypervisor sobre ela; várias VMs, cada uma só com um sistema operacional básico e o Docker; e, dentro do Docker, cada serviço no seu próprio contêiner.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'together', regionId: 'tg-docker' },
  },
  {
    id: 'tg-two-levels',
    topic: 'together',
    kind: 'lesson',
    title: { en: 'Two levels of isolation', pt: 'Dois níveis de isolamento' },
    body: [
      {
        en: 'Level one: the physical machine is divided into VMs. Each VM’s operating system works with its own virtual hardware: network cards, disks, processor and memory.',
        pt: 'Primeiro nível: a máquina física é dividida em VMs. O sistema operacional de cada VM trabalha com o próprio hardware virtual: placas de rede, discos, processador e memória.',
      },
      {
        en: 'Level two: inside each VM, Docker pulls ready images and starts containers, and each container is one more isolated space for processing, memory, disk and network. First the machine is split, then the VM.',
        pt: 'Segundo nível: dentro de cada VM, o Docker baixa imagens prontas e sobe contêineres, e cada contêiner é mais um espaço isolado de processamento, memória, disco e rede. Primeiro se divide a máquina; depois, a VM.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'together', regionId: 'tg-isolation-vm' },
  },
  {
    id: 'tg-web-and-db',
    topic: 'together',
    kind: 'lesson',
    title: { en: 'Web app and database, side by side', pt: 'Aplicação web e banco de dados lado a lado' },
    body: [
      {
        en: 'One VM can hold a web application and its database, each in its own container. The two stay isolated from each other even though they share the VM.',
        pt: 'Uma única VM pode abrigar uma aplicação web e o seu banco de dados, cada um no próprio contêiner. Os dois continuam isolados entre si, mesmo dividindo a mesma VM.',
      },
      {
        en: 'Is that bad practice, or a security risk? The source says neither: separate containers on the same VM are fine for managing the services, and even more so for security.',
        pt: 'É má prática ou um risco de segurança? A fonte responde que nenhum dos dois: contêineres separados na mesma VM não atrapalham a gerência dos serviços, e menos ainda a segurança.',
      },
      {
        en: 'A note if you read the English version of that article: the sentence came out garbled in translation and seems to say the opposite. The Portuguese original says what you read here.',
        pt: 'Observação para quem for ler a versão em inglês do artigo: essa frase ficou errada na tradução e parece dizer o contrário. O original em português diz o que está aqui.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'together', regionId: 'tg-db' },
  },
  {
    id: 'tg-high-availability',
    topic: 'together',
    kind: 'lesson',
    title: { en: 'High availability without a fortune', pt: 'Alta disponibilidade sem gastar uma fortuna' },
    body: [
      {
        en: 'Now run copies of the same containers in several VMs. Put an external load balancer in front to spread requests among them, and run the database as a cluster so the stored data is protected too.',
        pt: 'Agora rode cópias dos mesmos contêineres em várias VMs. Coloque um balanceador de carga externo na frente para distribuir as requisições e mantenha o banco de dados em cluster, para que os dados guardados também fiquem protegidos.',
      },
      {
        en: 'If one VM goes down, the others keep serving. That is high availability, reached with a few commands and without great cost.',
        pt: 'Se uma VM cair, as outras continuam atendendo. Isso é alta disponibilidade, alcançada com poucos comandos e sem grandes custos.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'together', regionId: 'tg-load-balancer' },
  },
  {
    id: 'tg-scale',
    topic: 'together',
    kind: 'lesson',
    title: { en: 'Keep the hypervisor, use fewer VMs', pt: 'Mantenha o hypervisor, use menos VMs' },
    body: [
      {
        en: 'Jonathan Frappier (2014) saw no reason to pick a side and proposed combining the two. Containers on top of VMs keep the hypervisor’s features, such as high availability.',
        pt: 'Jonathan Frappier (2014) não via motivo para escolher um lado e propôs juntar as duas coisas. Contêineres sobre VMs mantêm os recursos do hypervisor, como a alta disponibilidade.',
      },
      {
        en: 'You also need fewer VMs, since one VM can hold more containers. When demand grows, scale up (give a VM more resources to fit more containers) or scale out (add VMs, for redundancy or more throughput).',
        pt: 'Você também precisa de menos VMs, já que cada uma comporta mais contêineres. Quando a demanda cresce, dá para escalar verticalmente (scale up: mais recursos numa VM para caber mais contêineres) ou horizontalmente (scale out: mais VMs, por redundância ou vazão).',
      },
    ],
    source: 'S4',
    diagram: { diagramId: 'together', regionId: 'tg-vm' },
  },
  {
    id: 'tg-products-2014',
    topic: 'together',
    kind: 'lesson',
    title: { en: 'Container products in 2014', pt: 'Produtos de contêiner em 2014' },
    body: [
      {
        en: 'In 2014 some voices, such as Linux Journal, said containers would make the hypervisor unnecessary: run the system straight on the hardware (bare metal) with containers on top. Frappier was among the smaller group who saw the two as complementary.',
        pt: 'Em 2014, algumas vozes, como a Linux Journal, diziam que os contêineres tornariam o hypervisor dispensável: bastaria rodar o sistema direto no hardware (bare metal), com contêineres por cima. Frappier estava no grupo menor que via as duas tecnologias como complementares.',
      },
      {
        en: 'The container products he pointed to at the time: Docker, LXC, Parallels Virtuozzo Containers and Google’s lmctfy.',
        pt: 'Os produtos de contêiner que ele indicava na época: Docker, LXC, Parallels Virtuozzo Containers e o lmctfy, do Google.',
      },
    ],
    source: 'S4',
    diagram: { diagramId: 'together', regionId: 'tg-docker' },
  },
];
