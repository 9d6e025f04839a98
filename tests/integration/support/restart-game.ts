import { expect } from 'vitest';
import type { SessionReport } from '../../../lib/quiz/report';
import type { Answer, Quiz } from '../../../lib/quiz/types';
import { openStorage } from '../../../server/persistence/database';
import type { Storage, StoredEvent } from '../../../server/persistence/types';
import {
  createSession,
  getWithSecret,
  hostOf,
  joinAs,
  rightAnswer,
  startServer,
  testQuiz,
  wrongAnswer,
  type LiveClient,
  type Player,
  type RunningServer,
} from './live-server';

/*
 * A whole game in accuracy mode with the server stopped and started again twice on the
 * same storage: once in the middle of a question (some answers acknowledged, one not yet
 * sent), once after the podium. Used on SQLite (restart.test.ts) and PostgreSQL
 * (postgres.test.ts).
 */

/** Where the data lives: a SQLite directory or a PostgreSQL URL. */
export interface Place {
  dataDir: string;
  databaseUrl?: string;
}

/** Long limits: this game never waits for a timer, and one must not fire during a restart. */
export const restartQuiz: Quiz = testQuiz({ limitSec: 30 });

type Outcome = 'right' | 'wrong';
const NICKNAMES = ['Ana', 'Bia', 'Caio'] as const;
type Nickname = (typeof NICKNAMES)[number];
/** Caio's answer to question 2 is sent only after the restart. */
const PLAN: Record<Nickname, Outcome>[] = [
  { Ana: 'right', Bia: 'right', Caio: 'wrong' },
  { Ana: 'right', Bia: 'wrong', Caio: 'right' },
  { Ana: 'right', Bia: 'right', Caio: 'right' },
  { Ana: 'wrong', Bia: 'right', Caio: 'right' },
];
/** Accuracy mode: 1000 + 100 × min(streak − 1, 5) for a right answer, 0 otherwise. */
function expectedScores(questions: number): Record<Nickname, number> {
  const scores = { Ana: 0, Bia: 0, Caio: 0 };
  const streak = { Ana: 0, Bia: 0, Caio: 0 };
  for (const plan of PLAN.slice(0, questions)) {
    for (const name of NICKNAMES) {
      streak[name] = plan[name] === 'right' ? streak[name] + 1 : 0;
      if (plan[name] === 'right') scores[name] += 1000 + 100 * Math.min(streak[name] - 1, 5);
    }
  }
  return scores;
}

const answerFor = (i: number, name: Nickname): Answer => (PLAN[i]![name] === 'right' ? rightAnswer(restartQuiz.questions[i]!) : wrongAnswer(restartQuiz.questions[i]!));

/** The stored answer events of a session, as (player, question, answer). */
async function storedAnswers(storage: Storage, code: string): Promise<{ playerId: string; questionIndex: number; answer: Answer }[]> {
  const record = await storage.sessions.findByCode(code);
  if (!record) return [];
  const events: StoredEvent[] = await storage.sessions.listEvents(record.id);
  return events.flatMap(({ event }) => (event.type === 'answer' ? [{ playerId: event.playerId, questionIndex: event.questionIndex, answer: event.answer }] : []));
}

