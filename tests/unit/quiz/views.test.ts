import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../lib/quiz/machine';
import { hostView, playerView } from '../../../lib/quiz/views';
import {
  EXPLANATIONS,
  LIMIT_MS,
  QUIZ,
  RIGHT,
  WRONG,
  answerEvent,
  apply,
  hostEvent,
  joinEvent,
  lobbyWith,
  newSession,
  startedWith,
} from './helpers';

const START = 1_000; // startedWith() starts question 0 here
const DEADLINE = START + LIMIT_MS;
const NOBODY = new Set<string>();
const ALL_EXPLANATIONS = [...EXPLANATIONS.en, ...EXPLANATIONS.pt];

/** Ana plays in English, Bia in Portuguese, Caio in English. */
function lobby(): SessionState {
  let state = newSession(0);
  state = apply(state, joinEvent('ana', 'Ana', 'en'), 0);
  state = apply(state, joinEvent('bia', 'Bia', 'pt'), 0);
  state = apply(state, joinEvent('caio', 'Caio', 'en'), 0);
  return state;
}

/** Serialised host views (both languages) and player views, as they would go on the wire. */
function everyScreen(state: SessionState, now: number): string[] {
  return [
    JSON.stringify(hostView(state, QUIZ, 'en', now, NOBODY)),
    JSON.stringify(hostView(state, QUIZ, 'pt', now, NOBODY)),
    ...state.joinOrder.map((id) => JSON.stringify(playerView(state, QUIZ, id, now))),
  ];
}

function expectNoKey(state: SessionState, now: number): void {
  for (const json of everyScreen(state, now)) {
    expect(json).not.toContain('correctAnswer');
    expect(json).not.toContain('"correct"');
    expect(json).not.toContain('explanation');
    for (const text of ALL_EXPLANATIONS) expect(json).not.toContain(text);
  }
}

describe('before the reveal, no screen knows the answer', () => {
  it('in the lobby', () => {
    expectNoKey(lobby(), 0);
  });

  it('while each question runs, before and after players answer, and while paused', () => {
    let state = apply(lobby(), hostEvent({ action: 'start' }), START);
    let now = START;
    for (let q = 0; q < QUIZ.questions.length; q++) {
      expectNoKey(state, now + 100);
      state = apply(state, answerEvent('ana', q, RIGHT[q]!), now + 1_000);
      state = apply(state, answerEvent('bia', q, WRONG[q]!), now + 2_000);
      expectNoKey(state, now + 2_000);
      state = apply(state, hostEvent({ action: 'pause' }), now + 3_000);
      expectNoKey(state, now + 3_000);
      state = apply(state, hostEvent({ action: 'resume' }), now + 4_000);
      state = apply(state, answerEvent('caio', q, RIGHT[q]!), now + 5_000); // closes
      expect(state.phase).toBe('reveal');
      state = apply(state, hostEvent({ action: 'next' }), now + 6_000);
      now += 7_000;
      state = apply(state, hostEvent({ action: 'next' }), now);
    }
    expect(state.phase).toBe('podium');
  });

  it('on the podium after the host ended a running question', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, hostEvent({ action: 'end' }), 3_000);
    expectNoKey(state, 3_000);
  });
});

