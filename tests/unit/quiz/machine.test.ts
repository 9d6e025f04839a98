import { describe, expect, it } from 'vitest';
import {
  activeParticipants,
  closesAt,
  createSession,
  nextWakeAt,
  playerDeadline,
  reduce,
  replay,
  type SessionState,
} from '../../../lib/quiz/machine';
import { standings } from '../../../lib/quiz/standings';
import {
  LIMIT_MS,
  QUIZ,
  RIGHT,
  Recorder,
  TICK,
  WRONG,
  answerEvent,
  apply,
  deepFreeze,
  expectRefused,
  hostEvent,
  joinEvent,
  lobbyWith,
  newSession,
  startedWith,
} from './helpers';

// startedWith(...) starts question 0 at t = 1 000, so its base deadline is 11 000.
const START = 1_000;
const DEADLINE = START + LIMIT_MS;
const FROZEN_QUIZ = deepFreeze(structuredClone(QUIZ));

describe('a new session', () => {
  it('opens in the lobby, unlocked, with no question, players or runs', () => {
    const state = createSession({ code: 'ABC123', shuffleSeed: 'seed-ABC123', quiz: QUIZ, scoring: 'speed', now: 42 });
    expect(state).toMatchObject({
      code: 'ABC123',
      quizId: QUIZ.id,
      questionCount: QUIZ.questions.length,
      createdAt: 42,
      scoring: 'speed',
      locked: false,
      phase: 'lobby',
      questionIndex: -1,
      deadline: null,
      participants: {},
      runs: [],
      endedAt: null,
    });
    expect(state.joinOrder.length).toBe(0);
    expect(closesAt(state)).toBeNull();
    expect(nextWakeAt(state)).toBeNull();
  });
});

describe('a full game', () => {
  it('goes lobby -> question -> reveal -> leaderboard -> ... -> podium, one question after another', () => {
    let state = lobbyWith(['ana', 'bia']);
    const phases: string[] = [state.phase];
    let now = START;
    state = apply(state, hostEvent({ action: 'start' }), now);
    for (let q = 0; q < QUIZ.questions.length; q++) {
      expect(state.phase).toBe('question');
      expect(state.questionIndex).toBe(q);
      expect(state.deadline).toBe(now + LIMIT_MS);
      phases.push(state.phase);
      state = apply(state, answerEvent('ana', q, RIGHT[q]!), now + 1_000);
      state = apply(state, answerEvent('bia', q, WRONG[q]!), now + 2_000);
      phases.push(state.phase);
      state = apply(state, hostEvent({ action: 'next' }), now + 3_000);
      phases.push(state.phase);
      now += 4_000;
      state = apply(state, hostEvent({ action: 'next' }), now);
    }
    phases.push(state.phase);
    expect(phases).toEqual([
      'lobby',
      ...QUIZ.questions.flatMap(() => ['question', 'reveal', 'leaderboard']),
      'podium',
    ]);
    expect(state.endedAt).toBe(now);
    expect(state.deadline).toBeNull();
    expect(state.runs).toHaveLength(QUIZ.questions.length);
    expect(state.runs.every((run) => !run.skipped && run.closedAt !== null)).toBe(true);
  });

  it('a right answer earns points and builds a streak; a wrong one earns nothing', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), START); // instant
    state = apply(state, answerEvent('bia', 0, WRONG[0]!), START + 5_000);
    expect(state.phase).toBe('reveal');
    expect(state.runs[0]!.answers.get('ana')).toMatchObject({ correct: true, points: 1_000, elapsedMs: 0 });
    expect(state.runs[0]!.answers.get('bia')).toMatchObject({ correct: false, points: 0, elapsedMs: 5_000 });
    expect(state.participants.get('ana')).toMatchObject({ score: 1_000, streak: 1 });
    expect(state.participants.get('bia')).toMatchObject({ score: 0, streak: 0 });

    state = apply(state, hostEvent({ action: 'next' }), 20_000);
    state = apply(state, hostEvent({ action: 'next' }), 21_000); // question 1 starts at 21 000
    state = apply(state, answerEvent('ana', 1, RIGHT[1]!), 21_000);
    state = apply(state, answerEvent('bia', 1, RIGHT[1]!), 21_000 + LIMIT_MS); // right at the deadline
    expect(state.participants.get('ana')).toMatchObject({ score: 1_000 + 1_000 + 100, streak: 2 });
    expect(state.participants.get('bia')).toMatchObject({ score: 500, streak: 1 });
  });

  it('a player who does not answer scores 0 and loses their streak when the time runs out', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), START);
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), START);
    state = apply(state, hostEvent({ action: 'next' }), 12_000);
    state = apply(state, hostEvent({ action: 'next' }), 13_000);
    expect(state.participants.get('bia')!.streak).toBe(1);
    state = apply(state, answerEvent('ana', 1, RIGHT[1]!), 13_000);
    state = apply(state, TICK, 13_000 + LIMIT_MS);
    expect(state.phase).toBe('reveal');
    expect(state.participants.get('bia')).toMatchObject({ score: 1_000, streak: 0 });
    expect(state.runs[1]!.answers.get('bia')).toBeUndefined();
  });
});

