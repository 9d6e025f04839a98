import type { PublicQuestion } from '../quiz/display';
import type { Answer } from '../quiz/types';

/** One part of an answer next to the right one: a pair, a sorted item, a label, a place in order. */
export interface PartResult {
  /** The left item, sorted item or marked region (ids); for ordering, the place, from "1". */
  part: string;
  /** What the learner put there (an id), or null if nothing. */
  given: string | null;
  /** What belongs there (an id). */
  expected: string;
  ok: boolean;
}

/**
 * An answer compared part by part with the correct one, for the types graded by parts
 * (matching, sorting, labelling, ordering), in display order; null for the other types.
 */
export function partResults(question: PublicQuestion, answer: Answer, correct: Answer | null): PartResult[] | null {
  const row = (part: string, given: string | undefined, expected: string | undefined): PartResult[] =>
    expected === undefined ? [] : [{ part, given: given ?? null, expected, ok: given === expected }];
  if (answer.type === 'matching' && correct?.type === 'matching') return question.left.flatMap((l) => row(l.id, answer.pairs[l.id], correct.pairs[l.id]));
  if (answer.type === 'sorting' && correct?.type === 'sorting') return question.items.flatMap((item) => row(item.id, answer.bins[item.id], correct.bins[item.id]));
  if (answer.type === 'labelling' && correct?.type === 'labelling') return question.slots.flatMap((slot) => row(slot, answer.placements[slot], correct.placements[slot]));
  if (answer.type === 'ordering' && correct?.type === 'ordering') return correct.optionIds.flatMap((id, i) => row(String(i + 1), answer.optionIds[i], id));
  return null;
}

/** What a partial share counts: pairs matched, items sorted, labels placed, items in place. */
export type PartUnit = 'pairs' | 'items' | 'labels' | 'places' | 'options';

/**
 * A share told as parts ("2 of 3 pairs right") for the types graded part by part; null for
 * the all-or-nothing types. Multiple choice counts the right options (known after the reveal).
 */
export function partsRight(question: PublicQuestion, share: number, correctAnswer: Answer | null): { right: number; total: number; unit: PartUnit } | null {
  const parts = (total: number, unit: PartUnit) => (total > 0 ? { right: Math.round(share * total), total, unit } : null);
  switch (question.type) {
    case 'matching':
      return parts(question.left.length, 'pairs');
    case 'sorting':
      return parts(question.items.length, 'items');
    case 'labelling':
      return parts(question.slots.length, 'labels');
    case 'ordering':
      return parts(question.options.length, 'places');
    case 'multiple':
      return correctAnswer?.type === 'multiple' ? parts(correctAnswer.optionIds.length, 'options') : null;
    default:
      return null;
  }
}
