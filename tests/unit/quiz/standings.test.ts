import { describe, expect, it } from 'vitest';
import { standings } from '../../../lib/quiz/standings';
import { RIGHT, WRONG, answerEvent, apply, hostEvent, lobbyWith, startedWith } from './helpers';

describe('standings', () => {
  it('is empty in an empty lobby, and lists everyone at 0 with a shared rank 1 before any points', () => {
    expect(standings(lobbyWith([]))).toEqual([]);
    expect(standings(lobbyWith(['ana', 'bia'])).map((e) => [e.playerId, e.rank, e.score])).toEqual([
      ['ana', 1, 0],
      ['bia', 1, 0],
    ]);
  });

  it('ranks highest score first; equal scores share a rank and the next rank is skipped (1, 1, 3)', () => {
    let state = startedWith(['ana', 'bia', 'caio', 'dora']);
    state = apply(state, answerEvent('caio', 0, WRONG[0]!), 2_000);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 3_000);
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), 3_000);
    state = apply(state, answerEvent('dora', 0, RIGHT[0]!), 4_000);
    expect(standings(state).map((e) => [e.playerId, e.score, e.rank])).toEqual([
      ['ana', 900, 1],
      ['bia', 900, 1],
      ['dora', 850, 3],
      ['caio', 0, 4],
    ]);
  });

  it('keeps joining order among equal scores and reports each streak', () => {
    let state = startedWith(['zed', 'amy']);
    state = apply(state, answerEvent('amy', 0, RIGHT[0]!), 2_000);
    state = apply(state, answerEvent('zed', 0, RIGHT[0]!), 2_000);
    const table = standings(state);
    expect(table.map((e) => e.nickname)).toEqual(['zed', 'amy']);
    expect(table.every((e) => e.streak === 1 && e.rank === 1)).toBe(true);
  });

  it('leaves removed players out', () => {
    const state = apply(lobbyWith(['ana', 'bia']), hostEvent({ action: 'remove', playerId: 'ana' }), 1);
    expect(standings(state).map((e) => e.playerId)).toEqual(['bia']);
  });
});
