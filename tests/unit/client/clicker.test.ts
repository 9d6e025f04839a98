import { describe, expect, it } from 'vitest';
import { clickerCommand, isNextKey } from '../../../lib/client/clicker';

describe("a presenter's clicker", () => {
  it('counts its "next" keys, PageDown and the right arrow, and no other', () => {
    expect(['PageDown', 'ArrowRight'].every(isNextKey)).toBe(true);
    expect(['PageUp', 'ArrowLeft', 'Enter', ' ', 'b', '.', 'Escape', 'F5'].some(isNextKey)).toBe(false);
  });

  it('starts the game once someone has joined, then steps on, and stops at the podium', () => {
    expect(clickerCommand('lobby', 0)).toBeNull();
    expect(clickerCommand('lobby', 3)).toEqual({ action: 'start' });
    expect(clickerCommand('question', 3)).toEqual({ action: 'next' });
    expect(clickerCommand('reveal', 3)).toEqual({ action: 'next' });
    expect(clickerCommand('leaderboard', 3)).toEqual({ action: 'next' });
    expect(clickerCommand('podium', 3)).toBeNull();
  });
});
