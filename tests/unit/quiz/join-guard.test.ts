import { describe, expect, it } from 'vitest';
import { BLOCKED_WORDS_MAX } from '../../../lib/quiz/blocked-words';
import { JOIN_SYMBOLS, PATTERN_LENGTH, isJoinPattern, newJoinPattern, patternMatches, type JoinSymbol } from '../../../lib/quiz/join-pattern';
import { reduce, replay, type SessionEvent, type SessionState } from '../../../lib/quiz/machine';
import { hostView, playerView } from '../../../lib/quiz/views';
import { QUIZ, apply, expectRefused, hostEvent, joinEvent, lobbyWith, newSession } from './helpers';

const PATTERN: JoinSymbol[] = ['star', 'circle', 'star'];
const twoStepOn = (pattern: JoinSymbol[] = PATTERN) => hostEvent({ action: 'twoStep', on: true, pattern });
const joinWith = (id: string, nickname: string, pattern?: string[]): SessionEvent => ({ ...joinEvent(id, nickname), ...(pattern ? { pattern } : {}) });

function guarded(): SessionState {
  return apply(lobbyWith(['ana']), twoStepOn(), 10);
}

describe('a join pattern', () => {
  it('is three of the six symbols, drawn with the random source it is given', () => {
    const draws = [5, 0, 2];
    const pattern = newJoinPattern(() => draws.shift()!);
    expect(pattern).toEqual([JOIN_SYMBOLS[5], JOIN_SYMBOLS[0], JOIN_SYMBOLS[2]]);
    expect(pattern).toHaveLength(PATTERN_LENGTH);
    expect(isJoinPattern(pattern)).toBe(true);
  });

  it('matches only the same symbols in the same order', () => {
    expect(patternMatches(PATTERN, ['star', 'circle', 'star'])).toBe(true);
    expect(patternMatches(PATTERN, ['circle', 'star', 'star'])).toBe(false);
    expect(patternMatches(PATTERN, ['star', 'circle'])).toBe(false);
    expect(patternMatches(PATTERN, ['star', 'circle', 'star', 'star'])).toBe(false);
  });

  it('is not well formed with an unknown symbol or the wrong length', () => {
    expect(isJoinPattern(['star', 'circle', 'pizza'])).toBe(false);
    expect(isJoinPattern(['star'])).toBe(false);
  });
});

describe('the two-step join', () => {
  it('is off in a new session', () => {
    expect(newSession().joinPattern).toBeNull();
  });

  it('turned on, refuses a join without the pattern (PATTERN_REQUIRED) or with another one (WRONG_PATTERN)', () => {
    const state = guarded();
    expect(state.joinPattern).toEqual(PATTERN);
    expectRefused(state, joinWith('bia', 'Bia'), 20, 'PATTERN_REQUIRED');
    expectRefused(state, joinWith('bia', 'Bia', ['star', 'star', 'circle']), 20, 'WRONG_PATTERN');
  });

  it('lets in whoever brings the pattern', () => {
    const state = apply(guarded(), joinWith('bia', 'Bia', PATTERN), 20);
    expect(state.joinOrder.toArray()).toEqual(['ana', 'bia']);
  });

  it('checks the pattern before the nickname, so a stranger learns nothing about who is in', () => {
    expectRefused(guarded(), joinWith('ana2', 'Ana'), 20, 'PATTERN_REQUIRED');
  });

  it('still says ROOM_LOCKED first when the room is locked as well', () => {
    const locked = apply(guarded(), hostEvent({ action: 'lock' }), 15);
    expectRefused(locked, joinWith('bia', 'Bia', PATTERN), 20, 'ROOM_LOCKED');
  });

  it('turned off, lets anyone in again, with or without a pattern', () => {
    const off = apply(guarded(), hostEvent({ action: 'twoStep', on: false }), 15);
    expect(off.joinPattern).toBeNull();
    expect(apply(off, joinWith('bia', 'Bia'), 20).joinOrder.toArray()).toContain('bia');
    expect(apply(off, joinWith('bia', 'Bia', ['moon', 'moon', 'moon']), 20).joinOrder.toArray()).toContain('bia');
  });

  it('turned on again, takes the new pattern and no longer the old one', () => {
    const renewed = apply(guarded(), twoStepOn(['moon', 'heart', 'square']), 15);
    expectRefused(renewed, joinWith('bia', 'Bia', PATTERN), 20, 'WRONG_PATTERN');
    expect(apply(renewed, joinWith('bia', 'Bia', ['moon', 'heart', 'square']), 20).joinOrder.toArray()).toContain('bia');
  });

  it('refuses a malformed pattern in the command (BAD_REQUEST)', () => {
    expectRefused(lobbyWith(['ana']), hostEvent({ action: 'twoStep', on: true, pattern: ['star', 'pizza', 'moon'] as JoinSymbol[] }), 10, 'BAD_REQUEST');
  });

  it('is refused after the game is over, like every other command but lock and unlock', () => {
    const over = apply(lobbyWith(['ana']), hostEvent({ action: 'end' }), 5);
    expectRefused(over, twoStepOn(), 10, 'GAME_OVER');
  });

  it('gives the same pattern and the same players after a replay of the stored events', () => {
    const events: { event: SessionEvent; at: number }[] = [
      { event: joinEvent('ana', 'Ana'), at: 0 },
      { event: twoStepOn(), at: 10 },
      { event: joinWith('bia', 'Bia'), at: 20 }, // refused, never stored in real life; harmless in a replay
      { event: joinWith('caio', 'Caio', PATTERN), at: 30 },
    ];
    let live = newSession();
    for (const { event, at } of events) {
      const result = reduce(live, event, { now: at, quiz: QUIZ });
      if (result.ok) live = result.state;
    }
    const replayed = replay(newSession(), events, QUIZ);
    expect(replayed).toEqual(live);
    expect(replayed.joinPattern).toEqual(PATTERN);
    expect(replayed.joinOrder.toArray()).toEqual(['ana', 'caio']);
  });

  it('shows the pattern on the host view only: no player view carries it', () => {
    const state = apply(guarded(), joinWith('bia', 'Bia', PATTERN), 20);
    expect(hostView(state, QUIZ, 'en', 30, new Set()).joinPattern).toEqual(PATTERN);
    for (const id of state.joinOrder) {
      const view = JSON.stringify(playerView(state, QUIZ, id, 30));
      expect(view).not.toContain('joinPattern');
      expect(view).not.toMatch(/"(star|circle|moon|heart|square|triangle)"/);
    }
    expect(hostView(lobbyWith(['ana']), QUIZ, 'en', 30, new Set()).joinPattern).toBeNull();
  });
});