export async function playAcrossRestarts(place: Place): Promise<void> {
  const start = () => startServer({ dataDir: place.dataDir, databaseUrl: place.databaseUrl, quizzes: [restartQuiz] });
  // A second connection to the same database, to look at what is stored while the server runs.
  const observer = await openStorage({ dataDir: place.dataDir, databaseUrl: place.databaseUrl });
  const servers: RunningServer[] = [];
  try {
    let server = await start();
    servers.push(server);
    const session = await createSession(server.url, { scoring: 'accuracy' });
    const code = session.code;
    let { client: host } = await hostOf(server, session);
    const players: Record<Nickname, Player> = {} as Record<Nickname, Player>;
    for (const name of NICKNAMES) players[name] = await joinAs(server, code, name, name === 'Bia' ? 'pt' : 'en');
    const acknowledged: { playerId: string; questionIndex: number; answer: Answer }[] = [];

    /** Sends an answer; once acknowledged it must already be in the database. */
    const submit = async (client: LiveClient, name: Nickname, i: number) => {
      const answer = answerFor(i, name);
      expect(await client.request('answer:submit', { code, questionIndex: i, answer })).toEqual({ ok: true, data: { questionIndex: i } });
      const entry = { playerId: players[name].playerId, questionIndex: i, answer };
      acknowledged.push(entry);
      expect(await storedAnswers(observer, code), `${name}'s answer to question ${i + 1} acknowledged but not stored`).toContainEqual(entry);
    };

    // Question 1, played through; question 2 opened, Ana and Bia answer, Caio has not yet.
    await host.ok('host:command', { code, command: { action: 'start' } });
    for (const name of NICKNAMES) await submit(players[name].client, name, 0);
    await host.waitFor('host:state', (v) => v.phase === 'reveal' && v.questionIndex === 0);
    await host.ok('host:command', { code, command: { action: 'next' } });
    await host.ok('host:command', { code, command: { action: 'next' } });
    await submit(players.Ana.client, 'Ana', 1);
    await submit(players.Bia.client, 'Bia', 1);
    const before = await host.waitFor('host:state', (v) => v.questionIndex === 1 && v.answeredCount === 2);
    expect(before.phase).toBe('question');
    expect(before.timer?.endsAt).toEqual(expect.any(Number));

    // The server goes away completely, and a new one starts on the same storage.
    await server.stop();
    expect(players.Ana.client.socket.connected).toBe(false);
    server = await start();
    servers.push(server);

    // The host console reattaches: same question, same answers counted, same deadline.
    ({ client: host } = await hostOf(server, session));
    const after = await host.ok('host:attach', { code, hostSecret: session.hostSecret, locale: 'en' });
    expect(after).toMatchObject({ phase: 'question', questionIndex: 1, answeredCount: 2, activeCount: 3 });
    expect(after.timer?.endsAt).toBe(before.timer!.endsAt);
    expect(after.timer?.durationMs).toBe(before.timer!.durationMs);
    expect(after.distribution).toEqual(before.distribution);
    expect(after.participants.map((p) => [p.nickname, p.score, p.answered])).toEqual(before.participants.map((p) => [p.nickname, p.score, p.answered]));
    const afterOne = expectedScores(1);
    expect(Object.fromEntries(after.participants.map((p) => [p.nickname, p.score]))).toEqual(afterOne);

    // Players come back with their secrets, keeping id, score and stored answer.
    for (const name of NICKNAMES) {
      const old = players[name];
      const client = await server.connect();
      const view = await client.ok('player:resume', { code, playerSecret: old.playerSecret });
      expect(view, name).toMatchObject({
        playerId: old.playerId,
        nickname: name,
        locale: name === 'Bia' ? 'pt' : 'en',
        phase: 'question',
        questionIndex: 1,
        me: { score: afterOne[name] },
        myAnswer: name === 'Caio' ? null : answerFor(1, name),
      });
      expect(view.timer?.endsAt, name).toBe(before.timer!.endsAt);
      players[name] = { ...old, client, view };
    }
    // An answer acknowledged before the restart is still the one that counts.
    expect(await players.Ana.client.request('answer:submit', { code, questionIndex: 1, answer: wrongAnswer(restartQuiz.questions[1]!) })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_ANSWERED' },
    });

    // The game goes on normally: Caio's answer closes question 2, then questions 3 and 4.
    for (let i = 1; i < restartQuiz.questions.length; i++) {
      if (i > 1) await host.ok('host:command', { code, command: { action: 'next' } });
      for (const name of NICKNAMES) if (i > 1 || name === 'Caio') await submit(players[name].client, name, i);
      await host.waitFor('host:state', (v) => v.phase === 'reveal' && v.questionIndex === i);
      const scores = expectedScores(i + 1);
      for (const name of NICKNAMES) {
        const view = await players[name].client.waitFor('player:state', (v) => v.phase === 'reveal' && v.questionIndex === i);
        expect(view.result?.correct, `${name}, question ${i + 1}`).toBe(PLAN[i]![name] === 'right');
        expect(view.me.score, `${name}, question ${i + 1}`).toBe(scores[name]);
      }
      await host.ok('host:command', { code, command: { action: 'next' } });
    }
    const podium = await host.ok('host:command', { code, command: { action: 'next' } });
    expect(podium.phase).toBe('podium');
    const final = expectedScores(PLAN.length);
    expect(Object.fromEntries(podium.standings.map((e) => [e.nickname, e.score]))).toEqual(final);

    // Every acknowledged answer is stored, and nothing else.
    const stored = await storedAnswers(observer, code);
    expect(stored).toHaveLength(acknowledged.length);
    expect(stored).toEqual(expect.arrayContaining(acknowledged));

    const reportUrl = `${server.url}/api/sessions/${code}/report`;
    const report = (await (await getWithSecret(reportUrl, session.hostSecret)).json()) as SessionReport;
    expect(Object.fromEntries(report.players.map((p) => [p.nickname, p.score]))).toEqual(final);
    expect(report.players.map((p) => p.perQuestion)).toEqual(
      report.players.map((p) => PLAN.map((plan) => (plan[p.nickname as Nickname] === 'right' ? 'correct' : 'wrong'))),
    );
    const csv = await (await getWithSecret(`${reportUrl}/players.csv`, session.hostSecret)).text();

    // After the podium, one more restart: the report is still there, the same.
    await server.stop();
    server = await start();
    servers.push(server);
    const again = await getWithSecret(`${server.url}/api/sessions/${code}/report`, session.hostSecret);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(report);
    expect(await (await getWithSecret(`${server.url}/api/sessions/${code}/report/players.csv`, session.hostSecret)).text()).toBe(csv);
    expect(await (await fetch(`${server.url}/api/sessions/${code}`)).json()).toEqual({ code, phase: 'podium', locked: false });
    const { view: ended } = await hostOf(server, session);
    expect(ended).toMatchObject({ phase: 'podium', questionIndex: 3 });
  } finally {
    for (const s of servers) await s.stop();
    await observer.close();
  }
}
