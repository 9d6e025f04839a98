/**
 * Scoring. Documented in docs/scoring.md; keep the two in step.
 *
 * speed mode:    correct -> 500 + round(500 * (1 - elapsed / allowed)), at least 500
 * accuracy mode: correct -> 1000, whatever the time
 * both modes:    streak bonus = 100 * min(streak - 1, 5), where streak counts consecutive
 *                correct answers including this one; a wrong or missing answer scores 0
 *                and resets the streak.
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
  if (!input.correct) return { points: 0, streak: 0 };
  const streak = input.streakBefore + 1;
  const bonus = STREAK_STEP * Math.min(streak - 1, STREAK_CAP);
  if (input.mode === 'accuracy') return { points: ACCURACY_POINTS + bonus, streak };
  const share = input.allowedMs > 0 ? Math.min(Math.max(input.elapsedMs / input.allowedMs, 0), 1) : 1;
  return { points: BASE_POINTS + Math.round(SPEED_POINTS * (1 - share)) + bonus, streak };
}
