import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../lib/quiz/machine';
import { buildReport, median } from '../../../lib/quiz/report';
import { displayOrder } from '../../../lib/quiz/display';
import type { OrderingQuestion } from '../../../lib/quiz/types';
import { LIMIT_MS, QUIZ, RIGHT, TICK, WRONG, answerEvent, apply, hostEvent, joinEvent, lobbyWith, newSession, startedWith } from './helpers';

const LABELS = { true: 'True', false: 'False', vm: 'VM', container: 'Container', both: 'Both' };

/**
 * Three players, four questions:
 *   q0 single     played:  ana right (1 s), bia right (2 s), caio wrong (6 s)
 *   q1 multiple   skipped by the host after ana answered
 *   q2 truefalse  played:  ana right (1 s), bia wrong (4 s), caio silent; closed by the timer
 *   q3 ordering   never reached: the host ended the game on the leaderboard
 */
function playedGame(): SessionState {
  let state = lobbyWith(['ana', 'bia', 'caio']);
  state = apply(state, hostEvent({ action: 'start' }), 0);
  state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 1_000);
  state = apply(state, answerEvent('bia', 0, RIGHT[0]!), 2_000);
  state = apply(state, answerEvent('caio', 0, WRONG[0]!), 6_000);
  state = apply(state, hostEvent({ action: 'next' }), 6_500);
  state = apply(state, hostEvent({ action: 'next' }), 7_000); // q1 starts
  state = apply(state, answerEvent('ana', 1, RIGHT[1]!), 8_000);
  state = apply(state, hostEvent({ action: 'skip' }), 9_000); // q2 starts
  state = apply(state, answerEvent('ana', 2, RIGHT[2]!), 10_000);
  state = apply(state, answerEvent('bia', 2, WRONG[2]!), 13_000);
  state = apply(state, TICK, 9_000 + LIMIT_MS);
  state = apply(state, hostEvent({ action: 'next' }), 20_000);
  return apply(state, hostEvent({ action: 'end' }), 21_000);
}

describe('median', () => {
  it('is the middle value of an odd count, whatever the input order', () => {
    expect(median([3_000, 1_000, 2_000])).toBe(2_000);
    expect(median([5])).toBe(5);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4_000, 1_000])).toBe(2_500);
    expect(median([7, 1, 3, 2])).toBe(2.5);
  });

  it('is null when there is nothing to take the middle of', () => {
    expect(median([])).toBeNull();
  });

  it('does not reorder the list it was given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('the session report', () => {
  const report = buildReport(playedGame(), QUIZ, 'en', LABELS);

  it('describes the session', () => {
    expect(report).toMatchObject({ code: 'ABC123', quizTitle: 'Test quiz', createdAt: 0, endedAt: 21_000, playerCount: 3 });
    expect(report.questions).toHaveLength(QUIZ.questions.length);
  });

  it('gives the share of players who got a question right', () => {
    expect(report.questions[0]).toMatchObject({ played: true, skipped: false, answered: 3, correct: 2, shareCorrect: 2 / 3 });
    expect(report.questions[2]).toMatchObject({ played: true, skipped: false, answered: 2, correct: 1, shareCorrect: 1 / 3 });
  });

  it('gives the median answer time: the middle one for an odd count, the mean of the middle two for an even count', () => {
    expect(report.questions[0]!.medianTimeMs).toBe(2_000); // 1 s, 2 s, 6 s
    expect(report.questions[2]!.medianTimeMs).toBe(2_500); // 1 s, 4 s
  });

  it('marks a skipped question as skipped, with no share of correct answers', () => {
    expect(report.questions[1]).toMatchObject({ played: true, skipped: true, correct: 0, shareCorrect: null });
  });

  it('marks a question never reached as not played', () => {
    expect(report.questions[3]).toMatchObject({ played: false, skipped: false, answered: 0, correct: 0, shareCorrect: null, medianTimeMs: null });
  });

  it("lists each player's result per question: correct, wrong, none, skipped, unplayed", () => {
    const byId = Object.fromEntries(report.players.map((p) => [p.playerId, p]));
    expect(byId.ana!.perQuestion).toEqual(['correct', 'skipped', 'correct', 'unplayed']);
    expect(byId.bia!.perQuestion).toEqual(['correct', 'skipped', 'wrong', 'unplayed']);
    expect(byId.caio!.perQuestion).toEqual(['wrong', 'skipped', 'none', 'unplayed']);
    expect(byId.ana!.correct).toBe(2);
    expect(byId.caio!.correct).toBe(0);
  });

  it('orders players by rank, with their scores', () => {
    // ana: 950 + (950 + 100 streak bonus; the skip did not break her streak); bia: 900
    expect(report.players.map((p) => [p.playerId, p.rank, p.score])).toEqual([
      ['ana', 1, 2_000],
      ['bia', 2, 900],
      ['caio', 3, 0],
    ]);
  });

  it("gives each player's median answer time", () => {
    const bia = report.players.find((p) => p.playerId === 'bia')!;
    expect(bia.medianTimeMs).toBe(3_000); // 2 s and 4 s
    const caio = report.players.find((p) => p.playerId === 'caio')!;
    expect(caio.medianTimeMs).toBe(6_000);
  });

  it('labels the distribution bars in the report language, marking the right ones', () => {
    expect(report.questions[0]!.distribution).toEqual([
      { key: 'a', label: 'Option A', count: 1, correct: false },
      { key: 'b', label: 'Option B', count: 2, correct: true },
      { key: 'c', label: 'Option C', count: 0, correct: false },
    ]);
    expect(report.questions[2]!.distribution).toEqual([
      { key: 'true', label: 'True', count: 1, correct: true },
      { key: 'false', label: 'False', count: 1, correct: false },
    ]);
  });

  it('shows ordering bars in the order players saw them, the first item marked right', () => {
    const bars = report.questions[3]!.distribution;
    expect(bars.map((b) => b.key)).toEqual(displayOrder(QUIZ.questions[3] as OrderingQuestion, 'ABC123').map((o) => o.id));
    expect(bars.filter((b) => b.correct).map((b) => b.key)).toEqual(['x']);
  });

  it('can be written in Portuguese', () => {
    const pt = buildReport(playedGame(), QUIZ, 'pt', { true: 'Verdadeiro', false: 'Falso', vm: 'VM', container: 'Contêiner', both: 'Os dois' });
    expect(pt.quizTitle).toBe('Quiz de teste');
    expect(pt.questions[0]!.prompt).toBe('Escolha B');
    expect(pt.questions[0]!.distribution[0]!.label).toBe('Opção A');
    expect(pt.questions[2]!.distribution[0]!.label).toBe('Verdadeiro');
  });
});