describe('after the reveal', () => {
  function revealed(): SessionState {
    let state = apply(lobby(), hostEvent({ action: 'start' }), START);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), START); // instant: 1000
    state = apply(state, answerEvent('bia', 0, WRONG[0]!), START + 2_000);
    return apply(state, hostEvent({ action: 'next' }), START + 3_000); // caio never answers
  }

  it('a player who answered right sees result.correct and the points earned', () => {
    const view = playerView(revealed(), QUIZ, 'ana', 5_000);
    expect(view.phase).toBe('reveal');
    expect(view.result).toEqual({ answered: true, correct: true, share: 1, points: 1_000 });
    expect(view.myAnswer).toEqual(RIGHT[0]);
    expect(view.me).toEqual({ score: 1_000, rank: 1, streak: 1 });
  });

  it('a player who answered wrong sees it, with 0 points', () => {
    expect(playerView(revealed(), QUIZ, 'bia', 5_000).result).toEqual({ answered: true, correct: false, share: 0, points: 0 });
  });

  it('a player who did not answer is told so', () => {
    const view = playerView(revealed(), QUIZ, 'caio', 5_000);
    expect(view.result).toEqual({ answered: false, correct: false, share: 0, points: 0 });
    expect(view.myAnswer).toBeNull();
  });

  it("the key and the explanation come in each player's own language", () => {
    const state = revealed();
    expect(playerView(state, QUIZ, 'ana', 5_000).reveal).toEqual({
      correctAnswer: { type: 'single', optionId: 'b' },
      correctText: null,
      explanation: EXPLANATIONS.en[0],
      about: null,
      regions: [],
    });
    expect(playerView(state, QUIZ, 'bia', 5_000).reveal!.explanation).toBe(EXPLANATIONS.pt[0]);
    expect(playerView(state, QUIZ, 'bia', 5_000).question!.prompt).toBe('Escolha B');
    expect(hostView(state, QUIZ, 'pt', 5_000, NOBODY).reveal!.explanation).toBe(EXPLANATIONS.pt[0]);
  });

  it('the leaderboard still shows the reveal, plus the table', () => {
    const state = apply(revealed(), hostEvent({ action: 'next' }), 6_000);
    const view = playerView(state, QUIZ, 'bia', 6_000);
    expect(view.phase).toBe('leaderboard');
    expect(view.reveal).not.toBeNull();
    expect(view.standings.map((e) => e.playerId)).toEqual(['ana', 'bia', 'caio']);
    expect(hostView(state, QUIZ, 'en', 6_000, NOBODY).reveal).not.toBeNull();
  });

  it('the host sees the distribution of answers and how many answered', () => {
    const host = hostView(revealed(), QUIZ, 'en', 5_000, NOBODY);
    expect(host.answeredCount).toBe(2);
    expect(host.activeCount).toBe(3);
    expect(host.distribution).toEqual(expect.arrayContaining([{ key: 'b', count: 1 }, { key: 'a', count: 1 }]));
    expect(host.distribution).toHaveLength(2);
  });
});

describe('timers', () => {
  function withExtra(): SessionState {
    let state = startedWith(['ana', 'bia']);
    return apply(state, hostEvent({ action: 'extraTime', playerId: 'bia', seconds: 5 }), 1_500);
  }

  it("a player's timer includes their extra time", () => {
    const state = withExtra();
    expect(playerView(state, QUIZ, 'bia', 3_000).timer).toEqual({ endsAt: DEADLINE + 5_000, remainingMs: 13_000, durationMs: 15_000, paused: false });
    expect(playerView(state, QUIZ, 'ana', 3_000).timer).toEqual({ endsAt: DEADLINE, remainingMs: 8_000, durationMs: 10_000, paused: false });
  });

  it("after the base deadline, only the player with extra time still has time left", () => {
    const state = withExtra();
    expect(playerView(state, QUIZ, 'ana', DEADLINE + 1_000).timer!.remainingMs).toBe(0);
    expect(playerView(state, QUIZ, 'bia', DEADLINE + 1_000).timer!.remainingMs).toBe(4_000);
  });

  it('the host timer shows the base time, without any extra time', () => {
    expect(hostView(withExtra(), QUIZ, 'en', 3_000, NOBODY).timer).toEqual({
      endsAt: DEADLINE,
      remainingMs: 8_000,
      durationMs: LIMIT_MS,
      paused: false,
    });
  });

  it('a paused timer has no end and shows the frozen time left, extra time included', () => {
    const state = apply(withExtra(), hostEvent({ action: 'pause' }), 5_000);
    for (const now of [5_000, 60_000]) {
      expect(playerView(state, QUIZ, 'ana', now).timer).toEqual({ endsAt: null, remainingMs: 6_000, durationMs: 10_000, paused: true });
      expect(playerView(state, QUIZ, 'bia', now).timer).toEqual({ endsAt: null, remainingMs: 11_000, durationMs: 15_000, paused: true });
    }
  });

  it("a timer paused during a player's extra time shows only the extra time that was left", () => {
    const state = apply(withExtra(), hostEvent({ action: 'pause' }), DEADLINE + 2_000);
    expect(playerView(state, QUIZ, 'bia', DEADLINE + 2_000).timer!.remainingMs).toBe(3_000);
    expect(playerView(state, QUIZ, 'ana', DEADLINE + 2_000).timer!.remainingMs).toBe(0);
  });

  it('there is no timer outside a running question', () => {
    expect(playerView(lobbyWith(['ana']), QUIZ, 'ana', 0).timer).toBeNull();
    const reveal = apply(startedWith(['ana']), hostEvent({ action: 'next' }), 2_000);
    expect(playerView(reveal, QUIZ, 'ana', 2_000).timer).toBeNull();
    expect(hostView(reveal, QUIZ, 'en', 2_000, NOBODY).timer).toBeNull();
  });
});

