import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../lib/quiz/types';
import {
  createSession,
  hostOf,
  joinAs,
  removeTempDirs,
  rightAnswer,
  startServer,
  testQuiz,
  wrongAnswer,
  type CreatedSession,
  type LiveClient,
  type Player,
  type RunningServer,
} from './support/live-server';

/*
 * Phones sleep, tabs reload, networks drop. A player comes back on a new socket with the
 * secret they got when joining, and finds themselves where they were.
 */

const quiz = testQuiz({ limitSec: 20 });

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ quizzes: [quiz] });
});
afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

/** A session with a host and players in the lobby, ready to start. */
async function lobbyWith(players: { nickname: string; locale: Locale }[]): Promise<{ session: CreatedSession; host: LiveClient; players: Player[] }> {
  const session = await createSession(server.url, { scoring: 'accuracy' });
  const { client: host } = await hostOf(server, session);
  const joined: Player[] = [];
  for (const p of players) joined.push(await joinAs(server, session.code, p.nickname, p.locale));
  return { session, host, players: joined };
}

const randomSecret = () => randomBytes(32).toString('base64url');

describe('a player who loses the connection', () => {
  it('comes back on a new socket with the same id, nickname, score and stored answer, at the current question', async () => {
    const { session, host, players } = await lobbyWith([
      { nickname: 'Ana', locale: 'en' },
      { nickname: 'Bia', locale: 'en' },
    ]);
    const [ana, bia] = players as [Player, Player];
    const code = session.code;

    // Question 1: Ana right, Bia wrong; then on to question 2.
    await host.ok('host:command', { code, command: { action: 'start' } });
    await ana.client.ok('answer:submit', { code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) });
    await bia.client.ok('answer:submit', { code, questionIndex: 0, answer: wrongAnswer(quiz.questions[0]!) });
    await host.ok('host:command', { code, command: { action: 'next' } });
    const second = await host.ok('host:command', { code, command: { action: 'next' } });
    expect(second).toMatchObject({ phase: 'question', questionIndex: 1 });
    const answer = rightAnswer(quiz.questions[1]!);
    await ana.client.ok('answer:submit', { code, questionIndex: 1, answer });

    // Ana's phone drops off; the host sees her disconnected.
    ana.client.close();
    await host.waitFor('host:state', (v) => v.participants.find((p) => p.id === ana.playerId)?.connected === false);

    const again = await server.connect();
    const view = await again.ok('player:resume', { code, playerSecret: ana.playerSecret });
    expect(view).toMatchObject({
      playerId: ana.playerId,
      nickname: 'Ana',
      locale: 'en',
      phase: 'question',
      questionIndex: 1,
      myAnswer: answer,
      me: { score: 1000, rank: 1, streak: 1 },
    });
    expect(view.question?.prompt).toBe(quiz.questions[1]!.prompt.en);
    await host.waitFor('host:state', (v) => v.participants.find((p) => p.id === ana.playerId)?.connected === true);

    // Answering twice is still refused: the stored answer is hers.
    expect(await again.request('answer:submit', { code, questionIndex: 1, answer: wrongAnswer(quiz.questions[1]!) })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_ANSWERED' },
    });

    // The resumed socket receives the game from now on: Bia's answer closes the question.
    await bia.client.ok('answer:submit', { code, questionIndex: 1, answer: rightAnswer(quiz.questions[1]!) });
    const reveal = await again.waitFor('player:state', (v) => v.phase === 'reveal' && v.questionIndex === 1);
    expect(reveal.result).toEqual({ answered: true, correct: true, share: 1, points: 1100 });
    expect(reveal.me.score).toBe(2100);
  });

  it('after a reload in another language, sees the game in that language', async () => {
    const { session, host, players } = await lobbyWith([
      { nickname: 'Ana', locale: 'en' },
      { nickname: 'Bia', locale: 'en' },
    ]);
    const [ana, bia] = players as [Player, Player];
    const code = session.code;
    await host.ok('host:command', { code, command: { action: 'start' } });
    const first = await ana.client.waitFor('player:state', (v) => v.phase === 'question');
    expect(first.question?.prompt).toBe(quiz.questions[0]!.prompt.en);

    ana.client.close();
    const reloaded = await server.connect();
    const view = await reloaded.ok('player:resume', { code, playerSecret: ana.playerSecret, locale: 'pt' });
    expect(view).toMatchObject({ playerId: ana.playerId, nickname: 'Ana', locale: 'pt', quizTitle: quiz.title.pt, phase: 'question', questionIndex: 0 });
    expect(view.question?.prompt).toBe(quiz.questions[0]!.prompt.pt);
    const question = quiz.questions[0]!;
    expect(question.type).toBe('single');
    if (question.type === 'single') {
      expect(view.question?.options.map((o) => o.text)).toEqual(question.options.map((o) => o.text.pt));
    }
    // The host's roster shows her new language; the host's own screen stays in English.
    const roster = await host.waitFor('host:state', (v) => v.participants.find((p) => p.id === ana.playerId)?.locale === 'pt');
    expect(roster.question?.prompt).toBe(quiz.questions[0]!.prompt.en);

    // The reveal reaches her in Portuguese.
    await reloaded.ok('answer:submit', { code, questionIndex: 0, answer: rightAnswer(question) });
    await bia.client.ok('answer:submit', { code, questionIndex: 0, answer: rightAnswer(question) });
    const reveal = await reloaded.waitFor('player:state', (v) => v.phase === 'reveal');
    expect(reveal.reveal?.explanation).toBe(question.explanation.pt);
    const biaReveal = await bia.client.waitFor('player:state', (v) => v.phase === 'reveal');
    expect(biaReveal.reveal?.explanation).toBe(question.explanation.en);
  });

  it('cannot come back with a wrong secret, nor act before resuming', async () => {
    const { session, host, players } = await lobbyWith([{ nickname: 'Ana', locale: 'en' }]);
    const code = session.code;
    await host.ok('host:command', { code, command: { action: 'start' } });

    const stranger = await server.connect();
    expect(await stranger.request('player:resume', { code, playerSecret: randomSecret() })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PLAYER', message: expect.any(String) },
    });
    // A secret of another session does not work here either.
    const other = await lobbyWith([{ nickname: 'Ana', locale: 'en' }]);
    expect(await stranger.request('player:resume', { code, playerSecret: other.players[0]!.playerSecret })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PLAYER' },
    });
    // The host secret is not a player secret.
    expect(await stranger.request('player:resume', { code, playerSecret: session.hostSecret })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PLAYER' } });
    // Not resumed, so not allowed to answer.
    expect(await stranger.request('answer:submit', { code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORIZED' },
    });
    const view = await host.ok('host:attach', { code, hostSecret: session.hostSecret, locale: 'en' });
    expect(view).toMatchObject({ answeredCount: 0, activeCount: 1 });
    expect(players[0]!.client.socket.connected).toBe(true);
  });

  it('once removed by the host, is told so, disconnected, and cannot resume', async () => {
    const { session, host, players } = await lobbyWith([
      { nickname: 'Ana', locale: 'en' },
      { nickname: 'Bia', locale: 'en' },
    ]);
    const [ana, bia] = players as [Player, Player];
    const code = session.code;
    await host.ok('host:command', { code, command: { action: 'start' } });
    await ana.client.ok('answer:submit', { code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) });

    // Bia also has a second tab open: both of her sockets are told and closed.
    const biaTab = await server.connect();
    await biaTab.ok('player:resume', { code, playerSecret: bia.playerSecret });
    const closed = [bia.client.disconnected(), biaTab.disconnected()];

    const after = await host.ok('host:command', { code, command: { action: 'remove', playerId: bia.playerId } });
    expect(await bia.client.waitFor('player:removed')).toEqual({ code });
    expect(await biaTab.waitFor('player:removed')).toEqual({ code });
    expect(await Promise.all(closed)).toEqual(['io server disconnect', 'io server disconnect']);

    // Everyone left has answered, so the question closed; Bia is out of the standings.
    expect(after.phase).toBe('reveal');
    expect(after.activeCount).toBe(1);
    expect(after.participants.find((p) => p.id === bia.playerId)).toMatchObject({ removed: true, connected: false });
    expect(after.standings.map((e) => e.nickname)).toEqual(['Ana']);
    expect((await ana.client.waitFor('player:state', (v) => v.phase === 'reveal')).playerCount).toBe(1);

    const back = await server.connect();
    expect(await back.request('player:resume', { code, playerSecret: bia.playerSecret })).toEqual({
      ok: false,
      error: { code: 'PLAYER_REMOVED', message: expect.any(String) },
    });
    // Her nickname is free again: she may join as a new player.
    const rejoined = await back.ok('player:join', { code, nickname: 'Bia', locale: 'en' });
    expect(rejoined.playerId).not.toBe(bia.playerId);
  });
});
