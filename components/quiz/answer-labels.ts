import type { PublicQuestion } from '../../lib/quiz/display';

/** The text of a distribution key (an option id, 'true' or 'false') for one question. */
export function labelFor(question: PublicQuestion, key: string, words: { true: string; false: string }): string {
  if (question.type === 'truefalse') return key === 'true' ? words.true : words.false;
  return question.options.find((o) => o.id === key)?.text ?? key;
}

/** Keys of a question in display order, for charts. */
export function keysOf(question: PublicQuestion): string[] {
  return question.type === 'truefalse' ? ['true', 'false'] : question.options.map((o) => o.id);
}