describe('starting the game', () => {
  it('is refused with NO_PLAYERS while nobody has joined, and the state is unchanged', () => {
    expectRefused(newSession(), hostEvent({ action: 'start' }), START, 'NO_PLAYERS');
  });

  it('is refused with NO_PLAYERS when the only player was removed', () => {
    const state = apply(lobbyWith(['ana']), hostEvent({ action: 'remove', playerId: 'ana' }), 10);
    expectRefused(state, hostEvent({ action: 'start' }), START, 'NO_PLAYERS');
  });

  it('cannot happen twice: a second start is WRONG_PHASE', () => {
    expectRefused(startedWith(['ana']), hostEvent({ action: 'start' }), 2_000, 'WRONG_PHASE');
  });

  it('"next" in the lobby is WRONG_PHASE: the host must start', () => {
    expectRefused(lobbyWith(['ana']), hostEvent({ action: 'next' }), 10, 'WRONG_PHASE');
  });
});

describe('joining', () => {
  it('keeps the active players and the taken nicknames right across joins, removals and joins again', () => {
    // The roster caches follow each join instead of being rebuilt: they must agree with a recount.
    const recount = (state: SessionState) => state.joinOrder.map((id) => state.participants.get(id)!).filter((p) => !p.removed);
    let state = lobbyWith(['ana', 'bia', 'caio']);
    expect(activeParticipants(state)).toEqual(recount(state));
    state = apply(state, hostEvent({ action: 'remove', playerId: 'bia' }), 1);
    expect(activeParticipants(state).map((p) => p.id)).toEqual(['ana', 'caio']);
    // Bia's nickname is free again once she is removed; Ana's is still taken, whatever the case.
    state = apply(state, joinEvent('bia2', 'bia'), 2);
    expectRefused(state, joinEvent('ana2', 'ANA'), 3, 'NICKNAME_TAKEN');
    for (let i = 0; i < 100; i++) state = apply(state, joinEvent(`p${i}`), 4 + i);
    expect(activeParticipants(state)).toEqual(recount(state));
    expect(activeParticipants(state)).toHaveLength(103);
    expectRefused(state, joinEvent('again', 'p42'), 200, 'NICKNAME_TAKEN');
    state = apply(state, hostEvent({ action: 'extraTime', playerId: 'p7', seconds: 5 }), 201);
    state = apply(state, joinEvent('late'), 202);
    expect(activeParticipants(state)).toEqual(recount(state));
    state = apply(state, hostEvent({ action: 'start' }), 1_000);
    // The largest extra time is kept through the join after it.
    expect(closesAt(state)).toBe(1_000 + LIMIT_MS + 5_000);
  });

  it('adds players in joining order with a clean score', () => {
    const state = lobbyWith(['ana', 'bia', 'caio']);
    expect(state.joinOrder.toArray()).toEqual(['ana', 'bia', 'caio']);
    expect(state.participants.get('bia')).toMatchObject({
      nickname: 'bia',
      locale: 'en',
      secretHash: 'hash-bia',
      joinedAt: 0,
      removed: false,
      extraTimeMs: 0,
      score: 0,
      streak: 0,
    });
  });

  it('is refused with ROOM_LOCKED once the host locks the room, and allowed again after unlocking', () => {
    const locked = apply(lobbyWith(['ana']), hostEvent({ action: 'lock' }), 10);
    expect(locked.locked).toBe(true);
    expectRefused(locked, joinEvent('bia'), 20, 'ROOM_LOCKED');
    const unlocked = apply(locked, hostEvent({ action: 'unlock' }), 30);
    expect(apply(unlocked, joinEvent('bia'), 40).joinOrder.toArray()).toEqual(['ana', 'bia']);
  });

  it('refuses a nickname already in use, ignoring upper and lower case (NICKNAME_TAKEN)', () => {
    const state = apply(newSession(), joinEvent('p1', 'Ana'), 0);
    expectRefused(state, joinEvent('p2', 'ANA'), 1, 'NICKNAME_TAKEN');
    expectRefused(state, joinEvent('p3', 'ana'), 1, 'NICKNAME_TAKEN');
  });

  it('refuses a nickname already in use, ignoring accents (NICKNAME_TAKEN)', () => {
    const state = apply(newSession(), joinEvent('p1', 'José'), 0);
    expectRefused(state, joinEvent('p2', 'jose'), 1, 'NICKNAME_TAKEN');
    expectRefused(state, joinEvent('p3', 'JOSÉ'), 1, 'NICKNAME_TAKEN');
    expectRefused(state, joinEvent('p4', 'Jose\u0301'), 1, 'NICKNAME_TAKEN');
  });

  it('accepts a different nickname', () => {
    const state = apply(newSession(), joinEvent('p1', 'Ana'), 0);
    expect(apply(state, joinEvent('p2', 'Anna'), 1).joinOrder.toArray()).toEqual(['p1', 'p2']);
  });

  it("frees a removed player's nickname for someone new", () => {
    let state = apply(newSession(), joinEvent('p1', 'Ana'), 0);
    state = apply(state, hostEvent({ action: 'remove', playerId: 'p1' }), 1);
    state = apply(state, joinEvent('p2', 'ana'), 2);
    expect(activeParticipants(state).map((p) => p.nickname)).toEqual(['ana']);
  });

  it('refuses the same player id twice with BAD_REQUEST', () => {
    expectRefused(lobbyWith(['ana']), joinEvent('ana', 'Other name'), 1, 'BAD_REQUEST');
  });

  it('is still possible while a question runs, and the newcomer must answer before it closes early', () => {
    let state = startedWith(['ana']);
    state = apply(state, joinEvent('bia'), 2_000);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 3_000);
    expect(state.phase).toBe('question');
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), 4_000);
    expect(state.phase).toBe('reveal');
  });

  it('is refused with GAME_OVER after the podium', () => {
    const over = apply(startedWith(['ana']), hostEvent({ action: 'end' }), 2_000);
    expectRefused(over, joinEvent('bia'), 3_000, 'GAME_OVER');
  });
});

