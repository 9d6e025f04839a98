import { describe, expect, it } from 'vitest';
import { isNextKey } from '../../../lib/client/clicker';
import { stepForward } from '../../../lib/quiz/step-forward';

describe("a presenter's clicker", () => {
  it('counts its "next" keys, PageDown and the right arrow, and no other', () => {
    expect(['PageDown', 'ArrowRight'].every(isNextKey)).toBe(true);
    expect(['PageUp', 'ArrowLeft', 'Enter', ' ', 'b', '.', 'Escape', 'F5'].some(isNextKey)).toBe(false);
  });

  it('starts the game once someone has joined, then steps on, and stops at the podium', () => {
    expect(stepForward('lobby', 0)).toBeNull();
    expect(stepForward('lobby', 3)).toEqual({ action: 'start' });
    expect(stepForward('question', 3)).toEqual({ action: 'next' });
    expect(stepForward('reveal', 3)).toEqual({ action: 'next' });
    expect(stepForward('leaderboard', 3)).toEqual({ action: 'next' });
    expect(stepForward('podium', 3)).toBeNull();
  });
});
