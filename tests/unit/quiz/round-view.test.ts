import { describe, expect, it } from 'vitest';
import type { SessionEvent, SessionState } from '../../../lib/quiz/machine';
import { withRound } from '../../../lib/quiz/round-view';
import { ownPartsApart, ownPartsUnchanged, ownView, playersWithOwnTimer, playerView, roundsSuffice, roundView, type PlayerView } from '../../../lib/quiz/views';
import { LIMIT_MS, QUIZ, RIGHT, WRONG, answerEvent, apply, hostEvent, joinEvent, newSession, TICK } from './helpers';

/**
 * The server sends a question's start (and lobby counts, pauses, extensions) as one
 * RoundView per language, and a phone makes its view with `withRound` from its last one.
 * These tests play games through the state machine, deliver to each simulated phone what
 * the server would (server/live/live-handlers.ts `onCommit` / `fanOut`), and check that
 * every phone that received something shows exactly what `playerView` says it should.
 */

type Phones = Map<string, PlayerView>;

/** What the server sends after `event` (applied at `now`), delivered to the phones. */
function deliver(phones: Phones, previous: SessionState, state: SessionState, event: SessionEvent, now: number): string[] {
  const samePhase = state.phase === previous.phase && state.questionIndex === previous.questionIndex;
  const active = state.joinOrder.filter((id) => !state.participants.get(id)!.removed);
  let received: string[];
  if ((event.type === 'answer' || event.type === 'setLocale') && samePhase) {
    received = [event.playerId];
    phones.set(event.playerId, playerView(state, QUIZ, event.playerId, now));
  } else if (event.type === 'join' && !phones.has(event.playerId)) {
    // The joining phone gets its view in the acknowledgement; the others the new count.
    phones.set(event.playerId, playerView(state, QUIZ, event.playerId, now));
    received = [event.playerId, ...deliverToAll(phones, state, event, now, active.filter((id) => id !== event.playerId))];
  } else received = deliverToAll(phones, state, event, now, active);
  for (const id of state.joinOrder) if (state.participants.get(id)!.removed) phones.delete(id);
  return received;
}

/** The state whose own parts the phones have (as the server keeps it), and steps sent without them. */
let ownSent: SessionState | null = null;
let roundsWithoutOwn = 0;

function deliverToAll(phones: Phones, state: SessionState, event: SessionEvent, now: number, ids: string[]): string[] {
  if (ownPartsApart(state)) {
    // Each phone's own part when the step changed it, then its language's round.
    const send = !(ownSent && ownPartsUnchanged(ownSent, state));
    if (send) ownSent = state;
    else roundsWithoutOwn++;
    for (const id of ids) {
      const own = send ? ownView(state, QUIZ, id) : null;
      phones.set(id, withRound(phones.get(id)!, roundView(state, QUIZ, state.participants.get(id)!.locale, now), own));
    }
    return ids;
  }
  if (!roundsSuffice(state, event)) {
    ownSent = state;
    for (const id of ids) phones.set(id, playerView(state, QUIZ, id, now));
    return ids;
  }
  const own = new Set(playersWithOwnTimer(state));
  for (const id of ids) {
    if (own.has(id)) phones.set(id, playerView(state, QUIZ, id, now));
    else {
      const round = roundView(state, QUIZ, state.participants.get(id)!.locale, now);
      expect(round).not.toBeNull();
      phones.set(id, withRound(phones.get(id)!, round!));
    }
  }
  return ids;
}

/** Plays `script` and checks every delivered view; returns how many rounds were used. */
function play(script: [SessionEvent, number][]): number {
  ownSent = null;
  roundsWithoutOwn = 0;
  let state = newSession(0);
  const phones: Phones = new Map();
  let rounds = 0;
  for (const [event, now] of script) {
    const previous = state;
    state = apply(state, event, now);
    if (roundsSuffice(state, event) || ownPartsApart(state)) rounds++;
    for (const id of deliver(phones, previous, state, event, now)) {
      expect(phones.get(id), `${id} after ${event.type === 'host' ? event.command.action : event.type} at ${now}`).toEqual(playerView(state, QUIZ, id, now));
    }
  }
  return rounds;
}

