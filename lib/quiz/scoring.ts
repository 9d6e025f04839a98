/**
 * Scoring. Documented in docs/scoring.md; keep the two in step.
 *
 * speed mode:    round(share * (500 + 500 * (1 - elapsed / allowed)))
 * accuracy mode: round(share * 1000), whatever the time
 * share is 1 for a fully right answer and between 0 and 1 for partial credit (lib/quiz/check.ts).
 * both modes:    a fully right answer adds the streak bonus 100 * min(streak - 1, 5), where
 *                streak counts consecutive fully right answers including this one; any
 *                other answer (partial, wrong, missing) resets the streak.
 * Polls are not scored and leave the streak as it was.
 * `allowed` is the player's own time: the question's limit plus any extra time the host
 * gave them, so extra time never costs speed points.
 */
export type ScoringMode = 'speed' | 'accuracy';

export const BASE_POINTS = 500;
export const SPEED_POINTS = 500;
export const ACCURACY_POINTS = 1000;
export const STREAK_STEP = 100;
export const STREAK_CAP = 5;

export interface ScoreInput {
  mode: ScoringMode;
  /** 0..1: how much of the answer is right. Defaults to 1 when correct, else 0. */
  share?: number;
  correct: boolean;
  elapsedMs: number;
  allowedMs: number;
  /** Consecutive correct answers before this one. */
  streakBefore: number;
}

export interface ScoreResult {
  points: number;
  streak: number;
}

/** Points for one answer, and the streak after it. */
export function scoreAnswer(input: ScoreInput): ScoreResult {
  const credit = Math.min(Math.max(input.share ?? (input.correct ? 1 : 0), 0), 1);
  const streak = input.correct ? input.streakBefore + 1 : 0;
  const bonus = input.correct ? STREAK_STEP * Math.min(streak - 1, STREAK_CAP) : 0;
  if (credit === 0) return { points: 0, streak };
  if (input.mode === 'accuracy') return { points: Math.round(credit * ACCURACY_POINTS) + bonus, streak };
  const used = input.allowedMs > 0 ? Math.min(Math.max(input.elapsedMs / input.allowedMs, 0), 1) : 1;
  return { points: Math.round(credit * (BASE_POINTS + SPEED_POINTS * (1 - used))) + bonus, streak };
}
