import { describe, expect, it } from 'vitest';
import { CUES, hostCue, playerCue, ticksAt, type PlayerStep } from '../../../lib/client/sound-cues';

const right = { answered: true, correct: true, share: 1, points: 900 };
const half = { answered: true, correct: false, share: 0.5, points: 300 };
const wrong = { answered: true, correct: false, share: 0, points: 0 };
const silent = { answered: false, correct: false, share: 0, points: 0 };
const step = (phase: PlayerStep['phase'], questionIndex: number, result: PlayerStep['result'] = null): PlayerStep => ({ phase, questionIndex, result });

describe('the projector', () => {
  it('chimes when a question closes and plays the podium, and nothing on a first look or a reload', () => {
    expect(hostCue(step('question', 2), step('reveal', 2))).toBe('timeUp');
    expect(hostCue(step('leaderboard', 11), step('podium', 11))).toBe('podium');
    expect(hostCue(step('question', 4), step('podium', 4))).toBe('podium');
    expect(hostCue(null, step('reveal', 2))).toBeNull();
    expect(hostCue(null, step('podium', 11))).toBeNull();
    expect(hostCue(step('podium', 11), step('podium', 11))).toBeNull();
  });

  it('stays quiet when a question starts, the leaderboard shows, or the game jumps questions', () => {
    expect(hostCue(step('lobby', 0), step('question', 0))).toBeNull();
    expect(hostCue(step('reveal', 0), step('leaderboard', 0))).toBeNull();
    expect(hostCue(step('leaderboard', 0), step('question', 1))).toBeNull();
    expect(hostCue(step('question', 0), step('reveal', 1))).toBeNull();
  });

  it('ticks for each of the last five seconds only', () => {
    expect([30, 10, 6, 5, 4, 3, 2, 1, 0, -1].filter(ticksAt)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('a phone', () => {
  it('plays its own result as it arrives: right, partly right, wrong', () => {
    expect(playerCue(step('question', 3), step('reveal', 3, right))).toBe('correct');
    expect(playerCue(step('question', 3), step('reveal', 3, half))).toBe('partial');
    expect(playerCue(step('question', 3), step('reveal', 3, wrong))).toBe('wrong');
  });

  it('plays it when the result follows the shared reveal in a second frame, and only once', () => {
    const shared = step('reveal', 3, null);
    expect(playerCue(step('question', 3), shared)).toBeNull();
    expect(playerCue(shared, step('reveal', 3, right))).toBe('correct');
    expect(playerCue(step('reveal', 3, right), step('reveal', 3, right))).toBeNull();
  });

  it('is quiet for a poll or a skipped question, on a reload of the reveal, and for another question', () => {
    expect(playerCue(step('question', 3), step('reveal', 3, null))).toBeNull();
    expect(playerCue(step('question', 3), step('reveal', 3, silent))).toBeNull();
    expect(playerCue(null, step('reveal', 3, right))).toBeNull();
    expect(playerCue(step('question', 2), step('reveal', 3, right))).toBeNull();
    expect(playerCue(step('reveal', 3, right), step('leaderboard', 3, right))).toBeNull();
  });
});

describe('the notes', () => {
  it('are short, soft and audible: under a second, quieter than full scale, within a piano\'s range', () => {
    for (const [cue, notes] of Object.entries(CUES)) {
      expect(notes.length, cue).toBeGreaterThan(0);
      for (const note of notes) {
        expect(note.at + note.length, cue).toBeLessThan(1);
        expect(note.gain, cue).toBeGreaterThan(0);
        expect(note.gain, cue).toBeLessThanOrEqual(0.4);
        expect(note.hz, cue).toBeGreaterThanOrEqual(27.5);
        expect(note.hz, cue).toBeLessThanOrEqual(4186);
      }
    }
  });

  it('tell right from wrong by the direction of the melody, not only by timbre', () => {
    const rise = (notes: readonly { hz: number }[]) => notes.at(-1)!.hz - notes[0]!.hz;
    expect(rise(CUES.correct)).toBeGreaterThan(0);
    expect(rise(CUES.wrong)).toBeLessThan(0);
    expect(rise(CUES.partial)).toBe(0);
  });
});