describe('changing language', () => {
  it("switches the player's locale", () => {
    const state = apply(lobbyWith(['ana']), { type: 'setLocale', playerId: 'ana', locale: 'pt' }, 1);
    expect(state.participants.get('ana')!.locale).toBe('pt');
  });

  it('is refused with UNKNOWN_PLAYER for a player who never joined', () => {
    expectRefused(lobbyWith(['ana']), { type: 'setLocale', playerId: 'ghost', locale: 'pt' }, 1, 'UNKNOWN_PLAYER');
  });
});

describe('refused answers leave the state unchanged', () => {
  const three = () => startedWith(['ana', 'bia', 'caio']);

  it('a player who answers after the timer gets TOO_LATE and the state is unchanged', () => {
    expectRefused(three(), answerEvent('ana', 0, RIGHT[0]!), DEADLINE + 1, 'TOO_LATE');
  });

  it('an answer exactly at the deadline still counts', () => {
    const state = apply(three(), answerEvent('ana', 0, RIGHT[0]!), DEADLINE);
    expect(state.runs[0]!.answers.get('ana')).toMatchObject({ elapsedMs: LIMIT_MS, receivedAt: DEADLINE });
  });

  it('an answer during the reveal is TOO_LATE', () => {
    const reveal = apply(three(), hostEvent({ action: 'next' }), 2_000);
    expect(reveal.phase).toBe('reveal');
    expectRefused(reveal, answerEvent('ana', 0, RIGHT[0]!), 2_001, 'TOO_LATE');
  });

  it('an answer during the leaderboard is TOO_LATE', () => {
    let state = apply(three(), hostEvent({ action: 'next' }), 2_000);
    state = apply(state, hostEvent({ action: 'next' }), 3_000);
    expect(state.phase).toBe('leaderboard');
    expectRefused(state, answerEvent('ana', 0, RIGHT[0]!), 3_001, 'TOO_LATE');
  });

  it('a second answer to the same question is ALREADY_ANSWERED and the first one stands', () => {
    const state = apply(three(), answerEvent('ana', 0, WRONG[0]!), 2_000);
    expectRefused(state, answerEvent('ana', 0, RIGHT[0]!), 3_000, 'ALREADY_ANSWERED');
    expect(state.runs[0]!.answers.get('ana')!.answer).toEqual(WRONG[0]);
  });

  it('an answer to another question than the current one is WRONG_QUESTION', () => {
    expectRefused(three(), answerEvent('ana', 1, RIGHT[1]!), 2_000, 'WRONG_QUESTION');
  });

  it('an answer to the previous question, once the next one runs, is WRONG_QUESTION', () => {
    let state = apply(three(), hostEvent({ action: 'next' }), 2_000);
    state = apply(state, hostEvent({ action: 'next' }), 3_000);
    state = apply(state, hostEvent({ action: 'next' }), 4_000);
    expect(state.questionIndex).toBe(1);
    expectRefused(state, answerEvent('ana', 0, RIGHT[0]!), 4_001, 'WRONG_QUESTION');
  });

  it('an answer naming an option the question does not have is INVALID_ANSWER', () => {
    expectRefused(three(), answerEvent('ana', 0, { type: 'single', optionId: 'zz' }), 2_000, 'INVALID_ANSWER');
  });

  it('an answer of the wrong type is INVALID_ANSWER', () => {
    expectRefused(three(), answerEvent('ana', 0, { type: 'truefalse', value: true }), 2_000, 'INVALID_ANSWER');
    expectRefused(three(), answerEvent('ana', 0, { type: 'multiple', optionIds: ['b'] }), 2_000, 'INVALID_ANSWER');
  });

  it('an ordering that names an item twice is INVALID_ANSWER', () => {
    let state = three();
    for (let q = 0; q < 3; q++) {
      state = apply(state, hostEvent({ action: 'skip' }), 2_000 + q);
    }
    expect(state.questionIndex).toBe(3);
    expectRefused(state, answerEvent('ana', 3, { type: 'ordering', optionIds: ['x', 'x', 'z'] }), 3_000, 'INVALID_ANSWER');
    expectRefused(state, answerEvent('ana', 3, { type: 'ordering', optionIds: ['x', 'y'] }), 3_000, 'INVALID_ANSWER');
  });

  it('an answer while the host has paused is PAUSED', () => {
    const paused = apply(three(), hostEvent({ action: 'pause' }), 2_000);
    expectRefused(paused, answerEvent('ana', 0, RIGHT[0]!), 3_000, 'PAUSED');
  });

  it('an answer from a removed player is PLAYER_REMOVED', () => {
    const state = apply(three(), hostEvent({ action: 'remove', playerId: 'ana' }), 2_000);
    expectRefused(state, answerEvent('ana', 0, RIGHT[0]!), 3_000, 'PLAYER_REMOVED');
  });

  it('an answer from someone who never joined is UNKNOWN_PLAYER', () => {
    expectRefused(three(), answerEvent('ghost', 0, RIGHT[0]!), 2_000, 'UNKNOWN_PLAYER');
  });

  it('an answer after the game ended is GAME_OVER', () => {
    const over = apply(three(), hostEvent({ action: 'end' }), 2_000);
    expectRefused(over, answerEvent('ana', 0, RIGHT[0]!), 3_000, 'GAME_OVER');
  });

  it('an answer in the lobby is refused', () => {
    expectRefused(lobbyWith(['ana']), answerEvent('ana', -1, RIGHT[0]!), 10, 'WRONG_PHASE');
    expectRefused(lobbyWith(['ana']), answerEvent('ana', 0, RIGHT[0]!), 10, 'WRONG_QUESTION');
  });
});

