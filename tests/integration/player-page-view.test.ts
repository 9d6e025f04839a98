import { afterEach, describe, expect, it } from 'vitest';
import { QUIZZES } from '../../lib/content/quizzes';
import { systemClock } from '../../server/clock';
import { livePageViews } from '../../server/live/player-page-view';
import { createSession, hostOf, joinAs, removeTempDirs, startServer, TEST_QUIZ_ID, testQuiz, type RunningServer } from './support/live-server';

/*
 * What the play page renders on the server for a returning player: the screen their socket
 * would get, read from the session in memory, for their secret only, and nothing that would
 * load a session or change one.
 */

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  removeTempDirs();
});

describe('the player view a page renders on the server', () => {
  it("is the player's own screen mid-question, for their secret only, in the page's language", async () => {
    const server = await startServer({ quizzes: [testQuiz(), ...QUIZZES] });
    servers.push(server);
    const views = livePageViews(server.app.registry, systemClock);
    const session = await createSession(server.url, { quizId: TEST_QUIZ_ID });
    const { client: host } = await hostOf(server, session);
    const ana = await joinAs(server, session.code, 'Ana', 'pt');
    const bob = await joinAs(server, session.code, 'Bob', 'en');

    const lobby = await views.playerView(session.code, ana.playerSecret, 'pt');
    expect(lobby).toMatchObject({ phase: 'lobby', nickname: 'Ana', locale: 'pt' });

    await host.ok('host:command', { code: session.code, command: { action: 'start' } });
    const question = await views.playerView(session.code, bob.playerSecret, 'en');
    expect(question).toMatchObject({ phase: 'question', nickname: 'Bob', questionIndex: 0, myAnswer: null });
    expect(question!.question!.prompt).toBe(testQuiz().questions[0]!.prompt.en);
    expect(question!.timer!.remainingMs).toBeGreaterThan(0);
    // What the socket gives the same player now: the same screen.
    const resumed = await bob.client.ok('player:resume', { code: session.code, playerSecret: bob.playerSecret, locale: 'en' });
    expect({ ...question, serverNow: 0, timer: null }).toEqual({ ...resumed, serverNow: 0, timer: null });

    // The page in another language than the seat's: the same screen in the page's language,
    // and the seat keeps its own until the socket's resume changes it.
    const switched = await views.playerView(session.code, ana.playerSecret, 'en');
    expect(switched).toMatchObject({ phase: 'question', nickname: 'Ana', locale: 'en' });
    expect(switched!.question!.prompt).toBe(testQuiz().questions[0]!.prompt.en);
    expect((await views.playerView(session.code, ana.playerSecret, 'pt'))!.question!.prompt).toBe(testQuiz().questions[0]!.prompt.pt);
    const room = await server.app.registry.loaded(session.code);
    expect(room!.state.participants.get(ana.playerId)!.locale).toBe('pt');
    // A secret of no seat, or the host's, shows nothing.
    expect(await views.playerView(session.code, 'A'.repeat(43), 'en')).toBeNull();
    expect(await views.playerView(session.code, session.hostSecret, 'en')).toBeNull();
    // A player the host removed has no screen to come back to.
    await host.ok('host:command', { code: session.code, command: { action: 'remove', playerId: bob.playerId } });
    expect(await views.playerView(session.code, bob.playerSecret, 'en')).toBeNull();
  });

  it('never loads a session this node does not hold', async () => {
    const server = await startServer({ quizzes: [testQuiz(), ...QUIZZES] });
    servers.push(server);
    const views = livePageViews(server.app.registry, systemClock);
    expect(await views.playerView('ZZZZZZ', 'A'.repeat(43), 'en')).toBeNull();
    expect(server.app.registry.holds('ZZZZZZ')).toBe(false);
  });
});
