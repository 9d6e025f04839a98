import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionReport } from '../../lib/quiz/report';
import type { ScoringMode } from '../../lib/quiz/scoring';
import type { Answer, Locale, Question } from '../../lib/quiz/types';
import type { HostView, PlayerView } from '../../lib/quiz/views';
import {
  createSession,
  getWithSecret,
  hostOf,
  joinAs,
  REPORT_MESSAGES,
  removeTempDirs,
  rightAnswer,
  startServer,
  testQuiz,
  wrongAnswer,
  type LiveClient,
  type Player,
  type RunningServer,
} from './support/live-server';
import { parseCsv } from './support/report';

/*
 * A host and three players play the whole test quiz on a real server, over real sockets.
 * Scores are checked against the formulas documented in lib/quiz/scoring.ts (computed here
 * independently): exactly in accuracy mode, within bounds the test can measure in speed mode.
 */

const quiz = testQuiz({ limitSec: 3 });
const LIMIT_MS = 3_000;

type Outcome = 'right' | 'wrong';
/** Bia plays in Portuguese. */
const PLAYERS: { nickname: string; locale: Locale }[] = [
  { nickname: 'Ana', locale: 'en' },
  { nickname: 'Bia', locale: 'pt' },
  { nickname: 'Caio', locale: 'en' },
];
/** Who answers right or wrong, per question. In accuracy mode Bia and Caio end tied. */
const PLAN: Record<string, Outcome>[] = [
  { Ana: 'right', Bia: 'right', Caio: 'wrong' },
  { Ana: 'right', Bia: 'wrong', Caio: 'right' },
  { Ana: 'right', Bia: 'wrong', Caio: 'wrong' },
  { Ana: 'right', Bia: 'right', Caio: 'right' },
];

/** Streak bonus from the documented formula: 100 * min(streak - 1, 5). */
const bonus = (streak: number) => 100 * Math.min(streak - 1, 5);

/** Competition ranks (1, 1, 3) by score, highest first, as documented for the standings. */
function ranksOf(scores: Record<string, number>): Record<string, number> {
  const sorted = Object.values(scores).sort((a, b) => b - a);
  return Object.fromEntries(Object.entries(scores).map(([name, score]) => [name, sorted.indexOf(score) + 1]));
}

function localizedOptions(question: Question, locale: Locale): Record<string, string> {
  return 'options' in question ? Object.fromEntries(question.options.map((o) => [o.id, o.text[locale]])) : {};
}

/** What a screen in `locale` must show of a question: its prompt and options in that language. */
function expectQuestionIn(view: HostView | PlayerView, index: number, locale: Locale): void {
  const question = quiz.questions[index]!;
  expect(view.question?.index).toBe(index);
  expect(view.question?.prompt).toBe(question.prompt[locale]);
  const shown = Object.fromEntries((view.question?.options ?? []).map((o) => [o.id, o.text]));
  expect(shown).toEqual(localizedOptions(question, locale));
  expect(view.quizTitle).toBe(quiz.title[locale]);
}

interface PlayedGame {
  code: string;
  hostSecret: string;
  host: LiveClient;
  players: Player[];
  /** Points per question per nickname, as each player's own reveal reported them. */
  points: Record<string, number>[];
  answers: Record<string, Answer>[];
  /** Upper bound on each answer's elapsed time, measured by the test. */
  elapsedUpperMs: Record<string, number>[];
  finalHost: HostView;
}