describe('closing a question', () => {
  it('closes early, at the last answer, once everyone has answered', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    expect(state.phase).toBe('question');
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), 3_000);
    expect(state.phase).toBe('reveal');
    expect(state.runs[0]!.closedAt).toBe(3_000);
    expect(state.deadline).toBeNull();
  });

  it('a tick before the deadline changes nothing', () => {
    const state = startedWith(['ana', 'bia']);
    const result = reduce(state, TICK, { now: DEADLINE - 1, quiz: QUIZ });
    expect(result).toEqual({ ok: true, state });
    expect(result.ok && result.state).toBe(state);
  });

  it('a tick at or after the deadline closes the question and scores it', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 6_000);
    expect(closesAt(state)).toBe(DEADLINE);
    expect(nextWakeAt(state)).toBe(DEADLINE);
    const closed = apply(state, TICK, DEADLINE);
    expect(closed.phase).toBe('reveal');
    expect(closed.runs[0]!.closedAt).toBe(DEADLINE);
    expect(closed.participants.get('ana')!.score).toBe(750);
    expect(apply(state, TICK, DEADLINE + 5_000).phase).toBe('reveal');
  });

  it('a tick outside a running question changes nothing', () => {
    const lobby = lobbyWith(['ana']);
    expect(apply(lobby, TICK, 99_999)).toBe(lobby);
    const reveal = apply(startedWith(['ana']), hostEvent({ action: 'next' }), 2_000);
    expect(apply(reveal, TICK, 99_999)).toBe(reveal);
  });

  it('"next" during a question reveals it at once', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, hostEvent({ action: 'next' }), 3_000);
    expect(state.phase).toBe('reveal');
    expect(state.runs[0]!.closedAt).toBe(3_000);
    expect(state.runs[0]!.answers.get('ana')!.correct).toBe(true);
  });
});

