import { LESSONS } from '../../../lib/content/lessons';
import { regionContent } from '../../../lib/diagram/content';
import { sourceLine } from '../../../lib/quiz/display';
import { SOURCES, type Locale, type Topic } from '../../../lib/quiz/types';

/** A lesson card as a member's space shows it: in one language, its source as a line of text. */
export interface SpaceCard {
  id: string;
  topic: Topic;
  kind: 'lesson' | 'limit';
  title: string;
  body: string[];
  source: string;
  /** The diagram region the card is about, as a link. */
  diagram: { href: string; label: string } | null;
}

/** Every lesson card in one language, built on the server; the page keeps the space's own. */
export function spaceCards(locale: Locale): SpaceCard[] {
  return LESSONS.map((card) => {
    const source = SOURCES[card.source];
    return {
      id: card.id,
      topic: card.topic,
      kind: card.kind,
      title: card.title[locale],
      body: card.body.map((p) => p[locale]),
      source: sourceLine({ title: source.title[locale], author: source.author?.[locale] ?? null, year: source.year }),
      diagram: card.diagram
        ? { href: `/diagrams/${card.diagram.diagramId}?region=${card.diagram.regionId}`, label: regionContent(card.diagram.regionId)?.label[locale] ?? card.title[locale] }
        : null,
    };
  });
}
