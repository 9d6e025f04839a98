import type { Quiz } from '../lib/quiz/types';
import { testQuiz } from '../tests/integration/support/live-server';

/**
 * A quiz of `count` copies of the integration quiz's single-choice question (ids
 * `bench-q0`, `bench-q1`, ...): every question costs the same, so the benchmarks' figures
 * per question compare.
 */
export function singleChoiceQuiz(id: string, count: number, limitSec: number): Quiz {
  const base = testQuiz({ id, limitSec });
  const single = base.questions.find((q) => q.type === 'single')!;
  return { ...base, questions: Array.from({ length: count }, (_, i) => ({ ...single, id: `bench-q${i}` })) };
}