describe('pause, resume and extend', () => {
  it('pause freezes the remaining time: ticks do nothing while paused', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, hostEvent({ action: 'pause' }), 5_000);
    expect(state).toMatchObject({ phase: 'question', deadline: null, pausedAt: 5_000, pausedRemainingMs: 6_000 });
    expect(closesAt(state)).toBeNull();
    expect(nextWakeAt(state)).toBeNull();
    expect(playerDeadline(state, 'ana')).toBeNull();
    expect(apply(state, TICK, 1_000_000)).toBe(state);
  });

  it('resume restores the remaining time, and the elapsed time excludes the pause', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, hostEvent({ action: 'pause' }), 5_000); // 4 s in, 6 s left
    state = apply(state, hostEvent({ action: 'resume' }), 65_000); // paused for 60 s
    expect(state).toMatchObject({ deadline: 71_000, pausedAt: null, pausedRemainingMs: null });
    expect(state.runs[0]!.pausedMs).toBe(60_000);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 66_000);
    expect(state.runs[0]!.answers.get('ana')!.elapsedMs).toBe(5_000);
    expect(apply(state, TICK, 70_999).phase).toBe('question');
    const closed = apply(state, TICK, 71_000);
    expect(closed.phase).toBe('reveal');
    expect(closed.participants.get('ana')!.score).toBe(750); // 5 of 10 s
  });

  it('a second pause, or a resume without a pause, is WRONG_PHASE', () => {
    const paused = apply(startedWith(['ana']), hostEvent({ action: 'pause' }), 2_000);
    expectRefused(paused, hostEvent({ action: 'pause' }), 3_000, 'WRONG_PHASE');
    expectRefused(startedWith(['ana']), hostEvent({ action: 'resume' }), 3_000, 'WRONG_PHASE');
    expectRefused(lobbyWith(['ana']), hostEvent({ action: 'pause' }), 3_000, 'WRONG_PHASE');
  });

  it('extend adds time to a running question', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, hostEvent({ action: 'extend', seconds: 15 }), 3_000);
    expect(state.deadline).toBe(DEADLINE + 15_000);
    expect(state.runs[0]!.allowedMs).toBe(LIMIT_MS + 15_000);
    // An answer after the old deadline is now in time, and speed points use the new length.
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), START + 12_500);
    state = apply(state, TICK, DEADLINE + 15_000);
    expect(state.participants.get('ana')!.score).toBe(750); // 12.5 of 25 s
  });

  it('extend also works while paused, adding to the frozen remaining time', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, hostEvent({ action: 'pause' }), 5_000); // 6 s left
    state = apply(state, hostEvent({ action: 'extend', seconds: 5 }), 6_000);
    expect(state).toMatchObject({ deadline: null, pausedRemainingMs: 11_000 });
    expect(state.runs[0]!.allowedMs).toBe(LIMIT_MS + 5_000);
    state = apply(state, hostEvent({ action: 'resume' }), 20_000);
    expect(state.deadline).toBe(31_000);
  });

  it('extend outside a question is WRONG_PHASE', () => {
    expectRefused(lobbyWith(['ana']), hostEvent({ action: 'extend', seconds: 10 }), 10, 'WRONG_PHASE');
  });

  it('a pause during a player\'s extra time keeps only the extra time that was left', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, hostEvent({ action: 'extraTime', playerId: 'bia', seconds: 5 }), 1_500);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, hostEvent({ action: 'pause' }), DEADLINE + 2_000); // bia has 3 s left
    state = apply(state, hostEvent({ action: 'resume' }), 50_000);
    expect(playerDeadline(state, 'bia')).toBe(53_000);
    expect(closesAt(state)).toBe(53_000);
    expectRefused(state, answerEvent('bia', 0, RIGHT[0]!), 54_000, 'TOO_LATE');
  });
});

