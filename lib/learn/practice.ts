import { diagnose, grade, type Grade } from '../quiz/check';
import { publicReveal, publicSource, type PublicReveal, type PublicSource } from '../quiz/display';
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