describe('removed players in the report', () => {
  it('are listed last, without a rank', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, hostEvent({ action: 'remove', playerId: 'ana' }), 2_000);
    state = apply(state, hostEvent({ action: 'end' }), 3_000);
    const report = buildReport(state, QUIZ, 'en', LABELS);
    expect(report.playerCount).toBe(1);
    expect(report.players.map((p) => [p.playerId, p.rank, p.removed])).toEqual([
      ['bia', 1, false],
      ['ana', null, true],
    ]);
  });

  it('a player removed after answering right does not push the share of correct answers above 100%', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, answerEvent('bia', 0, RIGHT[0]!), 3_000);
    state = apply(state, hostEvent({ action: 'next' }), 4_000);
    state = apply(state, hostEvent({ action: 'remove', playerId: 'bia' }), 5_000);
    state = apply(state, hostEvent({ action: 'end' }), 6_000);
    const share = buildReport(state, QUIZ, 'en', LABELS).questions[0]!.shareCorrect!;
    expect(share).toBeLessThanOrEqual(1);
    expect(share).toBe(1);
  });

  it('a player who joined after a question closed does not count against that question', () => {
    let state = startedWith(['ana', 'bia']);
    state = apply(state, answerEvent('ana', 0, RIGHT[0]!), 2_000);
    state = apply(state, answerEvent('bia', 0, WRONG[0]!), 3_000);
    state = apply(state, hostEvent({ action: 'next' }), 4_000);
    state = apply(state, joinEvent('caio'), 5_000);
    state = apply(state, hostEvent({ action: 'end' }), 6_000);
    expect(buildReport(state, QUIZ, 'en', LABELS).questions[0]!.shareCorrect).toBe(1 / 2);
  });
});

describe('a session with nobody', () => {
  it('reports every question unplayed and no players', () => {
    const state = apply(newSession(0), hostEvent({ action: 'end' }), 100);
    const report = buildReport(state, QUIZ, 'en', LABELS);
    expect(report.players).toEqual([]);
    expect(report.playerCount).toBe(0);
    expect(report.questions.every((q) => !q.played && q.shareCorrect === null && q.medianTimeMs === null)).toBe(true);
  });
});