describe('skipping a question', () => {
  it('moves on to the next question with no points, the skipped run marked as such', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, hostEvent({ action: 'skip' }), 3_000);
    expect(state).toMatchObject({ phase: 'question', questionIndex: 1, deadline: 3_000 + LIMIT_MS });
    expect(state.runs[0]).toMatchObject({ skipped: true, closedAt: 3_000 });
    expect(state.runs[0]!.answers.get('ana')).toMatchObject({ correct: null, points: null });
    expect(state.runs[1]).toMatchObject({ startedAt: 3_000, skipped: false, closedAt: null });
    expect(state.runs[1]!.answers.size).toBe(0);
    expect(state.participants.get('ana')).toMatchObject({ score: 0, streak: 0 });
  });

  it('skipping while paused clears the pause', () => {
    let state = startedWith(['ana']);
    state = apply(state, hostEvent({ action: 'pause' }), 2_000);
    state = apply(state, hostEvent({ action: 'skip' }), 3_000);
    expect(state).toMatchObject({ questionIndex: 1, pausedAt: null, pausedRemainingMs: null, deadline: 13_000 });
  });

  it('skipping the last question ends the game', () => {
    let state = startedWith(['ana']);
    for (let q = 0; q < QUIZ.questions.length; q++) state = apply(state, hostEvent({ action: 'skip' }), 2_000 + q);
    expect(state.phase).toBe('podium');
    expect(state.endedAt).toBe(2_000 + QUIZ.questions.length - 1);
    expect(state.runs.every((run) => run.skipped)).toBe(true);
  });

  it('skip outside a question is WRONG_PHASE', () => {
    const reveal = apply(startedWith(['ana']), hostEvent({ action: 'next' }), 2_000);
    expectRefused(reveal, hostEvent({ action: 'skip' }), 3_000, 'WRONG_PHASE');
  });
});

describe('ending the game', () => {
  it('goes straight to the podium; a running question is dropped, not scored', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, hostEvent({ action: 'end' }), 3_000);
    expect(state).toMatchObject({ phase: 'podium', endedAt: 3_000, deadline: null });
    expect(state.runs[0]).toMatchObject({ skipped: true, closedAt: 3_000 });
    expect(state.participants.get('ana')!.score).toBe(0);
  });

  it('works from the lobby and from a leaderboard', () => {
    expect(apply(lobbyWith([]), hostEvent({ action: 'end' }), 5).phase).toBe('podium');
    let state = apply(startedWith(['ana']), hostEvent({ action: 'next' }), 2_000);
    state = apply(state, hostEvent({ action: 'next' }), 3_000);
    state = apply(state, hostEvent({ action: 'end' }), 4_000);
    expect(state.phase).toBe('podium');
    expect(state.runs[0]!.skipped).toBe(false);
  });

  it('after the podium every host command but lock/unlock is GAME_OVER', () => {
    const over = apply(startedWith(['ana']), hostEvent({ action: 'end' }), 2_000);
    for (const command of [
      { action: 'start' },
      { action: 'next' },
      { action: 'pause' },
      { action: 'resume' },
      { action: 'extend', seconds: 10 },
      { action: 'skip' },
      { action: 'end' },
      { action: 'remove', playerId: 'ana' },
      { action: 'extraTime', playerId: 'ana', seconds: 10 },
      { action: 'scoring', mode: 'accuracy' },
    ] as const) {
      expectRefused(over, hostEvent(command), 3_000, 'GAME_OVER');
    }
    expect(apply(over, hostEvent({ action: 'lock' }), 3_000).locked).toBe(true);
  });
});