describe('a round merged into the last view is the whole new view', () => {
  it('through a game in two languages: joins, starts, answers, pauses, extensions, late joins, reveals and leaderboards', () => {
    const t = (q: number, ms: number) => (q === 0 ? 1_000 : 22_000) + ms;
    const script: [SessionEvent, number][] = [
      [joinEvent('ana', 'Ana', 'en'), 0],
      [joinEvent('bia', 'Bia', 'pt'), 10],
      [joinEvent('caio', 'Caio', 'en'), 20],
      [hostEvent({ action: 'start' }), t(0, 0)],
      [answerEvent('ana', 0, RIGHT[0]!), t(0, 1_000)],
      [hostEvent({ action: 'pause' }), t(0, 2_000)],
      [hostEvent({ action: 'resume' }), t(0, 5_000)],
      [joinEvent('dani', 'Dani', 'pt'), t(0, 5_500)],
      [hostEvent({ action: 'extend', seconds: 10 }), t(0, 6_000)],
      [answerEvent('bia', 0, WRONG[0]!), t(0, 7_000)],
      [answerEvent('caio', 0, RIGHT[0]!), t(0, 8_000)],
      [answerEvent('dani', 0, RIGHT[0]!), t(0, 9_000)],
      [hostEvent({ action: 'next' }), t(0, 20_000)],
      [hostEvent({ action: 'next' }), t(0, 21_000)],
      [answerEvent('bia', 1, RIGHT[1]!), t(1, 500)],
      [hostEvent({ action: 'lock' }), t(1, 600)],
      [TICK, t(1, LIMIT_MS + 1)],
      [hostEvent({ action: 'next' }), t(1, LIMIT_MS + 2_000)],
      [hostEvent({ action: 'next' }), t(1, LIMIT_MS + 3_000)],
      [hostEvent({ action: 'unlock' }), t(2, 0)],
    ];
    // Rounds carried the start, the pause, the resume, a late join, an extension, the next
    // question, the lock, and the one after; the rest were whole views.
    expect(play(script)).toBeGreaterThanOrEqual(7);
    // Both leaderboards went as rounds alone: nobody's own part changed from the reveal.
    expect(roundsWithoutOwn).toBeGreaterThanOrEqual(2);
  });

  it('with a player who has extra time (their own timer), a removal (ranks move) and a language change', () => {
    const t = (q: number, ms: number) => (q === 0 ? 1_000 : 22_000) + ms;
    const script: [SessionEvent, number][] = [
      [joinEvent('ana', 'Ana', 'en'), 0],
      [joinEvent('bia', 'Bia', 'pt'), 0],
      [joinEvent('caio', 'Caio', 'en'), 0],
      [hostEvent({ action: 'extraTime', playerId: 'caio', seconds: 5 }), 1],
      [hostEvent({ action: 'start' }), t(0, 0)],
      [answerEvent('ana', 0, RIGHT[0]!), t(0, 1_000)],
      [hostEvent({ action: 'pause' }), t(0, 2_000)],
      [hostEvent({ action: 'resume' }), t(0, 3_000)],
      [answerEvent('bia', 0, RIGHT[0]!), t(0, 4_000)],
      // The base time is up; Caio still has his extra seconds.
      [TICK, t(0, LIMIT_MS + 1_001)],
      [answerEvent('caio', 0, WRONG[0]!), t(0, LIMIT_MS + 2_000)],
      [hostEvent({ action: 'next' }), t(0, 20_000)],
      [hostEvent({ action: 'next' }), t(0, 21_000)],
      [{ type: 'setLocale', playerId: 'ana', locale: 'pt' }, t(1, 100)],
      [hostEvent({ action: 'remove', playerId: 'ana' }), t(1, 200)],
      [hostEvent({ action: 'pause' }), t(1, 300)],
      [hostEvent({ action: 'resume' }), t(1, 400)],
      [hostEvent({ action: 'skip' }), t(1, 500)],
      [hostEvent({ action: 'end' }), t(1, 600)],
    ];
    expect(play(script)).toBeGreaterThanOrEqual(4);
  });

  it('after a question closes: a join, a lock, a removal and the podium each leave every phone right', () => {
    const t = (q: number, ms: number) => (q === 0 ? 1_000 : 22_000) + ms;
    const script: [SessionEvent, number][] = [
      [joinEvent('ana', 'Ana', 'en'), 0],
      [joinEvent('bia', 'Bia', 'pt'), 0],
      [joinEvent('caio', 'Caio', 'en'), 0],
      [hostEvent({ action: 'start' }), t(0, 0)],
      [answerEvent('ana', 0, RIGHT[0]!), t(0, 1_000)],
      [answerEvent('bia', 0, RIGHT[0]!), t(0, 2_000)],
      [answerEvent('caio', 0, WRONG[0]!), t(0, 3_000)],
      // The reveal: a late joiner, then a lock (nobody's own part changes).
      [joinEvent('dani', 'Dani', 'pt'), t(0, 4_000)],
      [hostEvent({ action: 'lock' }), t(0, 5_000)],
      [hostEvent({ action: 'next' }), t(0, 6_000)],
      // The leaderboard: Ana, first, is removed, so everyone below moves up.
      [hostEvent({ action: 'remove', playerId: 'ana' }), t(0, 7_000)],
      [hostEvent({ action: 'unlock' }), t(0, 8_000)],
      [hostEvent({ action: 'next' }), t(0, 20_000)],
      [answerEvent('bia', 1, WRONG[1]!), t(1, 500)],
      [TICK, t(1, LIMIT_MS + 1)],
      [hostEvent({ action: 'end' }), t(1, LIMIT_MS + 2_000)],
    ];
    play(script);
    expect(roundsWithoutOwn).toBeGreaterThanOrEqual(2);
  });

  it('is not for a view of another session or language', () => {
    let state = newSession(0);
    state = apply(state, joinEvent('ana', 'Ana', 'en'), 0);
    state = apply(state, joinEvent('bia', 'Bia', 'pt'), 0);
    const ana = playerView(state, QUIZ, 'ana', 0);
    state = apply(state, hostEvent({ action: 'start' }), 1_000);
    const pt = roundView(state, QUIZ, 'pt', 1_000)!;
    expect(withRound(ana, pt)).toBe(ana);
    expect(withRound(ana, { ...roundView(state, QUIZ, 'en', 1_000)!, code: 'OTHER1' })).toBe(ana);
    expect(withRound(ana, roundView(state, QUIZ, 'en', 1_000)!)).toEqual(playerView(state, QUIZ, 'ana', 1_000));
  });

  it("from a question's close on, carries the reveal and the table; each phone's result, score and rank come apart", () => {
    let state = newSession(0);
    state = apply(state, joinEvent('ana', 'Ana', 'en'), 0);
    state = apply(state, joinEvent('caio', 'Caio', 'en'), 0);
    state = apply(state, hostEvent({ action: 'start' }), 1_000);
    expect(ownPartsApart(state)).toBe(false);
    // No own part while the question runs: it would say who got it right.
    expect(() => ownView(state, QUIZ, 'ana')).toThrow();
    const before = { ana: playerView(state, QUIZ, 'ana', 1_000), caio: playerView(state, QUIZ, 'caio', 1_000) };
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, answerEvent('caio', 0, WRONG[0]!), 3_000);
    expect(state.phase).toBe('reveal');
    expect(ownPartsApart(state)).toBe(true);
    const round = roundView(state, QUIZ, 'en', 3_000);
    expect(round.reveal?.correctAnswer).toBeTruthy();
    // Shared: nothing of Ana's or Caio's own.
    expect(JSON.stringify(round)).not.toContain('"result"');
    const ana = withRound(before.ana, round, ownView(state, QUIZ, 'ana'));
    const caio = withRound(before.caio, round, ownView(state, QUIZ, 'caio'));
    expect(ana).toEqual(playerView(state, QUIZ, 'ana', 3_000));
    expect(caio).toEqual(playerView(state, QUIZ, 'caio', 3_000));
    expect(ana.result?.correct).toBe(true);
    expect(caio.result?.correct).toBe(false);
    // Ana's own part is a few dozen bytes; her whole view carries the question and its explanation.
    expect(JSON.stringify(ownView(state, QUIZ, 'ana')).length * 4).toBeLessThan(JSON.stringify(ana).length);

    state = apply(state, hostEvent({ action: 'next' }), 4_000);
    expect(state.phase).toBe('leaderboard');
    const table = roundView(state, QUIZ, 'en', 4_000);
    expect(table.standings.map((e) => e.playerId)).toEqual(['ana', 'caio']);
    expect(withRound(ana, table, ownView(state, QUIZ, 'caio'))).not.toEqual(playerView(state, QUIZ, 'ana', 4_000));
    expect(withRound(ana, table, ownView(state, QUIZ, 'ana'))).toEqual(playerView(state, QUIZ, 'ana', 4_000));
  });

  it('takes an own part only with the round of its step; without one it keeps what the phone had, never an older result', () => {
    let state = newSession(0);
    state = apply(state, joinEvent('ana', 'Ana', 'en'), 0);
    state = apply(state, hostEvent({ action: 'start' }), 1_000);
    const question = playerView(state, QUIZ, 'ana', 1_000);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    const revealOwn = ownView(state, QUIZ, 'ana');
    const revealRound = roundView(state, QUIZ, 'en', 2_000);
    state = apply(state, hostEvent({ action: 'next' }), 3_000);
    const tableRound = roundView(state, QUIZ, 'en', 3_000);
    // The reveal's own part does not belong to the leaderboard's round.
    const mismatched = withRound(question, tableRound, revealOwn);
    expect(mismatched.result).toBeNull();
    expect(mismatched.me).toEqual(question.me);
    // A reveal round that came without its own part: the phone's answer and score stay, no result is made up.
    const alone = withRound({ ...question, myAnswer: RIGHT[0]! }, revealRound);
    expect(alone.reveal).toEqual(revealRound.reveal);
    expect(alone.result).toBeNull();
    // The next question starts with no answer and no result, whatever came before.
    state = apply(state, hostEvent({ action: 'next' }), 4_000);
    const next = withRound(withRound(question, revealRound, revealOwn), roundView(state, QUIZ, 'en', 4_000));
    expect(next).toEqual(playerView(state, QUIZ, 'ana', 4_000));
  });
});
