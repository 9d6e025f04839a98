import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createSession, hostOf, joinAs, removeTempDirs, rightAnswer, startServer, tempDataDir, testQuiz, type RunningServer } from './support/live-server';
import { postgresPlaces, postgresSkipReason } from './support/postgres';
import { startTcpProxy } from './support/tcp-proxy';

/*
 * The database goes away under a running game: PostgreSQL's connection drops (a TCP proxy
 * between the server and PostgreSQL is cut), or the SQLite file cannot be written (another
 * process holds it locked). The server answers with STORAGE_UNAVAILABLE, acknowledges
 * nothing it did not store, stays up, and carries on once the database is back.
 */

const pgSkipReason = await postgresSkipReason();
if (pgSkipReason) console.warn(`Skipping the PostgreSQL fault test: ${pgSkipReason}.`);
const quiz = testQuiz({ limitSec: 60 });

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});
afterAll(() => removeTempDirs());

describe('database faults', () => {
  const places = postgresPlaces();
  afterAll(() => places.removePlaces());

  it.skipIf(pgSkipReason !== undefined)('PostgreSQL dropped: answers are refused with STORAGE_UNAVAILABLE, not acknowledged, and taken again once it is back', async () => {
    const place = await places.newPlace();
    const url = new URL(place.databaseUrl!);
    const proxy = await startTcpProxy({ targetHost: url.hostname === 'localhost' ? '127.0.0.1' : url.hostname, targetPort: Number(url.port || 5432) });
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    try {
      const server = await startServer({ databaseUrl: url.toString(), quizzes: [quiz] });
      servers.push(server);
      const session = await createSession(server.url, { quizId: quiz.id });
      const { client: host } = await hostOf(server, session);
      const ana = await joinAs(server, session.code, 'Ana');
      const bia = await joinAs(server, session.code, 'Bia');
      await host.ok('host:command', { code: session.code, command: { action: 'start' } });
      const answer = rightAnswer(quiz.questions[0]!);
      await bia.client.ok('answer:submit', { code: session.code, questionIndex: 0, answer });

      proxy.cut();
      expect(await ana.client.request('answer:submit', { code: session.code, questionIndex: 0, answer })).toMatchObject({ ok: false, error: { code: 'STORAGE_UNAVAILABLE' } });
      expect((await fetch(`${server.url}/api/health`)).status).toBe(503);
      // Not stored, so not counted: Ana has no answer yet, Bia's stands.
      const during = await ana.client.ok('player:resume', { code: session.code, playerSecret: ana.playerSecret });
      expect(during.myAnswer).toBeNull();

      proxy.restore();
      await expect.poll(async () => (await fetch(`${server.url}/api/health`)).status, { timeout: 10_000 }).toBe(200);
      expect(await ana.client.request('answer:submit', { code: session.code, questionIndex: 0, answer })).toMatchObject({ ok: true });
      const view = await host.ok('host:attach', { code: session.code, hostSecret: session.hostSecret, locale: 'en' });
      expect(view.phase).toBe('reveal');
      expect(view.answeredCount).toBe(2);
    } finally {
      proxy.cut();
      await proxy.close();
    }
  });

  it('SQLite locked by another process: refused after the busy timeout, nothing half-stored, fine once released', { timeout: 30_000 }, async () => {
    const dataDir = tempDataDir();
    const server = await startServer({ dataDir, quizzes: [quiz] });
    servers.push(server);
    const session = await createSession(server.url, { quizId: quiz.id });
    const { client: host } = await hostOf(server, session);
    const ana = await joinAs(server, session.code, 'Ana');
    await host.ok('host:command', { code: session.code, command: { action: 'start' } });
    const answer = rightAnswer(quiz.questions[0]!);

    const intruder = new Database(path.join(dataDir, 'stackhouse.sqlite'));
    intruder.exec('BEGIN EXCLUSIVE');
    try {
      expect(await ana.client.request('answer:submit', { code: session.code, questionIndex: 0, answer }, 15_000)).toMatchObject({ ok: false, error: { code: 'STORAGE_UNAVAILABLE' } });
    } finally {
      intruder.exec('ROLLBACK');
      intruder.close();
    }
    const before = await ana.client.ok('player:resume', { code: session.code, playerSecret: ana.playerSecret });
    expect(before.myAnswer).toBeNull();
    expect(await ana.client.request('answer:submit', { code: session.code, questionIndex: 0, answer })).toMatchObject({ ok: true });
    expect((await ana.client.ok('player:resume', { code: session.code, playerSecret: ana.playerSecret })).myAnswer).toEqual(answer);
  });
});