describe('removing a player', () => {
  it('takes them out of the standings', () => {
    let state = startedWith(['ana', 'bia', 'caio']);
    state = apply(state, hostEvent({ action: 'remove', playerId: 'bia' }), 2_000);
    expect(state.participants.get('bia')!.removed).toBe(true);
    expect(standings(state).map((e) => e.playerId)).toEqual(['ana', 'caio']);
    expect(activeParticipants(state).map((p) => p.id)).toEqual(['ana', 'caio']);
  });

  it('closes the question when everyone left has already answered', () => {
    let state = startedWith(['ana', 'bia', 'caio']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, answerEvent('caio', 0, RIGHT[0]!), 3_000);
    expect(state.phase).toBe('question');
    state = apply(state, hostEvent({ action: 'remove', playerId: 'bia' }), 4_000);
    expect(state.phase).toBe('reveal');
    expect(state.runs[0]!.closedAt).toBe(4_000);
  });

  it('does not score a removed player who had answered', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), 2_000);
    state = apply(state, hostEvent({ action: 'remove', playerId: 'bia' }), 3_000);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 4_000);
    expect(state.phase).toBe('reveal');
    expect(state.participants.get('bia')!.score).toBe(0);
    expect(state.runs[0]!.answers.get('bia')).toMatchObject({ correct: null, points: null });
  });

  it('is harmless twice, and UNKNOWN_PLAYER for someone who never joined', () => {
    const state = apply(lobbyWith(['ana']), hostEvent({ action: 'remove', playerId: 'ana' }), 1);
    expect(apply(state, hostEvent({ action: 'remove', playerId: 'ana' }), 2)).toBe(state);
    expectRefused(state, hostEvent({ action: 'remove', playerId: 'ghost' }), 2, 'UNKNOWN_PLAYER');
  });
});

describe('extra time for one player', () => {
  const withExtra = (): SessionState => {
    let state = startedWith(['ana', 'bia', 'caio']);
    state = apply(state, hostEvent({ action: 'extraTime', playerId: 'bia', seconds: 5 }), 1_100);
    state = apply(state, hostEvent({ action: 'extraTime', playerId: 'caio', seconds: 8 }), 1_200);
    return state;
  };

  it("lets that player answer after the others' deadline, while the others are TOO_LATE", () => {
    const state = withExtra();
    expect(state.participants.get('bia')!.extraTimeMs).toBe(5_000);
    expect(playerDeadline(state, 'ana')).toBe(DEADLINE);
    expect(playerDeadline(state, 'bia')).toBe(DEADLINE + 5_000);
    expectRefused(state, answerEvent('ana', 0, RIGHT[0]!), DEADLINE + 1_000, 'TOO_LATE');
    const next = apply(state, answerEvent('bia', 0, RIGHT[0]!), DEADLINE + 1_000);
    expect(next.runs[0]!.answers.get('bia')!.elapsedMs).toBe(LIMIT_MS + 1_000);
    expectRefused(next, answerEvent('bia', 0, RIGHT[0]!), DEADLINE + 2_000, 'ALREADY_ANSWERED');
  });

  it('keeps the question open until the largest extra time runs out', () => {
    const state = withExtra();
    expect(closesAt(state)).toBe(DEADLINE + 8_000);
    expect(nextWakeAt(state)).toBe(DEADLINE + 8_000);
    expect(apply(state, TICK, DEADLINE).phase).toBe('question');
    expect(apply(state, TICK, DEADLINE + 5_000).phase).toBe('question');
    expect(apply(state, TICK, DEADLINE + 7_999).phase).toBe('question');
    expect(apply(state, TICK, DEADLINE + 8_000).phase).toBe('reveal');
  });

  it('no longer holds the question open once that player is removed', () => {
    const state = apply(withExtra(), hostEvent({ action: 'remove', playerId: 'caio' }), 2_000);
    expect(closesAt(state)).toBe(DEADLINE + 5_000);
  });

  it('never costs speed points: the extra time stretches that player\'s scale', () => {
    let state = withExtra();
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), START + 7_500); // 7.5 of 15 s
    state = apply(state, TICK, DEADLINE + 8_000);
    expect(state.participants.get('bia')!.score).toBe(750);
  });

  it('is UNKNOWN_PLAYER for someone who never joined', () => {
    expectRefused(withExtra(), hostEvent({ action: 'extraTime', playerId: 'ghost', seconds: 5 }), 2_000, 'UNKNOWN_PLAYER');
  });
});

describe('scoring mode', () => {
  it('switching to accuracy gives flat points whatever the time', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, hostEvent({ action: 'scoring', mode: 'accuracy' }), 1_500);
    expect(state.scoring).toBe('accuracy');
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), START);
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), DEADLINE);
    expect(state.participants.get('ana')!.score).toBe(1_000);
    expect(state.participants.get('bia')!.score).toBe(1_000);
  });

  it('switching back to speed makes time count again', () => {
    let state = lobbyWith(['ana', 'bia'], 'accuracy');
    state = apply(state, hostEvent({ action: 'scoring', mode: 'speed' }), 10);
    state = apply(state, hostEvent({ action: 'start' }), START);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), START);
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), DEADLINE);
    expect(state.participants.get('ana')!.score).toBe(1_000);
    expect(state.participants.get('bia')!.score).toBe(500);
  });
});