async function playWholeGame(server: RunningServer, scoring: ScoringMode): Promise<PlayedGame> {
  const session = await createSession(server.url, { scoring });
  const { client: host, view: lobby } = await hostOf(server, session, 'en');
  expect(lobby).toMatchObject({ role: 'host', phase: 'lobby', scoring, participants: [], questionCount: quiz.questions.length });

  // Each join shows up on the host's lobby screen, connected, in joining order.
  const players: Player[] = [];
  for (const { nickname, locale } of PLAYERS) {
    const player = await joinAs(server, session.code, nickname, locale);
    expect(player.view).toMatchObject({ role: 'player', phase: 'lobby', nickname, locale, questionIndex: -1 });
    expect(player.view.quizTitle).toBe(quiz.title[locale]);
    players.push(player);
    const names = players.map((p) => p.nickname);
    const seen = await host.waitFor(
      'host:state',
      (v) => v.participants.length === names.length && v.participants.every((p) => p.connected),
    );
    expect(seen.phase).toBe('lobby');
    expect(seen.participants.map((p) => [p.nickname, p.locale, p.score])).toEqual(players.map((p, i) => [p.nickname, PLAYERS[i]!.locale, 0]));
  }

  const points: Record<string, number>[] = [];
  const answers: Record<string, Answer>[] = [];
  const elapsedUpperMs: Record<string, number>[] = [];
  const scores: Record<string, number> = Object.fromEntries(PLAYERS.map((p) => [p.nickname, 0]));
  let finalHost: HostView | undefined;

  for (let i = 0; i < quiz.questions.length; i++) {
    const question = quiz.questions[i]!;
    // The host starts the first question, then each "next" after a leaderboard starts the next.
    const startedBefore = Date.now();
    const opened = await host.ok('host:command', { code: session.code, command: { action: i === 0 ? 'start' : 'next' } });
    expect(opened).toMatchObject({ phase: 'question', questionIndex: i, answeredCount: 0, activeCount: 3, reveal: null });
    expect(opened.timer).toMatchObject({ durationMs: LIMIT_MS, paused: false });
    expectQuestionIn(opened, i, 'en');

    for (const p of players) {
      const view = await p.client.waitFor('player:state', (v) => v.phase === 'question' && v.questionIndex === i);
      expectQuestionIn(view, i, p.view.locale);
      expect(view).toMatchObject({ reveal: null, result: null, myAnswer: null });
    }

    answers[i] = {};
    elapsedUpperMs[i] = {};
    for (const [n, p] of players.entries()) {
      const answer = PLAN[i]![p.nickname] === 'right' ? rightAnswer(question) : wrongAnswer(question);
      answers[i]![p.nickname] = answer;
      const ack = await p.client.request('answer:submit', { code: session.code, questionIndex: i, answer });
      elapsedUpperMs[i]![p.nickname] = Date.now() - startedBefore;
      expect(ack).toEqual({ ok: true, data: { questionIndex: i } });
      if (n < players.length - 1) {
        // Not everyone has answered: the question stays open and the host sees the count.
        const progress = await host.waitFor('host:state', (v) => v.questionIndex === i && v.answeredCount === n + 1);
        expect(progress.phase).toBe('question');
        expect(progress.reveal).toBeNull();
        const mine = await p.client.waitFor('player:state', (v) => v.questionIndex === i && v.myAnswer !== null);
        expect(mine).toMatchObject({ phase: 'question', myAnswer: answer, reveal: null, result: null });
      }
    }

    // The last answer closes the question at once: the reveal, on every screen.
    const reveal = await host.waitFor('host:state', (v) => v.phase === 'reveal' && v.questionIndex === i);
    expect(reveal.reveal).toEqual({ correctAnswer: rightAnswer(question), correctText: null, explanation: question.explanation.en, about: null, regions: [] });
    expect(reveal.answeredCount).toBe(3);

    points[i] = {};
    for (const p of players) {
      const view = await p.client.waitFor('player:state', (v) => v.phase === 'reveal' && v.questionIndex === i);
      const correct = PLAN[i]![p.nickname] === 'right';
      expect(view.reveal).toEqual({ correctAnswer: rightAnswer(question), correctText: null, explanation: question.explanation[p.view.locale], about: null, regions: [] });
      expect(view.myAnswer).toEqual(answers[i]![p.nickname]);
      expect(view.result).toMatchObject({ answered: true, correct });
      expectQuestionIn(view, i, p.view.locale);
      points[i]![p.nickname] = view.result!.points;
      scores[p.nickname]! += view.result!.points;
      expect(view.me.score).toBe(scores[p.nickname]);
    }
    expect(Object.fromEntries(reveal.participants.map((p) => [p.nickname, p.score]))).toEqual(scores);

    // The leaderboard: the table on the host screen and on every phone.
    const board = await host.ok('host:command', { code: session.code, command: { action: 'next' } });
    expect(board.phase).toBe('leaderboard');
    const ranks = ranksOf(scores);
    expect(board.standings.map((e) => [e.nickname, e.score, e.rank])).toEqual(
      Object.entries(scores)
        .sort(([, a], [, b]) => b - a)
        .map(([name, score]) => [name, score, ranks[name]]),
    );
    for (const p of players) {
      const view = await p.client.waitFor('player:state', (v) => v.phase === 'leaderboard' && v.questionIndex === i);
      expect(view.me).toMatchObject({ score: scores[p.nickname], rank: ranks[p.nickname] });
      expect(view.standings).toEqual(board.standings);
    }
    finalHost = board;
  }

  // After the last leaderboard, "next" shows the podium.
  const podium = await host.ok('host:command', { code: session.code, command: { action: 'next' } });
  expect(podium).toMatchObject({ phase: 'podium', question: null, timer: null, reveal: null });
  expect(podium.standings).toEqual(finalHost!.standings);
  const ranks = ranksOf(scores);
  for (const p of players) {
    const view = await p.client.waitFor('player:state', (v) => v.phase === 'podium');
    expect(view.me).toMatchObject({ score: scores[p.nickname], rank: ranks[p.nickname] });
    expect(view.standings.map((e) => e.nickname)).toEqual(podium.standings.map((e) => e.nickname));
  }
  return { ...session, host, players, points, answers, elapsedUpperMs, finalHost: podium };
}

