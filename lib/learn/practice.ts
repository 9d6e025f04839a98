import { diagnose, grade, type Grade } from '../quiz/check';
import { publicReveal, publicSource, type PublicQuestion, type PublicReveal, type PublicSource } from '../quiz/display';
import type { Answer, Locale, MisconceptionId, Question } from '../quiz/types';
import type { Misconception } from '../content/types';

/** A misconception as a learner reads it after a wrong answer, in one language. */
export interface RevealedMisconception {
  id: MisconceptionId;
  statement: string;
  correction: string;
}

/** What the self-paced check says about one answer: everything the feedback screen shows. */
export interface PracticeFeedback {
  /** Null for a poll, which has no right answer. */
  grade: Grade | null;
  reveal: PublicReveal;
  /** The wrong beliefs the answer reveals, with what corrects them; empty when right. */
  misconceptions: RevealedMisconception[];
  source: PublicSource;
}

/** Grades an answer and gathers its feedback in one language. Pure: the API is a thin wrapper. */
export function practiceFeedback(question: Question, answer: Answer, locale: Locale, catalogue: readonly Misconception[]): PracticeFeedback {
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  const misconceptions = diagnose(question, answer).flatMap((id) => {
    const found = byId.get(id);
    return found ? [{ id, statement: found.statement[locale], correction: found.correction[locale] }] : [];
  });
  return { grade: grade(question, answer), reveal: publicReveal(question, locale), misconceptions, source: publicSource(question, locale) };
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
