import type { PublicQuestion } from '../../lib/quiz/display';
import type { DistributionBar } from '../../lib/quiz/views';

/** The text of a distribution key (an option id, 'true'/'false', a region or a typed answer) for one question. */
export function labelFor(question: PublicQuestion, key: string, words: { true: string; false: string; region?: (id: string) => string }): string {
  if (question.type === 'truefalse') return key === 'true' ? words.true : words.false;
  if (question.type === 'hotspot') return words.region?.(key) ?? key;
  return question.options.find((o) => o.id === key)?.text ?? key;
}

/**
 * Keys of a question for a chart: its options in display order, or for hotspot and short
 * answers the choices actually made, most frequent first.
 */
export function keysOf(question: PublicQuestion, bars: DistributionBar[] = []): string[] {
  if (question.type === 'truefalse') return ['true', 'false'];
  if (question.type === 'hotspot' || question.type === 'short') return bars.slice().sort((a, b) => b.count - a.count).slice(0, 8).map((b) => b.key);
  return question.options.map((o) => o.id);
}

/** Whether a question type has a chart of choices (the others show parts right instead). */
export function hasChoiceChart(question: PublicQuestion): boolean {
  return !['matching', 'sorting', 'labelling'].includes(question.type);
}
