import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createSession,
  hostOf,
  joinAs,
  removeTempDirs,
  rightAnswer,
  startServer,
  tempDataDir,
  testQuiz,
  type RunningServer,
} from './support/live-server';
import { playAcrossRestarts } from './support/restart-game';

/*
 * The server process can be stopped at any moment (a deploy, a crash): a game in progress
 * comes back on the next start from what was stored, with nothing acknowledged lost.
 */

afterAll(() => removeTempDirs());

describe('a server restart on the same SQLite directory', () => {
  it('brings a game back mid-question with its answers, deadline and players, and keeps the report after the podium', async () => {
    await playAcrossRestarts({ dataDir: tempDataDir() });
  });

  it('re-arms question timers: one closes on time after the restart, one that expired while down closes at once', async () => {
    const threeSeconds = testQuiz({ id: 'it-quiz-3s', limitSec: 3 });
    const oneSecond = testQuiz({ id: 'it-quiz-1s', limitSec: 1 });
    const dataDir = tempDataDir();
    const start = () => startServer({ dataDir, quizzes: [threeSeconds, oneSecond] });
    const servers: RunningServer[] = [];
    try {
      let server = await start();
      servers.push(server);
      const games = [];
      for (const quiz of [threeSeconds, oneSecond]) {
        const session = await createSession(server.url, { quizId: quiz.id, scoring: 'accuracy' });
        const { client: host } = await hostOf(server, session);
        const ana = await joinAs(server, session.code, 'Ana');
        const bia = await joinAs(server, session.code, 'Bia');
        const opened = await host.ok('host:command', { code: session.code, command: { action: 'start' } });
        await ana.client.ok('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) });
        games.push({ session, ana, bia, endsAt: opened.timer!.endsAt! });
      }
      const [slow, fast] = games as [(typeof games)[0], (typeof games)[0]];
      await server.stop();

      // The one-second question runs out while no server is running.
      await sleep(Math.max(0, fast.endsAt - Date.now() + 100));
      server = await start();
      servers.push(server);

      const { client: fastHost, view: fastView } = await hostOf(server, fast.session);
      const closed = fastView.phase === 'reveal' ? fastView : await fastHost.waitFor('host:state', (v) => v.phase === 'reveal');
      expect(closed.participants.map((p) => [p.nickname, p.score])).toEqual([
        ['Ana', 1000],
        ['Bia', 0],
      ]);

      // The three-second one is still open, with the same deadline, and closes when it is reached.
      const { client: slowHost, view: slowView } = await hostOf(server, slow.session);
      expect(slowView).toMatchObject({ phase: 'question', questionIndex: 0, answeredCount: 1 });
      expect(slowView.timer?.endsAt).toBe(slow.endsAt);
      const bia = await server.connect();
      expect(await bia.ok('player:resume', { code: slow.session.code, playerSecret: slow.bia.playerSecret })).toMatchObject({ phase: 'question', myAnswer: null });
      const reveal = await slowHost.waitFor('host:state', (v) => v.phase === 'reveal', { timeoutMs: 5_000 });
      expect(reveal.serverNow).toBeGreaterThanOrEqual(slow.endsAt);
      expect(reveal.serverNow).toBeLessThan(slow.endsAt + 1_000);
      expect((await bia.waitFor('player:state', (v) => v.phase === 'reveal')).result).toEqual({ answered: false, correct: false, share: 0, points: 0 });
    } finally {
      for (const s of servers) await s.stop();
    }
  });
});
