import { WEAK_THRESHOLD } from '../../../lib/learn/progress';
import type { MeterTone } from './Meter';

/** An invitation code as people read it aloud: two groups of four (`ABCD-EFGH`). */
export function formatInviteCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** A 0..1 score as a whole percent, or null before any answer. */
export function percentOf(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}

/** The tone of a score's bar: weak under the same threshold the self-paced lessons use. */
export function scoreTone(score: number | null): MeterTone {
  return score === null ? 'none' : score < WEAK_THRESHOLD ? 'weak' : 'good';
}

/** Whether a score is under the weak threshold (said in words next to the bar, not by colour alone). */
export function isWeak(score: number | null): boolean {
  return score !== null && score < WEAK_THRESHOLD;
}
