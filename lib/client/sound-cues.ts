/**
 * The few sounds Stackhouse makes, and when. Off until a person turns them on (on each
 * device: the projector's speakers and each phone decide for themselves), and never the only
 * sign of anything: every cue goes with something on screen.
 *
 * Pure: the notes and the rules. Playing them is components/ui/useSounds.ts.
 */
import type { Phase } from '../quiz/machine';
import type { PlayerResult } from '../quiz/views';

export type Cue = 'tick' | 'timeUp' | 'podium' | 'correct' | 'partial' | 'wrong';

/** One tone: its pitch (Hz), when it starts after the cue does and how long it lasts (s), and how loud (0..1). */
export interface Note {
  hz: number;
  at: number;
  length: number;
  wave: 'sine' | 'triangle' | 'square';
  gain: number;
}

/** Short and soft: a room of thirty phones and a projector must not become a fairground. */
export const CUES: Readonly<Record<Cue, readonly Note[]>> = {
  // The last five seconds on the projector: a woodblock-like click.
  tick: [{ hz: 880, at: 0, length: 0.05, wave: 'square', gain: 0.08 }],
  // The question closes: two falling notes.
  timeUp: [
    { hz: 784, at: 0, length: 0.18, wave: 'triangle', gain: 0.3 },
    { hz: 523.25, at: 0.16, length: 0.3, wave: 'triangle', gain: 0.3 },
  ],
  // The podium: a rising major arpeggio.
  podium: [
    { hz: 523.25, at: 0, length: 0.16, wave: 'triangle', gain: 0.3 },
    { hz: 659.25, at: 0.14, length: 0.16, wave: 'triangle', gain: 0.3 },
    { hz: 783.99, at: 0.28, length: 0.16, wave: 'triangle', gain: 0.3 },
    { hz: 1046.5, at: 0.42, length: 0.45, wave: 'triangle', gain: 0.3 },
  ],
  // A phone's own result: up for right, level for partly right, down for wrong.
  correct: [
    { hz: 659.25, at: 0, length: 0.12, wave: 'sine', gain: 0.35 },
    { hz: 987.77, at: 0.11, length: 0.25, wave: 'sine', gain: 0.35 },
  ],
  partial: [
    { hz: 659.25, at: 0, length: 0.12, wave: 'sine', gain: 0.3 },
    { hz: 659.25, at: 0.15, length: 0.2, wave: 'sine', gain: 0.3 },
  ],
  wrong: [
    { hz: 392, at: 0, length: 0.14, wave: 'sine', gain: 0.3 },
    { hz: 261.63, at: 0.13, length: 0.3, wave: 'sine', gain: 0.3 },
  ],
};

/** Where a game stands, as far as sounds care. */
export interface Step {
  phase: Phase;
  questionIndex: number;
}

/** The projector's cue when the game moves on: the question closing, or the podium. Nothing on a first look or a reload. */
export function hostCue(before: Step | null, after: Step): Cue | null {
  if (!before) return null;
  if (after.phase === 'podium' && before.phase !== 'podium') return 'podium';
  if (after.phase === 'reveal' && before.phase === 'question' && after.questionIndex === before.questionIndex) return 'timeUp';
  return null;
}

/** The projector ticks for each of the last five seconds of a running question. */
export function ticksAt(secondsLeft: number): boolean {
  return secondsLeft >= 1 && secondsLeft <= 5;
}

/** Where a phone stands: the step and its own result, once the reveal has brought it. */
export interface PlayerStep extends Step {
  result: PlayerResult | null;
}

/**
 * A phone's cue when its question closes: its own result. Only as the result arrives (the
 * reveal reaches a phone as the shared part, then its own), not on a reload of the reveal,
 * and none for a poll (no right answer) or a question it did not answer.
 */
export function playerCue(before: PlayerStep | null, after: PlayerStep): Cue | null {
  if (!before || after.phase !== 'reveal' || before.questionIndex !== after.questionIndex) return null;
  const closing = before.phase === 'question' || (before.phase === 'reveal' && before.result === null);
  const result = after.result;
  if (!closing || !result || !result.answered) return null;
  if (result.correct) return 'correct';
  return result.share > 0 ? 'partial' : 'wrong';
}
