import type { Quiz } from '../../quiz/types';

/**
 * Quiz: containers vs virtual machines.
 * Every question names the source article its fact rests on (see SOURCES in lib/quiz/types.ts).
 * Option ids carry no hint of correctness; ordering options are listed in the correct order.
 */
export const containersVsVmsQuiz: Quiz = {
  id: 'containers-vs-vms',
  title: {
    en: 'Containers vs virtual machines',
    pt: 'Contêineres ou máquinas virtuais?',
  },
  description: {
    en: 'Houses, apartment buildings and what really sits under your app: hypervisors, kernels, images, scope, and how the two work together.',
    pt: 'Casas, prédios e o que fica de fato embaixo da sua aplicação: hypervisor, kernel, imagens, escopo e como as duas tecnologias trabalham juntas.',
  },
  questions: [
    {
      id: 'q-vm-drawback',
      type: 'single',
      topic: 'virtual-machines',
      source: 'S2',
      timeLimitSec: 30,
      prompt: {
        en: 'Which of these is a real drawback of virtual machines?',
        pt: 'Qual destas opções é uma desvantagem real das máquinas virtuais?',
      },
      options: [
        {
          id: 'a',
          text: {
            en: 'A host can run only one operating system across its VMs',
            pt: 'Um host só consegue rodar um sistema operacional nas VMs',
          },
        },
        {
          id: 'b',
          text: {
            en: "You can't take a snapshot of a VM",
            pt: 'Não dá para tirar um snapshot de uma VM',
          },
        },
        {
          id: 'c',
          text: {
            en: 'The hypervisor adds overhead and one more layer to manage',
            pt: 'O hypervisor gera overhead e é mais uma camada para gerenciar',
          },
        },
        {
          id: 'd',
          text: {
            en: 'Every new VM means buying a new physical server',
            pt: 'Cada VM nova exige a compra de um servidor físico',
          },
        },
      ],
      correctOptionId: 'c',
      explanation: {
        en: 'Every VM runs through the hypervisor, so it costs some performance and is one more piece of software to run and maintain. Running different operating systems, taking snapshots and creating VMs on demand are in fact advantages of VMs.',
        pt: 'Como toda VM passa pelo hypervisor, ele consome parte do desempenho e ainda é mais um software para operar e manter. Rodar sistemas diferentes, tirar snapshots e criar VMs sob demanda são, na verdade, vantagens das VMs.',
      },
    },
    {
      id: 'q-vm-stack-order',
      type: 'ordering',
      topic: 'virtual-machines',
      source: 'S2',
      timeLimitSec: 40,
      prompt: {
        en: 'Put the layers of a virtual machine setup in order, from the physical hardware up.',
        pt: 'Ordene as camadas de uma máquina virtual, começando pelo hardware físico.',
      },
      options: [
        { id: 'r', text: { en: 'Physical server hardware', pt: 'Hardware do servidor físico' } },
        { id: 'k', text: { en: 'Hypervisor (virtual machine monitor)', pt: 'Hypervisor (monitor de máquinas virtuais)' } },
        { id: 't', text: { en: 'Guest operating system inside the VM', pt: 'Sistema operacional convidado, dentro da VM' } },
        { id: 'm', text: { en: 'Application running in the VM', pt: 'Aplicação rodando na VM' } },
      ],
      explanation: {
        en: "The hypervisor is the layer on top of the host's hardware that creates and runs the VMs. Each VM runs a complete guest operating system, and applications run on top of that guest.",
        pt: 'O hypervisor é a camada logo acima do hardware do host, e é ele quem cria e executa as VMs. Dentro de cada VM roda um sistema operacional convidado completo, e as aplicações rodam em cima dele.',
      },
    },
    {
      id: 'q-virtualization-kinds',
      type: 'single',
      topic: 'virtualization-kinds',
      source: 'S2',
      timeLimitSec: 30,
      prompt: {
        en: 'Which kind of virtualization creates isolated environments that all share the same kernel?',
        pt: 'Que tipo de virtualização cria ambientes isolados que compartilham o mesmo kernel?',
      },
      options: [
        { id: 'a', text: { en: 'Full virtualization', pt: 'Virtualização completa' } },
        { id: 'b', text: { en: 'Operating-system virtualization', pt: 'Virtualização no nível do sistema operacional' } },
        {
          id: 'c',
          text: {
            en: 'Hardware-assisted virtualization with a hypervisor',
            pt: 'Virtualização assistida por hardware, com hypervisor',
          },
        },
      ],
      correctOptionId: 'b',
      explanation: {
        en: "Operating-system virtualization uses features of the host's own OS to carve out isolated environments, the containers, on one shared kernel. Full virtualization instead has a hypervisor simulate enough hardware to run a whole guest operating system.",
        pt: 'Na virtualização no nível do sistema operacional, recursos do próprio sistema do host criam ambientes isolados, os contêineres, sobre um único kernel compartilhado. Já na virtualização completa, o hypervisor simula hardware suficiente para rodar um sistema operacional convidado inteiro.',
      },
    },
    {
      id: 'q-lightweight-vm-myth',
      type: 'truefalse',
      topic: 'containers',
      source: 'S2',
      timeLimitSec: 20,
      prompt: {
        en: 'A container is simply a lightweight VM that runs its own kernel.',
        pt: 'Um contêiner é só uma VM mais leve, que roda o próprio kernel.',
      },
      correct: false,
      explanation: {
        en: "False: a container is an isolated process that shares the host's kernel with every other container. Only a VM simulates a whole guest operating system, which is why a VM can run Windows on a Linux host and vice versa.",
        pt: 'Falso: o contêiner é um processo isolado que divide o kernel do host com todos os outros contêineres. Só a VM simula um sistema operacional convidado inteiro, e é por isso que ela consegue rodar Windows num host Linux e vice-versa.',
      },
    },
    {
      id: 'q-container-isolation',
      type: 'multiple',
      topic: 'containers',
      source: 'S2',
      timeLimitSec: 40,
      prompt: {
        en: 'Which kernel features give containers their isolation and resource limits? Pick all that apply.',
        pt: 'Quais recursos do kernel dão aos contêineres isolamento e limites de recursos? Marque todos os corretos.',
      },
      options: [
        {
          id: 'a',
          text: {
            en: 'A hypervisor running underneath each container',
            pt: 'Um hypervisor rodando por baixo de cada contêiner',
          },
        },
        { id: 'b', text: { en: 'Namespaces', pt: 'Namespaces' } },
        {
          id: 'c',
          text: {
            en: 'A separate guest kernel for every container',
            pt: 'Um kernel convidado separado para cada contêiner',
          },
        },
        { id: 'd', text: { en: 'Control groups (cgroups)', pt: 'Control groups (cgroups)' } },
      ],
      correctOptionIds: ['b', 'd'],
      explanation: {
        en: 'Namespaces give each container its own view of processes, memory, disk and network, while cgroups cap how much of the machine it may use. Both are features of the one shared kernel, so no hypervisor or extra kernel is involved.',
        pt: 'Os namespaces dão a cada contêiner sua própria visão de processos, memória, disco e rede, e os cgroups limitam quanto da máquina ele pode usar. Os dois são recursos do único kernel compartilhado, então não entra hypervisor nem kernel extra nessa história.',
      },
    },
    {
      id: 'q-image-vs-container',
      type: 'truefalse',
      topic: 'images-registries',
      source: 'S1',
      timeLimitSec: 20,
      prompt: {
        en: 'A Docker image and a container are the same thing: both are running processes.',
        pt: 'Imagem Docker e contêiner são a mesma coisa: os dois são processos em execução.',
      },
      correct: false,
      explanation: {
        en: 'False: an image is a static definition of what the container should be when it starts, a bit like a photo of a ready environment. Only when you run it does it become a container, an isolated process in execution.',
        pt: 'Falso: a imagem é uma definição estática de como o contêiner deve ser ao iniciar, meio como uma foto de um ambiente pronto. Só quando você a executa é que ela vira um contêiner, isto é, um processo isolado em execução.',
      },
    },
    {
      id: 'q-registry-uses',
      type: 'multiple',
      topic: 'images-registries',
      source: 'S1',
      timeLimitSec: 40,
      prompt: {
        en: "What does an image registry (Docker's cloud) make easier? Pick all that apply.",
        pt: 'O que um registry de imagens (a nuvem do Docker) facilita? Marque todos os corretos.',
      },
      options: [
        {
          id: 'a',
          text: {
            en: 'Pulling ready-made environments instead of building them',
            pt: 'Baixar ambientes prontos em vez de montar tudo do zero',
          },
        },
        {
          id: 'b',
          text: {
            en: 'Running a Windows container on a Linux kernel',
            pt: 'Rodar um contêiner Windows sobre um kernel Linux',
          },
        },
        {
          id: 'c',
          text: {
            en: 'Managing environment definitions in one central place',
            pt: 'Gerenciar as definições de ambiente num lugar central',
          },
        },
        {
          id: 'd',
          text: {
            en: 'Sharing a best-practice setup with the whole company',
            pt: 'Compartilhar com a empresa toda uma configuração de boas práticas',
          },
        },
      ],
      correctOptionIds: ['a', 'c', 'd'],
      explanation: {
        en: 'A registry stores and shares images, so anyone can pull ready environments and good setups while their definitions are managed in one place. It does not change which kernel a container needs, so a Windows container still will not run on a Linux kernel.',
        pt: 'O registry guarda e compartilha imagens: qualquer pessoa baixa ambientes prontos e boas configurações, e as definições ficam centralizadas. Ele não muda o kernel de que o contêiner precisa, então um contêiner Windows continua sem rodar num kernel Linux.',
      },
    },
    {
      id: 'q-docker-scope',
      type: 'single',
      topic: 'scope',
      source: 'S3',
      timeLimitSec: 30,
      prompt: {
        en: 'Thinking in terms of scope, what is one Docker container meant to hold?',
        pt: 'Pensando em escopo, o que um contêiner Docker deve abrigar?',
      },
      options: [
        {
          id: 'a',
          text: {
            en: 'A whole instance of Linux, of any distribution',
            pt: 'Uma instância inteira de Linux, de qualquer distribuição',
          },
        },
        {
          id: 'b',
          text: {
            en: 'Any operating system the platform supports',
            pt: 'Qualquer sistema operacional que a plataforma suporte',
          },
        },
        {
          id: 'c',
          text: {
            en: 'Every service of a system, kept together by supervisord',
            pt: 'Todos os serviços de um sistema, juntos sob o supervisord',
          },
        },
        {
          id: 'd',
          text: {
            en: 'One application, such as MySQL, Nginx or Redis',
            pt: 'Uma única aplicação, como MySQL, Nginx ou Redis',
          },
        },
      ],
      correctOptionId: 'd',
      explanation: {
        en: "Docker's scope is a single application, so two services are best kept in two separate containers. LXC covers a whole Linux instance, and a VM can hold any supported operating system.",
        pt: 'O escopo do Docker é uma única aplicação, por isso o recomendado é colocar dois serviços em dois contêineres separados. Já o LXC abrange uma instância inteira de Linux, e a VM pode abrigar qualquer sistema operacional suportado.',
      },
    },
    {
      id: 'q-together-stack',
      type: 'ordering',
      topic: 'together',
      source: 'S1',
      timeLimitSec: 40,
      prompt: {
        en: 'Containers inside VMs: order the layers from the physical machine up to your service.',
        pt: 'Contêineres dentro de VMs: ordene as camadas, da máquina física até o seu serviço.',
      },
      options: [
        { id: 't', text: { en: 'Physical host machine', pt: 'Máquina física (host)' } },
        { id: 'm', text: { en: 'Hypervisor (virtual machine server)', pt: 'Hypervisor (servidor de máquinas virtuais)' } },
        {
          id: 'r',
          text: {
            en: 'Virtual machine with a basic operating system',
            pt: 'Máquina virtual com um sistema operacional básico',
          },
        },
        { id: 'p', text: { en: 'Docker installed in the VM', pt: 'Docker instalado na VM' } },
        { id: 'k', text: { en: 'Container running one service', pt: 'Contêiner rodando um único serviço' } },
      ],
      explanation: {
        en: 'The hypervisor splits the physical machine into VMs, each with just a basic OS and Docker. Docker then runs each service in its own container, adding a second level of isolation inside the VM.',
        pt: 'O hypervisor divide a máquina física em VMs, cada uma só com um sistema básico e o Docker. O Docker, por sua vez, coloca cada serviço no seu próprio contêiner, criando um segundo nível de isolamento dentro da VM.',
      },
    },
    {
      id: 'q-web-db-same-vm',
      type: 'truefalse',
      topic: 'together',
      source: 'S1',
      timeLimitSec: 20,
      prompt: {
        en: 'A web app and its database can share one VM, each in its own container, without hurting good practice or security.',
        pt: 'A aplicação web e o banco de dados podem ficar na mesma VM, cada um no seu contêiner, sem ferir boas práticas nem segurança.',
      },
      correct: true,
      explanation: {
        en: 'True: even inside a single VM, the containers keep the two services isolated in processing, memory, disk and network. That layout is sound for service management and does not weaken security.',
        pt: 'Verdadeiro: mesmo dentro de uma única VM, os contêineres mantêm os dois serviços isolados em processamento, memória, disco e rede. Esse arranjo segue as boas práticas de gerência de serviços e não compromete a segurança.',
      },
    },
    {
      id: 'q-together-gains',
      type: 'multiple',
      topic: 'together',
      source: 'S4',
      timeLimitSec: 40,
      prompt: {
        en: 'What do you gain by running containers on top of VMs instead of picking just one? Pick all that apply.',
        pt: 'O que se ganha rodando contêineres em cima de VMs, em vez de escolher só um? Marque todos os corretos.',
      },
      options: [
        {
          id: 'a',
          text: {
            en: 'Containers get their own kernel, separate from the VM',
            pt: 'Os contêineres ganham um kernel próprio, separado da VM',
          },
        },
        {
          id: 'b',
          text: {
            en: 'You keep hypervisor features such as high availability',
            pt: 'Você mantém recursos do hypervisor, como alta disponibilidade',
          },
        },
        {
          id: 'c',
          text: {
            en: 'You need fewer VMs, since each one holds more containers',
            pt: 'Você precisa de menos VMs, já que cada uma comporta mais contêineres',
          },
        },
        {
          id: 'd',
          text: {
            en: "The hypervisor's overhead disappears completely",
            pt: 'O overhead do hypervisor desaparece por completo',
          },
        },
      ],
      correctOptionIds: ['b', 'c'],
      explanation: {
        en: 'The hypervisor still offers features like high availability, and packing more containers into each VM means fewer VMs to run. From there you can scale up with more containers or scale out with more VMs.',
        pt: 'O hypervisor continua oferecendo recursos como alta disponibilidade, e colocar mais contêineres em cada VM reduz o número de VMs. A partir daí, dá para escalar verticalmente, com mais contêineres, ou horizontalmente, com mais VMs.',
      },
    },
    {
      id: 'q-analogy-map',
      type: 'multiple',
      topic: 'analogy',
      source: 'S2',
      timeLimitSec: 40,
      prompt: {
        en: "In Mike Coleman's houses-and-apartments analogy, which statements hold? Pick all that apply.",
        pt: 'Na analogia de Mike Coleman com casas e apartamentos, quais afirmações valem? Marque todas as corretas.',
      },
      options: [
        {
          id: 'a',
          text: {
            en: 'The apartment building stands for the Docker host',
            pt: 'O prédio de apartamentos representa o host Docker',
          },
        },
        {
          id: 'b',
          text: {
            en: 'Each apartment has its own plumbing, like its own kernel',
            pt: 'Cada apartamento tem encanamento próprio, como um kernel só seu',
          },
        },
        {
          id: 'c',
          text: {
            en: 'A Windows apartment fits fine in a Linux building',
            pt: 'Um apartamento Windows cabe sem problema num prédio Linux',
          },
        },
        {
          id: 'd',
          text: {
            en: 'You rent just the size you need, from studio to penthouse',
            pt: 'Você aluga só o tamanho de que precisa, da quitinete à cobertura',
          },
        },
      ],
      correctOptionIds: ['a', 'd'],
      explanation: {
        en: "The building is the Docker host, its shared plumbing, heating and wiring play the part of the shared kernel, and apartments come in every size so you rent only what you need. Because the whole building rests on one kernel, a Windows apartment can't go in a Linux building.",
        pt: 'O prédio é o host Docker, o encanamento, o aquecimento e a parte elétrica compartilhados fazem o papel do kernel comum, e há apartamentos de todos os tamanhos para você alugar só o necessário. Como o prédio inteiro se apoia num único kernel, um apartamento Windows não cabe num prédio Linux.',
      },
    },
  ],
};