/** A busy game touching every kind of event, recorded as the server records it. */
function playBusyGame(): Recorder {
  const game = new Recorder(newSession(0));
  game.do(joinEvent('ana', 'Ana', 'pt'), 10);
  game.do(joinEvent('bia', 'Bia'), 20);
  game.do(joinEvent('caio', 'Caio'), 30);
  expect(game.attempt(joinEvent('dora', 'ANA'), 40).ok).toBe(false); // refused, not recorded
  game.do({ type: 'setLocale', playerId: 'bia', locale: 'pt' }, 50);
  game.do(hostEvent({ action: 'extraTime', playerId: 'caio', seconds: 5 }), 60);
  game.do(hostEvent({ action: 'lock' }), 70);
  game.do(hostEvent({ action: 'start' }), 1_000);
  game.do(answerEvent('ana', 0, RIGHT[0]!), 2_000);
  game.do(hostEvent({ action: 'pause' }), 3_000);
  game.do(hostEvent({ action: 'extend', seconds: 5 }), 4_000);
  game.do(hostEvent({ action: 'resume' }), 9_000);
  game.do(answerEvent('bia', 0, WRONG[0]!), 10_000);
  game.do(answerEvent('caio', 0, RIGHT[0]!), 11_000); // everyone answered: reveal
  game.do(hostEvent({ action: 'next' }), 12_000);
  game.do(hostEvent({ action: 'next' }), 13_000); // question 1
  game.do(answerEvent('caio', 1, RIGHT[1]!), 14_000);
  game.do(hostEvent({ action: 'skip' }), 15_000); // question 2
  game.do(hostEvent({ action: 'scoring', mode: 'accuracy' }), 15_500);
  game.do(answerEvent('ana', 2, RIGHT[2]!), 16_000);
  game.do(answerEvent('bia', 2, RIGHT[2]!), 17_000);
  game.do(TICK, 26_000); // closes only when caio's extra time is over
  game.do(TICK, 30_000);
  game.do(hostEvent({ action: 'next' }), 31_000);
  game.do(hostEvent({ action: 'remove', playerId: 'bia' }), 31_500);
  game.do(hostEvent({ action: 'next' }), 32_000); // question 3
  game.do(answerEvent('ana', 3, RIGHT[3]!), 33_000);
  game.do(answerEvent('caio', 3, WRONG[3]!), 34_000);
  game.do(hostEvent({ action: 'next' }), 35_000);
  game.do(hostEvent({ action: 'next' }), 36_000); // podium
  return game;
}

describe('replay', () => {
  it('rebuilds an identical state from the recorded events', () => {
    const game = playBusyGame();
    expect(game.state.phase).toBe('podium');
    const rebuilt = replay(newSession(0), game.log, QUIZ);
    expect(rebuilt).toEqual(game.state);
  });

  it('skips events that would be refused, exactly as the live game did', () => {
    const game = playBusyGame();
    const noisy = [...game.log];
    noisy.splice(3, 0, { event: joinEvent('dora', 'ANA'), at: 40 }); // NICKNAME_TAKEN
    noisy.push({ event: answerEvent('ana', 3, RIGHT[3]!), at: 40_000 }); // GAME_OVER
    expect(replay(newSession(0), noisy, QUIZ)).toEqual(game.state);
  });
});

describe('purity', () => {
  it('reduce never mutates its input state, at any step of a busy game', () => {
    const game = playBusyGame();
    let state = newSession(0);
    for (const { event, at } of game.log) {
      const before = structuredClone(state);
      deepFreeze(state); // any write now throws in strict mode
      const result = reduce(state, event, { now: at, quiz: FROZEN_QUIZ });
      expect(result.ok).toBe(true);
      expect(state).toEqual(before);
      if (result.ok) state = result.state;
    }
    expect(state).toEqual(game.state);
  });

  it('refused events do not mutate either', () => {
    const state = deepFreeze(startedWith(['ana', 'bia']));
    const before = structuredClone(state);
    for (const event of [
      answerEvent('ghost', 0, RIGHT[0]!),
      answerEvent('ana', 0, { type: 'single', optionId: 'nope' }),
      hostEvent({ action: 'start' }),
      hostEvent({ action: 'resume' }),
      joinEvent('ana'),
    ]) {
      expect(reduce(state, event, { now: 2_000, quiz: QUIZ }).ok).toBe(false);
    }
    expect(state).toEqual(before);
  });
});
