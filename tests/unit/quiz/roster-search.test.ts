import { describe, expect, it } from 'vitest';
import { findPlayers } from '../../../lib/quiz/roster-search';

const players = ['Ana', 'José', 'Bruno', 'Joana', 'ANDRÉ', 'Lia'].map((nickname, i) => ({ id: `p${i}`, nickname }));
const names = (r: { shown: { nickname: string }[] }) => r.shown.map((p) => p.nickname);

describe("finding a player in the host's list", () => {
  it('shows the first ones in joining order when nothing is typed, and says how many there are', () => {
    expect(names(findPlayers(players, '', 3))).toEqual(['Ana', 'José', 'Bruno']);
    expect(findPlayers(players, '  ', 3).matched).toBe(6);
  });

  it('finds names that contain what was typed, whatever the case and accents', () => {
    expect(names(findPlayers(players, 'jo', 10))).toEqual(['José', 'Joana']);
    expect(names(findPlayers(players, 'jose', 10))).toEqual(['José']);
    expect(names(findPlayers(players, 'andre', 10))).toEqual(['ANDRÉ']);
    expect(names(findPlayers(players, 'AN', 10))).toEqual(['Ana', 'Joana', 'ANDRÉ']);
  });

  it('caps what is drawn but counts every match', () => {
    const crowd = Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}`, nickname: `Player ${i}` }));
    const r = findPlayers(crowd, 'player 1', 50);
    expect(r.shown).toHaveLength(50);
    expect(r.matched).toBe(1111);
    expect(findPlayers(crowd, 'zebra', 50)).toEqual({ shown: [], matched: 0 });
  });
});
