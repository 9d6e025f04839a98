import type { Question } from '../../quiz/types';

/** Question bank, topic "images-registries" (CONTENT.md). */
export const imagesRegistriesQuestions: Question[] = [
  {
    id: 'ir-flow-order',
    type: 'ordering',
    topic: 'images-registries',
    source: 'S1',
    timeLimitSec: 45,
    misconception: 'mc-ir-image-is-container',
    prompt: {
      en: 'From a shared image to a running container: put the steps in order.',
      pt: 'Da imagem compartilhada ao contêiner em execução: ordene as etapas.',
    },
    options: [
      {
        id: 'n',
        text: {
          en: 'An image is defined: a static picture of the environment',
          pt: 'Define-se uma imagem: uma foto estática do ambiente',
        },
      },
      { id: 'h', text: { en: 'The image is uploaded to a registry', pt: 'A imagem é enviada para um registry' } },
      { id: 'c', text: { en: 'Someone downloads it from the registry', pt: 'Alguém a baixa do registry' } },
      {
        id: 'w',
        text: {
          en: 'It is run and becomes an isolated process: a container',
          pt: 'Ela é executada e vira um processo isolado: um contêiner',
        },
      },
    ],
    explanation: {
      en: 'An image only defines what a container should be at start, and a registry stores and shares it. Only when someone pulls and runs the image does it become a container, an isolated running process.',
      pt: 'A imagem só define como o contêiner deve ser ao iniciar, e o registry a guarda e compartilha. Só quando alguém baixa e executa a imagem é que ela vira um contêiner, um processo isolado em execução.',
    },
  },
  {
    id: 'ir-registry-hotspot',
    type: 'hotspot',
    topic: 'images-registries',
    source: 'S1',
    timeLimitSec: 30,
    prompt: {
      en: 'Click the part that stores images and shares them with everyone.',
      pt: 'Clique na parte que guarda as imagens e as compartilha com todo mundo.',
    },
    diagramId: 'image-registry',
    correctRegionIds: ['ir-registry'],
    regionMisconceptions: {
      'ir-container': 'mc-ir-registry-runs-containers',
    },
    explanation: {
      en: "The registry, 'Docker's cloud', is where images are uploaded and downloaded: ready environments, shared setups and centrally managed definitions. Containers don't run there; they run on the host that pulled the image.",
      pt: "O registry, a 'nuvem do Docker', é onde as imagens são enviadas e baixadas: ambientes prontos, configurações compartilhadas e definições gerenciadas num lugar central. Os contêineres não rodam lá; rodam no host que baixou a imagem.",
    },
  },
  {
    id: 'ir-label-flow',
    type: 'labelling',
    topic: 'images-registries',
    source: 'S1',
    timeLimitSec: 45,
    prompt: {
      en: 'Label the path from image to container.',
      pt: 'Coloque os rótulos no caminho da imagem até o contêiner.',
    },
    diagramId: 'image-registry',
    slots: [
      { regionId: 'ir-image', labelId: 'k' },
      { regionId: 'ir-registry', labelId: 'e' },
      { regionId: 'ir-container', labelId: 't' },
    ],
    labels: [
      { id: 't', text: { en: 'Container: an isolated running process', pt: 'Contêiner: um processo isolado em execução' } },
      {
        id: 'p',
        text: { en: 'Virtual machine with its own OS', pt: 'Máquina virtual com sistema próprio' },
        misconception: 'mc-ir-image-is-vm',
      },
      { id: 'k', text: { en: 'Image: a static definition', pt: 'Imagem: uma definição estática' } },
      { id: 'e', text: { en: 'Registry: stores and shares images', pt: 'Registry: guarda e compartilha imagens' } },
    ],
    explanation: {
      en: 'The image is the static definition, the registry is where images are stored and shared, and running an image produces a container, an isolated process. No virtual machine appears anywhere on this path.',
      pt: 'A imagem é a definição estática, o registry é onde as imagens ficam guardadas e compartilhadas, e executar uma imagem produz um contêiner, um processo isolado. Nenhuma máquina virtual aparece nesse caminho.',
    },
  },
  {
    id: 'ir-image-name',
    type: 'short',
    topic: 'images-registries',
    source: 'S1',
    timeLimitSec: 30,
    about: { diagramId: 'image-registry', regionId: 'ir-image' },
    misconception: 'mc-ir-image-is-container',
    prompt: {
      en: 'What do we call the static definition of what a container will be when it starts? (one word)',
      pt: 'Como se chama a definição estática de como o contêiner será ao iniciar? (uma palavra)',
    },
    accepted: [
      'image',
      'imagem',
      'images',
      'imagens',
      'an image',
      'a imagem',
      'uma imagem',
      'container image',
      'imagem de contêiner',
      'imagem do contêiner',
      'docker image',
      'imagem docker',
      'imagem do docker',
    ],
    display: {
      en: 'An image',
      pt: 'Uma imagem',
    },
    explanation: {
      en: 'An image is the static definition, a bit like a photograph of an environment. Once it is run, it becomes a container: a process running in an isolated context.',
      pt: 'A imagem é a definição estática, meio como uma fotografia do ambiente. Depois de executada, ela vira um contêiner: um processo rodando num contexto isolado.',
    },
  },
  {
    id: 'ir-photo',
    type: 'single',
    topic: 'images-registries',
    source: 'S1',
    timeLimitSec: 30,
    about: { diagramId: 'image-registry', regionId: 'ir-image' },
    prompt: {
      en: 'An image is often compared to a photograph. What does the comparison get right?',
      pt: 'A imagem costuma ser comparada a uma fotografia. O que essa comparação tem de certo?',
    },
    options: [
      {
        id: 'x',
        text: { en: 'It records every change the running container makes', pt: 'Ela registra cada mudança que o contêiner faz enquanto roda' },
        misconception: 'mc-ir-image-tracks-changes',
      },
      {
        id: 'f',
        text: { en: "It's a full copy of a VM, virtual hardware included", pt: 'É uma cópia completa de uma VM, com hardware virtual e tudo' },
        misconception: 'mc-ir-image-is-vm',
      },
      {
        id: 'k',
        text: { en: "It's a running process caught mid-execution", pt: 'É um processo em execução flagrado no meio do caminho' },
        misconception: 'mc-ir-image-is-container',
      },
      {
        id: 's',
        text: {
          en: 'It fixes the environment as it should be at start, without running',
          pt: 'Ela fixa o ambiente como ele deve ser na partida, sem estar rodando',
        },
      },
    ],
    correctOptionId: 's',
    explanation: {
      en: 'Like a photo, an image is static: it defines what the environment must look like when a container starts. Running it is what turns it into a container, an isolated process.',
      pt: 'Como uma foto, a imagem é estática: ela define como o ambiente deve ser quando o contêiner inicia. É a execução que a transforma em contêiner, um processo isolado.',
    },
  },
  {
    id: 'ir-one-image-many',
    type: 'truefalse',
    topic: 'images-registries',
    source: 'S2',
    timeLimitSec: 20,
    about: { diagramId: 'image-registry', regionId: 'ir-run' },
    misconception: 'mc-ir-image-is-container',
    prompt: {
      en: 'Running the same image twice gives two separate containers, each isolated from the other.',
      pt: 'Executar a mesma imagem duas vezes gera dois contêineres separados, isolados um do outro.',
    },
    correct: true,
    explanation: {
      en: 'True: the image is a template, not the container itself. Each run creates a new container, an isolated process, which is how the same environment is replicated on any host running Docker.',
      pt: 'Verdadeiro: a imagem é um modelo, não o contêiner em si. Cada execução cria um contêiner novo, um processo isolado, e é assim que o mesmo ambiente se replica em qualquer host com Docker.',
    },
  },
  {
    id: 'ir-boss-demo',
    type: 'single',
    topic: 'images-registries',
    source: 'S1',
    timeLimitSec: 30,
    about: { diagramId: 'image-registry', regionId: 'ir-pull' },
    prompt: {
      en: 'In a meeting, your boss describes a problem. How can you show a working fix before they leave the room?',
      pt: 'Numa reunião, seu chefe descreve um problema. Como mostrar uma solução funcionando antes de ele sair da sala?',
    },
    options: [
      {
        id: 'p',
        text: { en: 'Pull a ready image from a registry and run it', pt: 'Baixar uma imagem pronta de um registry e executá-la' },
      },
      {
        id: 'r',
        text: { en: 'Order a new physical server for the demo', pt: 'Encomendar um servidor físico novo para a demonstração' },
        misconception: 'mc-vm-needs-own-hardware',
      },
      {
        id: 't',
        text: { en: 'Install and configure everything by hand on a fresh machine', pt: 'Instalar e configurar tudo à mão numa máquina nova' },
        misconception: 'mc-ir-build-from-scratch',
      },
      {
        id: 'e',
        text: { en: 'Ask the registry to run the fix for you', pt: 'Pedir ao registry que execute a solução para você' },
        misconception: 'mc-ir-registry-runs-containers',
      },
    ],
    correctOptionId: 'p',
    explanation: {
      en: 'A registry holds ready environments, so a light test environment is one download and one run away. The registry stores and shares the image; the container runs on your own machine.',
      pt: 'O registry guarda ambientes prontos, então um ambiente de teste leve está a um download e uma execução de distância. O registry guarda e compartilha a imagem; o contêiner roda na sua própria máquina.',
    },
  },
  {
    id: 'ir-poll-sharing',
    type: 'poll',
    topic: 'images-registries',
    source: 'S1',
    timeLimitSec: 20,
    prompt: {
      en: "How does your team share a service's standard setup today?",
      pt: 'Como sua equipe compartilha hoje a configuração padrão de um serviço?',
    },
    options: [
      { id: 'd', text: { en: 'An image in a registry', pt: 'Uma imagem num registry' } },
      { id: 'a', text: { en: 'A wiki page with install steps', pt: 'Uma página na wiki com o passo a passo' } },
      { id: 'l', text: { en: 'A VM template or snapshot', pt: 'Um template ou snapshot de VM' } },
      { id: 'y', text: { en: 'Everyone sets it up on their own', pt: 'Cada pessoa monta o seu' } },
    ],
    explanation: {
      en: 'Discuss: a registry lets a best-practice setup be shared across the company, its definition managed in one place and improved over time from feedback. What would your team gain, or lose, by turning its setup into an image?',
      pt: 'Para discutir: com um registry, uma configuração de boas práticas pode ser compartilhada com a empresa toda, ter a definição gerenciada num lugar central e melhorar com o tempo a partir das críticas. O que sua equipe ganharia, ou perderia, transformando a configuração dela numa imagem?',
    },
  },
];
