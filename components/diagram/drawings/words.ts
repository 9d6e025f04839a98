import type Diagrams from '../../../locales/en/Diagrams.json';

/** The few decorative words drawn inside the pictures (headings, captions), from Diagrams.art. */
export type ArtWord = keyof (typeof Diagrams)['art'];

export interface ArtProps {
  word: (key: ArtWord) => string;
}