describe('a whole game with a host and three players', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ quizzes: [quiz] });
  });
  afterAll(async () => {
    await server?.stop();
    removeTempDirs();
  });

  let game: PlayedGame | undefined;
  afterEach(() => {
    for (const c of [game?.host, ...(game?.players.map((p) => p.client) ?? [])]) c?.close();
  });

  it('in accuracy mode, every screen follows the game and the scores are exactly the documented ones', async () => {
    game = await playWholeGame(server, 'accuracy');
    // accuracy: a right answer is 1000 plus the streak bonus, whatever the time; wrong is 0.
    const streak: Record<string, number> = {};
    const expectedTotals: Record<string, number> = {};
    for (const [i, plan] of PLAN.entries()) {
      for (const [name, outcome] of Object.entries(plan)) {
        streak[name] = outcome === 'right' ? (streak[name] ?? 0) + 1 : 0;
        const expected = outcome === 'right' ? 1000 + bonus(streak[name]!) : 0;
        expect(game.points[i]![name], `${name} on question ${i + 1}`).toBe(expected);
        expectedTotals[name] = (expectedTotals[name] ?? 0) + expected;
      }
    }
    expect(expectedTotals).toEqual({ Ana: 4600, Bia: 2000, Caio: 2000 });
    // Equal scores share a rank and keep joining order.
    expect(game.finalHost.standings.map((e) => [e.nickname, e.score, e.rank])).toEqual([
      ['Ana', 4600, 1],
      ['Bia', 2000, 2],
      ['Caio', 2000, 2],
    ]);
  });

  it('in speed mode, right answers score between the documented bounds and wrong ones nothing', async () => {
    game = await playWholeGame(server, 'speed');
    // speed: 500 + round(500 * (1 - elapsed / allowed)) + streak bonus. The server's elapsed
    // time is at most what the test measured from sending the command to the ack.
    const streak: Record<string, number> = {};
    const totals: Record<string, number> = {};
    for (const [i, plan] of PLAN.entries()) {
      for (const [name, outcome] of Object.entries(plan)) {
        streak[name] = outcome === 'right' ? (streak[name] ?? 0) + 1 : 0;
        const got = game.points[i]![name]!;
        if (outcome === 'wrong') {
          expect(got, `${name} on question ${i + 1}`).toBe(0);
        } else {
          const upper = Math.min(game.elapsedUpperMs[i]![name]!, LIMIT_MS);
          const least = 500 + Math.round(500 * (1 - upper / LIMIT_MS)) + bonus(streak[name]!);
          expect(got, `${name} on question ${i + 1}`).toBeGreaterThanOrEqual(least);
          expect(got, `${name} on question ${i + 1}`).toBeLessThanOrEqual(1000 + bonus(streak[name]!));
        }
        totals[name] = (totals[name] ?? 0) + got;
      }
    }
    const ranks = ranksOf(totals);
    expect(game.finalHost.standings.map((e) => [e.nickname, e.score, e.rank])).toEqual(
      Object.entries(totals)
        .sort(([, a], [, b]) => b - a)
        .map(([name, score]) => [name, score, ranks[name]]),
    );
  });

  it('a class of twelve answering at the same moment: every answer counts once and the reveal comes once', async () => {
    const session = await createSession(server.url, { scoring: 'accuracy' });
    const { client: host } = await hostOf(server, session);
    const players = await Promise.all(Array.from({ length: 12 }, (_, i) => joinAs(server, session.code, `Student ${i + 1}`, i % 2 ? 'pt' : 'en')));
    await host.ok('host:command', { code: session.code, command: { action: 'start' } });
    const question = quiz.questions[0]!;
    const acks = await Promise.all(
      players.map((p, i) => p.client.request('answer:submit', { code: session.code, questionIndex: 0, answer: i < 8 ? rightAnswer(question) : wrongAnswer(question) })),
    );
    expect(acks).toEqual(Array(12).fill({ ok: true, data: { questionIndex: 0 } }));
    const reveal = await host.waitFor('host:state', (v) => v.phase === 'reveal');
    expect(reveal.answeredCount).toBe(12);
    expect(reveal.participants.filter((p) => p.score === 1000)).toHaveLength(8);
    expect(reveal.participants.filter((p) => p.score === 0)).toHaveLength(4);
    for (const p of players) await p.client.waitFor('player:state', (v) => v.phase === 'reveal');
    expect(host.all('host:state').filter((v) => v.phase === 'reveal')).toHaveLength(1);
    for (const c of [host, ...players.map((p) => p.client)]) c.close();
  });

  it('the report and both CSV files say what happened in the game', async () => {
    game = await playWholeGame(server, 'accuracy');
    const base = `${server.url}/api/sessions/${game.code}/report`;

    // Only the host may read it.
    const anonymous = await fetch(base);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'NOT_AUTHORIZED' } });
    expect((await getWithSecret(base, game.players[0]!.playerSecret)).status).toBe(401);

    const res = await getWithSecret(base, game.hostSecret);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const report = (await res.json()) as SessionReport;
    expect(report).toMatchObject({ code: game.code, quizTitle: quiz.title.en, playerCount: 3 });
    expect(report.endedAt).toEqual(expect.any(Number));

    const totals = Object.fromEntries(game.finalHost.standings.map((e) => [e.nickname, e.score]));
    const ranks = ranksOf(totals);
    expect(report.players.map((p) => p.nickname)).toEqual(['Ana', 'Bia', 'Caio']);
    for (const p of report.players) {
      const outcomes = PLAN.map((plan) => (plan[p.nickname] === 'right' ? 'correct' : 'wrong'));
      expect(p).toMatchObject({
        nickname: p.nickname,
        locale: PLAYERS.find((x) => x.nickname === p.nickname)!.locale,
        removed: false,
        rank: ranks[p.nickname],
        score: totals[p.nickname],
        answered: 4,
        correct: outcomes.filter((o) => o === 'correct').length,
        perQuestion: outcomes,
      });
      expect(p.medianTimeMs).toEqual(expect.any(Number));
    }

    for (const [i, question] of quiz.questions.entries()) {
      const q = report.questions[i]!;
      const rightCount = Object.values(PLAN[i]!).filter((o) => o === 'right').length;
      expect(q).toMatchObject({ index: i, id: question.id, type: question.type, prompt: question.prompt.en, played: true, skipped: false, answered: 3, correct: rightCount });
      expect(q.shareCorrect).toBeCloseTo(rightCount / 3);
      // Each bar counts the players whose answer picked it (for ordering: put it first).
      const counts: Record<string, number> = {};
      for (const answer of Object.values(game.answers[i]!)) {
        const keys = answer.type === 'truefalse' ? [String(answer.value)] : answer.type === 'single' ? [answer.optionId] : answer.type === 'ordering' ? answer.optionIds.slice(0, 1) : (answer as { optionIds: string[] }).optionIds;
        for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
      }
      const right = rightAnswer(question);
      const rightKeys = right.type === 'truefalse' ? [String(right.value)] : right.type === 'single' ? [right.optionId] : right.type === 'ordering' ? right.optionIds.slice(0, 1) : (right as { optionIds: string[] }).optionIds;
      expect(Object.fromEntries(q.distribution.map((b) => [b.key, b.count]))).toEqual(
        Object.fromEntries(q.distribution.map((b) => [b.key, counts[b.key] ?? 0])),
      );
      expect(q.distribution.reduce((sum, b) => sum + b.count, 0)).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
      expect(q.distribution.filter((b) => b.correct).map((b) => b.key).sort()).toEqual(rightKeys.slice().sort());
      const labels = question.type === 'truefalse' ? { true: REPORT_MESSAGES.en.true, false: REPORT_MESSAGES.en.false } : localizedOptions(question, 'en');
      for (const bar of q.distribution) expect(bar.label).toBe(labels[bar.key as keyof typeof labels]);
    }

    // The same report in Portuguese, on request.
    const ptReport = (await (await getWithSecret(`${base}?locale=pt`, game.hostSecret)).json()) as SessionReport;
    expect(ptReport.quizTitle).toBe(quiz.title.pt);
    expect(ptReport.questions.map((q) => q.prompt)).toEqual(quiz.questions.map((q) => q.prompt.pt));
    expect(ptReport.questions[2]!.distribution.map((b) => b.label)).toEqual([REPORT_MESSAGES.pt.true, REPORT_MESSAGES.pt.false]);
    expect(ptReport.players).toEqual(report.players);

    // questions.csv: one row per question, then one per option with its count.
    const qRes = await getWithSecret(`${base}/questions.csv`, game.hostSecret);
    expect(qRes.status).toBe(200);
    expect(qRes.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(qRes.headers.get('content-disposition')).toContain(`stackhouse-${game.code}-questions.csv`);
    // Read as bytes: Response.text() would drop the byte-order mark being checked.
    const qText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await qRes.arrayBuffer());
    expect(qText.startsWith('\uFEFF')).toBe(true);
    const qRows = parseCsv(qText);
    const en = REPORT_MESSAGES.en;
    expect(qRows[0]).toEqual([en.question, en.prompt, en.status, en.answered, en.correct, en.shareCorrect, en.medianSeconds, en.option, en.count]);
    expect(qRows[0]![0]).toBe('Question');
    const expectedQRows: string[][] = [];
    for (const q of report.questions) {
      expectedQRows.push([
        String(q.index + 1),
        q.prompt,
        en.played,
        '3',
        String(q.correct),
        String(Math.round(q.shareCorrect! * 1000) / 10),
        String(Math.round(q.medianTimeMs! / 100) / 10),
        '',
        '',
      ]);
      for (const bar of q.distribution) expectedQRows.push([String(q.index + 1), '', '', '', '', '', '', bar.correct ? `${bar.label} ✓` : bar.label, String(bar.count)]);
    }
    expect(qRows.slice(1)).toEqual(expectedQRows);

    // players.csv: one row per player, by rank, a column per question.
    const pRes = await getWithSecret(`${base}/players.csv`, game.hostSecret);
    expect(pRes.status).toBe(200);
    const pRows = parseCsv(await pRes.text());
    expect(pRows[0]).toEqual([en.rank, en.nickname, en.language, en.score, en.answered, en.correct, en.medianSeconds, en.removed, 'Q1', 'Q2', 'Q3', 'Q4']);
    expect(pRows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[7], ...r.slice(8)])).toEqual(
      report.players.map((p) => [String(p.rank), p.nickname, p.locale, String(p.score), '4', String(p.correct), '', ...p.perQuestion.map((o) => (o === 'correct' ? en.right : en.wrong))]),
    );

    // The Portuguese CSV uses the Portuguese words.
    const ptRows = parseCsv(await (await getWithSecret(`${base}/players.csv?locale=pt`, game.hostSecret)).text());
    const pt = REPORT_MESSAGES.pt;
    expect(ptRows[0]!.slice(0, 4)).toEqual([pt.rank, pt.nickname, pt.language, pt.score]);
    expect(ptRows[0]![1]).toBe('Apelido');
    expect(ptRows.find((r) => r[1] === 'Caio')!.slice(8)).toEqual([pt.wrong, pt.right, pt.wrong, pt.right]);
  });
});
