import { describe, expect, it } from 'vitest';
import {
  ACCURACY_POINTS,
  BASE_POINTS,
  SPEED_POINTS,
  STREAK_CAP,
  STREAK_STEP,
  scoreAnswer,
  type ScoreInput,
} from '../../../lib/quiz/scoring';

const speed = (input: Partial<ScoreInput>) =>
  scoreAnswer({ mode: 'speed', correct: true, elapsedMs: 0, allowedMs: 10_000, streakBefore: 0, ...input });
const accuracy = (input: Partial<ScoreInput>) =>
  scoreAnswer({ mode: 'accuracy', correct: true, elapsedMs: 0, allowedMs: 10_000, streakBefore: 0, ...input });

describe('the documented constants', () => {
  it('are 500 base + up to 500 for speed, 1000 flat for accuracy, +100 a streak step up to 5 steps', () => {
    expect({ BASE_POINTS, SPEED_POINTS, ACCURACY_POINTS, STREAK_STEP, STREAK_CAP }).toEqual({
      BASE_POINTS: 500,
      SPEED_POINTS: 500,
      ACCURACY_POINTS: 1000,
      STREAK_STEP: 100,
      STREAK_CAP: 5,
    });
  });
});

describe('speed mode', () => {
  it('an instant right answer scores 1000', () => {
    expect(speed({ elapsedMs: 0 })).toEqual({ points: 1000, streak: 1 });
  });

  it('a right answer exactly at the deadline scores 500', () => {
    expect(speed({ elapsedMs: 10_000 })).toEqual({ points: 500, streak: 1 });
  });

  it('a right answer halfway scores 750, and points are rounded to whole numbers', () => {
    expect(speed({ elapsedMs: 5_000 }).points).toBe(750);
    expect(speed({ elapsedMs: 1, allowedMs: 3 }).points).toBe(500 + Math.round(500 * (2 / 3))); // 833
    expect(Number.isInteger(speed({ elapsedMs: 1_234, allowedMs: 7_777 }).points)).toBe(true);
  });

  it('never drops below 500 or rises above 1000 for out-of-range times', () => {
    expect(speed({ elapsedMs: 60_000 }).points).toBe(500);
    expect(speed({ elapsedMs: -5_000 }).points).toBe(1000);
  });

  it('an allowed time of 0 does not divide by zero: a right answer still scores the base 500', () => {
    const result = speed({ elapsedMs: 0, allowedMs: 0 });
    expect(Number.isFinite(result.points)).toBe(true);
    expect(result).toEqual({ points: 500, streak: 1 });
    expect(speed({ elapsedMs: 3_000, allowedMs: 0 }).points).toBe(500);
  });
});

describe('streaks', () => {
  it('the first right answer starts a streak with no bonus', () => {
    expect(speed({ streakBefore: 0 })).toEqual({ points: 1000, streak: 1 });
  });

  it('each further right answer in a row adds 100 more', () => {
    expect(speed({ streakBefore: 1 })).toEqual({ points: 1100, streak: 2 });
    expect(speed({ streakBefore: 2 })).toEqual({ points: 1200, streak: 3 });
    expect(speed({ streakBefore: 4 })).toEqual({ points: 1400, streak: 5 });
  });

  it('the bonus stops growing at +500 (the sixth right answer in a row and after)', () => {
    expect(speed({ streakBefore: 5 })).toEqual({ points: 1500, streak: 6 });
    expect(speed({ streakBefore: 6 })).toEqual({ points: 1500, streak: 7 });
    expect(speed({ streakBefore: 99 })).toEqual({ points: 1500, streak: 100 });
    expect(speed({ streakBefore: 99, elapsedMs: 10_000 }).points).toBe(1000);
  });

  it('a wrong answer scores 0 and resets the streak', () => {
    expect(speed({ correct: false, streakBefore: 7 })).toEqual({ points: 0, streak: 0 });
    expect(accuracy({ correct: false, streakBefore: 3 })).toEqual({ points: 0, streak: 0 });
  });
});

describe('accuracy mode', () => {
  it('a right answer scores 1000 whatever the time', () => {
    expect(accuracy({ elapsedMs: 0 })).toEqual({ points: 1000, streak: 1 });
    expect(accuracy({ elapsedMs: 10_000 })).toEqual({ points: 1000, streak: 1 });
    expect(accuracy({ elapsedMs: 0, allowedMs: 0 })).toEqual({ points: 1000, streak: 1 });
  });

  it('adds the same streak bonus, capped at +500', () => {
    expect(accuracy({ streakBefore: 1 })).toEqual({ points: 1100, streak: 2 });
    expect(accuracy({ streakBefore: 5 })).toEqual({ points: 1500, streak: 6 });
    expect(accuracy({ streakBefore: 20 })).toEqual({ points: 1500, streak: 21 });
  });
});