describe("the host's blocked words", () => {
  it('refuse a nickname containing one, compared on the folded form (NICKNAME_BLOCKED)', () => {
    const state = apply(lobbyWith(['ana']), hostEvent({ action: 'blockWords', words: ['Banana'] }), 10);
    expect(state.blockedWords).toEqual(['banana']);
    expectRefused(state, joinEvent('p1', 'BANANA'), 20, 'NICKNAME_BLOCKED');
    expectRefused(state, joinEvent('p2', 'Bánáná Split'), 20, 'NICKNAME_BLOCKED');
    expectRefused(state, joinEvent('p3', 'ba.na.na'), 20, 'NICKNAME_BLOCKED');
    expect(apply(state, joinEvent('p4', 'Bandana'), 20).joinOrder.toArray()).toContain('p4');
  });

  it('add up across commands, without repeats, and show on the host view', () => {
    let state = apply(lobbyWith(['ana']), hostEvent({ action: 'blockWords', words: ['pear', 'Plum'] }), 10);
    state = apply(state, hostEvent({ action: 'blockWords', words: ['PEAR', 'fig'] }), 11);
    expect(state.blockedWords).toEqual(['pear', 'plum', 'fig']);
    expect(hostView(state, QUIZ, 'en', 12, new Set()).blockedWords).toEqual(['pear', 'plum', 'fig']);
  });

  it('can be allowed again one by one', () => {
    let state = apply(lobbyWith(['ana']), hostEvent({ action: 'blockWords', words: ['pear', 'plum'] }), 10);
    expectRefused(state, joinEvent('p1', 'Pear'), 11, 'NICKNAME_BLOCKED');
    state = apply(state, hostEvent({ action: 'unblockWord', word: 'PEAR' }), 12);
    expect(state.blockedWords).toEqual(['plum']);
    expect(apply(state, joinEvent('p1', 'Pear'), 13).joinOrder.toArray()).toContain('p1');
  });

  it('do not touch players who joined before the word was blocked', () => {
    const state = apply(lobbyWith(['ana']), hostEvent({ action: 'blockWords', words: ['ana'] }), 10);
    expect(state.participants.get('ana')!.removed).toBe(false);
  });

  it('refuse a word too short to mean anything, or one over the session limit (BAD_REQUEST)', () => {
    expectRefused(lobbyWith([]), hostEvent({ action: 'blockWords', words: ['a'] }), 10, 'BAD_REQUEST');
    expectRefused(lobbyWith([]), hostEvent({ action: 'blockWords', words: ['!!!'] }), 10, 'BAD_REQUEST');
    let state = lobbyWith([]);
    for (let i = 0; i < BLOCKED_WORDS_MAX / 10; i++) {
      state = apply(state, hostEvent({ action: 'blockWords', words: Array.from({ length: 10 }, (_, j) => `word${i}x${j}`) }), 10);
    }
    expect(state.blockedWords).toHaveLength(BLOCKED_WORDS_MAX);
    expectRefused(state, hostEvent({ action: 'blockWords', words: ['onemore'] }), 11, 'BAD_REQUEST');
  });

  it('survive a replay, so a restarted server refuses the same names', () => {
    const events = [
      { event: joinEvent('ana', 'Ana'), at: 0 },
      { event: hostEvent({ action: 'blockWords', words: ['pear'] }), at: 10 },
    ];
    const replayed = replay(newSession(), events, QUIZ);
    expect(replayed.blockedWords).toEqual(['pear']);
    expectRefused(replayed, joinEvent('p1', 'Pear Tree'), 20, 'NICKNAME_BLOCKED');
  });
});
