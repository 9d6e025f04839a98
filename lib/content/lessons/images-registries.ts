import type { LessonCard } from '../types';

/** Lesson cards, topic "images-registries" (CONTENT.md). */
export const imagesRegistriesLessons: LessonCard[] = [
  {
    id: 'ir-photograph',
    topic: 'images-registries',
    kind: 'lesson',
    title: { en: 'An image is a photograph', pt: 'A imagem é uma fotografia' },
    body: [
      {
        en: 'Docker brought in the idea of images. An image describes, in a fixed form, what a container should be at the moment it starts: its files, its software, its settings.',
        pt: 'O Docker trouxe o conceito de imagem. Uma imagem descreve, de forma fixa, como o contêiner deve estar no instante em que começa: arquivos, programas, configurações.',
      },
      {
        en: 'Think of it as a photograph of an environment. A photo does not move or change; it only records how things were set up, so the same scene can come to life again on any host that runs Docker.',
        pt: 'Pense nela como uma fotografia de um ambiente. A foto não se mexe nem muda: só registra como tudo estava montado, para que a mesma cena possa ganhar vida de novo em qualquer host que rode Docker.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'image-registry', regionId: 'ir-image' },
  },
  {
    id: 'ir-image-to-container',
    topic: 'images-registries',
    kind: 'lesson',
    title: { en: 'From image to container', pt: 'Da imagem ao contêiner' },
    body: [
      {
        en: 'An image on its own does nothing. When you run it, it stops being a definition and becomes a container: a running process in an isolated space of its own.',
        pt: 'Sozinha, a imagem não faz nada. Quando você a executa, ela deixa de ser só uma definição e vira um contêiner: um processo rodando num espaço isolado.',
      },
      {
        en: 'One image can start many identical containers. Each of them sees a system that seems to be its own, while they all share the host’s kernel.',
        pt: 'Uma mesma imagem pode dar origem a vários contêineres idênticos. Cada um enxerga um sistema que parece exclusivo, embora todos compartilhem o kernel do host.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'image-registry', regionId: 'ir-run' },
  },
  {
    id: 'ir-registry-shelf',
    topic: 'images-registries',
    kind: 'lesson',
    title: { en: 'The registry: a shelf of ready environments', pt: 'O registry: uma prateleira de ambientes prontos' },
    body: [
      {
        en: 'Docker also added a cloud service for images, called a registry. It is a web application where you upload your images and download the ones other people have shared.',
        pt: 'O Docker também trouxe um serviço de nuvem para imagens, o registry. É uma aplicação web onde você envia suas imagens e baixa as que outras pessoas compartilharam.',
      },
      {
        en: 'Sending an image up is a push; bringing one down is a pull. With so many ready-to-run environments in one place, sharing environments became far easier than ever before.',
        pt: 'Enviar uma imagem é fazer push; baixar é fazer pull. Com uma infinidade de ambientes prontos para rodar num só lugar, compartilhar ambientes ficou muito mais fácil do que era.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'image-registry', regionId: 'ir-registry' },
  },
  {
    id: 'ir-registry-uses',
    topic: 'images-registries',
    kind: 'lesson',
    title: { en: 'What a registry changes', pt: 'O que o registry muda no dia a dia' },
    body: [
      {
        en: 'With a registry, containers stop being only a technical topic and become a way of managing environments. Definitions live in one central place, and a change made by one person can reach everyone.',
        pt: 'Com um registry, contêiner deixa de ser só assunto técnico e vira uma forma de gerenciar ambientes. As definições ficam num lugar central, e uma mudança feita por alguém chega a todo mundo.',
      },
      {
        en: 'A team can publish a setup that follows best practices for some service, share it across the company, collect feedback and improve it over time.',
        pt: 'Uma equipe pode publicar a configuração recomendada de um serviço, compartilhar com a empresa toda, receber críticas e ir melhorando com o tempo.',
      },
      {
        en: 'It is quick, too. If your manager describes a problem in a meeting, you can pull an environment with a solution and show it running before the meeting is over.',
        pt: 'E é rápido: se a chefia descreve um problema numa reunião, você pode baixar um ambiente com a solução e mostrá-lo funcionando antes de a reunião terminar.',
      },
    ],
    source: 'S1',
    diagram: { diagramId: 'image-registry', regionId: 'ir-pull' },
  },
];
