import { afterAll, describe, expect, it } from 'vitest';
import { createSession, hostOf, joinAs, rightAnswer, startServer, testQuiz } from './support/live-server';
import { postgresPlaces, postgresSkipReason, PG_URL } from './support/postgres';
import { playAcrossRestarts } from './support/restart-game';

/*
 * The live game on PostgreSQL: the same whole game and restarts as on SQLite, in a
 * database created for this run (see support/postgres.ts). Skipped, with the reason
 * printed, only when DATABASE_URL is unset and no server answers at the default URL.
 */

const skipReason = await postgresSkipReason();
if (skipReason) console.warn(`Skipping the PostgreSQL live-game tests: ${skipReason}. Set DATABASE_URL to require them.`);

const places = postgresPlaces();
afterAll(() => places.removePlaces());

describe.skipIf(skipReason !== undefined)(`the live game on PostgreSQL (${new URL(PG_URL).host})`, () => {
  it('plays a whole game with a restart mid-question and one after the podium', async () => {
    const place = await places.newPlace();
    await playAcrossRestarts({ dataDir: place.dataDir, databaseUrl: place.databaseUrl });
  });

  it('reports PostgreSQL in /api/health and stores a question opened before a restart', async () => {
    const place = await places.newPlace();
    const quiz = testQuiz();
    let server = await startServer({ ...place, quizzes: [quiz] });
    try {
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', database: 'postgres' });

      const session = await createSession(server.url);
      const { client: host } = await hostOf(server, session);
      const ana = await joinAs(server, session.code, 'Ana', 'pt');
      const opened = await host.ok('host:command', { code: session.code, command: { action: 'start' } });
      await server.stop();

      server = await startServer({ ...place, quizzes: [quiz] });
      const { view } = await hostOf(server, session);
      expect(view).toMatchObject({ phase: 'question', questionIndex: 0, activeCount: 1 });
      expect(view.timer?.endsAt).toBe(opened.timer?.endsAt);
      const phone = await server.connect();
      expect(await phone.ok('player:resume', { code: session.code, playerSecret: ana.playerSecret })).toMatchObject({ playerId: ana.playerId, locale: 'pt' });
      await phone.ok('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) });
      expect((await phone.waitFor('player:state', (v) => v.phase === 'reveal')).result).toMatchObject({ correct: true, points: 1000 });
    } finally {
      await server.stop();
    }
  });
});
