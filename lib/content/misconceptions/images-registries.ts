import type { Misconception } from '../types';

/** Misconceptions of topic "images-registries" that wrong answers can reveal. */
export const imagesRegistriesMisconceptions: Misconception[] = [
  {
    id: 'mc-ir-image-is-container',
    topic: 'images-registries',
    source: 'S1',
    statement: {
      en: 'An image and a container are the same thing: the image is the running environment.',
      pt: 'Imagem e contêiner são a mesma coisa: a imagem é o ambiente em execução.',
    },
    correction: {
      en: 'An image is a static definition of what a container should be at start. Running it creates a container, an isolated process, and the same image can start many of them.',
      pt: 'A imagem é uma definição estática de como o contêiner deve ser ao iniciar. Executá-la cria um contêiner, um processo isolado, e a mesma imagem pode dar origem a vários deles.',
    },
  },
  {
    id: 'mc-ir-image-tracks-changes',
    topic: 'images-registries',
    source: 'S1',
    statement: {
      en: 'An image keeps recording the changes a running container makes.',
      pt: 'A imagem vai registrando as mudanças que o contêiner faz enquanto roda.',
    },
    correction: {
      en: 'Like a photograph, an image is static: it fixes what the environment looks like at start. What the running container does afterwards happens in the container, not in the image.',
      pt: 'Como uma fotografia, a imagem é estática: ela fixa como o ambiente é na partida. O que o contêiner faz depois acontece no contêiner, não na imagem.',
    },
  },
  {
    id: 'mc-ir-image-is-vm',
    topic: 'images-registries',
    source: 'S2',
    statement: {
      en: 'A container image is a whole virtual machine, virtual hardware and guest OS included.',
      pt: 'Uma imagem de contêiner é uma máquina virtual inteira, com hardware virtual e sistema convidado.',
    },
    correction: {
      en: "An image describes an environment, usually one application and its dependencies, that runs as a process on the host's kernel. There is no virtual hardware and no guest OS to boot.",
      pt: 'A imagem descreve um ambiente, em geral uma aplicação e suas dependências, que roda como processo no kernel do host. Não há hardware virtual nem sistema convidado para inicializar.',
    },
  },
  {
    id: 'mc-ir-registry-runs-containers',
    topic: 'images-registries',
    source: 'S1',
    statement: {
      en: 'The registry is where containers run.',
      pt: 'O registry é onde os contêineres rodam.',
    },
    correction: {
      en: 'A registry stores and shares images: you upload them there and download them from there. The containers run on the host that pulled the image.',
      pt: 'O registry guarda e compartilha imagens: você envia as imagens para lá e baixa de lá. Os contêineres rodam no host que baixou a imagem.',
    },
  },
  {
    id: 'mc-ir-build-from-scratch',
    topic: 'images-registries',
    source: 'S1',
    statement: {
      en: 'Every environment has to be installed and configured by hand; there is no quick way to share a ready one.',
      pt: 'Todo ambiente precisa ser instalado e configurado à mão; não há jeito rápido de compartilhar um pronto.',
    },
    correction: {
      en: 'A registry holds ready environments as images: pull one and run it, and a good setup can be shared with the whole company and managed in one place.',
      pt: 'O registry guarda ambientes prontos em forma de imagem: é só baixar e executar, e uma boa configuração pode ser compartilhada com a empresa inteira e gerenciada num lugar só.',
    },
  },
];