describe('ranks', () => {
  it('players with equal scores share a rank and the next rank is skipped (1, 1, 3)', () => {
    let state = apply(lobby(), hostEvent({ action: 'start' }), START);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), 2_000);
    state = apply(state, answerEvent('caio', 0, WRONG[0]!), 2_500);
    state = apply(state, hostEvent({ action: 'next' }), 3_000); // leaderboard
    expect(hostView(state, QUIZ, 'en', 3_000, NOBODY).standings.map((e) => e.rank)).toEqual([1, 1, 3]);
    expect(playerView(state, QUIZ, 'ana', 3_000).me.rank).toBe(1);
    expect(playerView(state, QUIZ, 'bia', 3_000).me.rank).toBe(1);
    expect(playerView(state, QUIZ, 'caio', 3_000).me.rank).toBe(3);
    expect(playerView(state, QUIZ, 'caio', 3_000).standings.map((e) => e.rank)).toEqual([1, 1, 3]);
  });
});

describe('other things a screen shows', () => {
  it('the lobby: no question, no standings on the host, every player listed with connection state', () => {
    const host = hostView(lobby(), QUIZ, 'pt', 0, new Set(['bia']));
    expect(host).toMatchObject({ role: 'host', code: 'ABC123', quizTitle: 'Quiz de teste', phase: 'lobby', question: null, standings: [], activeCount: 3 });
    expect(host.participants.map((p) => [p.nickname, p.connected])).toEqual([
      ['Ana', false],
      ['Bia', true],
      ['Caio', false],
    ]);
  });

  it('during a question the host sees who answered and the live distribution; players see no table', () => {
    let state = apply(lobby(), hostEvent({ action: 'start' }), START);
    state = apply(state, answerEvent('bia', 0, WRONG[0]!), 2_000);
    const host = hostView(state, QUIZ, 'en', 2_000, NOBODY);
    expect(host.answeredCount).toBe(1);
    expect(host.participants.map((p) => p.answered)).toEqual([false, true, false]);
    expect(host.distribution).toEqual([{ key: 'a', count: 1 }]);
    expect(host.question!.prompt).toBe('Pick B');
    const player = playerView(state, QUIZ, 'bia', 2_000);
    expect(player.standings).toEqual([]);
    expect(player.myAnswer).toEqual(WRONG[0]);
    expect(player.result).toBeNull();
    expect(player.quizTitle).toBe('Quiz de teste');
  });

  it('a removed player sees that they were removed and has no rank', () => {
    const state = apply(lobby(), hostEvent({ action: 'remove', playerId: 'caio' }), 1);
    const view = playerView(state, QUIZ, 'caio', 1);
    expect(view.removed).toBe(true);
    expect(view.me.rank).toBeNull();
    expect(view.playerCount).toBe(2);
    const host = hostView(state, QUIZ, 'en', 1, NOBODY);
    expect(host.activeCount).toBe(2);
    expect(host.participants.find((p) => p.id === 'caio')!.removed).toBe(true);
  });

  it("the host sees each player's extra time in seconds", () => {
    const state = apply(lobby(), hostEvent({ action: 'extraTime', playerId: 'ana', seconds: 15 }), 1);
    expect(hostView(state, QUIZ, 'en', 1, NOBODY).participants[0]!.extraTimeSec).toBe(15);
  });

  it('the podium shows the final table and no question', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), 2_000);
    state = apply(state, answerEvent('ana', 0, WRONG[0]!), 2_000);
    state = apply(state, hostEvent({ action: 'end' }), 3_000);
    const view = playerView(state, QUIZ, 'ana', 3_000);
    expect(view.question).toBeNull();
    expect(view.standings.map((e) => e.playerId)).toEqual(['bia', 'ana']);
    expect(view.me.rank).toBe(2);
  });

  it('refuses to build a view for someone who never joined', () => {
    expect(() => playerView(lobby(), QUIZ, 'ghost', 0)).toThrow(/ghost/);
  });
});
