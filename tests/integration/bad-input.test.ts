import { PROTOCOL_VERSION } from '../../lib/protocol/version';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionReport } from '../../lib/quiz/report';
import type { Locale } from '../../lib/quiz/types';
import {
  createSession,
  getWithSecret,
  hostOf,
  joinAs,
  rawEmitWithAck,
  rawSocket,
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
 * Whatever a client sends, the server answers with a typed error and nothing changes; the
 * server stays up and keeps serving games. Each refusal is followed by a look at the host
 * view, the report or the stored events to check that it really changed nothing.
 */

const quiz = testQuiz({ limitSec: 20 });
/** For waiting out a real timer: one-second questions. */
const fastQuiz = testQuiz({ id: 'it-quiz-fast', limitSec: 1 });

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ quizzes: [quiz, fastQuiz] });
});
afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

interface Game {
  session: CreatedSession;
  code: string;
  host: LiveClient;
  players: Player[];
}

async function gameWith(nicknames: string[], { quizId = quiz.id, start = true, locale = 'en' as Locale } = {}): Promise<Game> {
  const session = await createSession(server.url, { quizId, scoring: 'accuracy' });
  const { client: host } = await hostOf(server, session);
  const players: Player[] = [];
  for (const nickname of nicknames) players.push(await joinAs(server, session.code, nickname, locale));
  if (start) await host.ok('host:command', { code: session.code, command: { action: 'start' } });
  return { session, code: session.code, host, players };
}

/** The host's current view, fetched afresh. */
function hostView(game: Game) {
  return game.host.ok('host:attach', { code: game.code, hostSecret: game.session.hostSecret, locale: 'en' });
}

/** The stored event log of a session. */
async function storedEvents(code: string) {
  const record = await server.storage.sessions.findByCode(code);
  if (!record) throw new Error(`session ${code} not stored`);
  return server.storage.sessions.listEvents(record.id);
}

async function report(game: Game): Promise<SessionReport> {
  const res = await getWithSecret(`${server.url}/api/sessions/${game.code}/report`, game.session.hostSecret);
  expect(res.status).toBe(200);
  return (await res.json()) as SessionReport;
}

const refusal = (code: string) => ({ ok: false, error: { code, message: expect.any(String) } });
const randomSecret = () => randomBytes(32).toString('base64url');

describe('answers that must not count', () => {
  it('an answer after the real timer ran out is TOO_LATE, and the question stays unanswered for that player', async () => {
    const game = await gameWith(['Ana', 'Bia'], { quizId: fastQuiz.id });
    const [ana, bia] = game.players as [Player, Player];
    const question = fastQuiz.questions[0]!;
    await ana.client.ok('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(question) });

    // Nobody presses anything: the server's own timer closes the question after 1 s.
    const reveal = await game.host.waitFor('host:state', (v) => v.phase === 'reveal', { timeoutMs: 4_000 });
    expect(reveal.answeredCount).toBe(1);
    const biaReveal = await bia.client.waitFor('player:state', (v) => v.phase === 'reveal');
    expect(biaReveal.result).toEqual({ answered: false, correct: false, share: 0, points: 0 });

    expect(await bia.client.request('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(question) })).toEqual(refusal('TOO_LATE'));

    const after = await hostView(game);
    expect(after).toMatchObject({ phase: 'reveal', answeredCount: 1 });
    expect(after.participants.map((p) => [p.nickname, p.score])).toEqual([
      ['Ana', 1000],
      ['Bia', 0],
    ]);
    const r = await report(game);
    expect(r.questions[0]).toMatchObject({ answered: 1, correct: 1 });
    expect(r.players.find((p) => p.nickname === 'Bia')).toMatchObject({ answered: 0, score: 0, perQuestion: ['none', 'unplayed', 'unplayed', 'unplayed'] });
    expect((await storedEvents(game.code)).filter((e) => e.event.type === 'answer')).toHaveLength(1);
  });

  it("an answer after the player's own time ran out is TOO_LATE even while a classmate with extra time still answers", async () => {
    const game = await gameWith(['Ana', 'Bia'], { quizId: fastQuiz.id, start: false });
    const [ana, bia] = game.players as [Player, Player];
    await game.host.ok('host:command', { code: game.code, command: { action: 'extraTime', playerId: bia.playerId, seconds: 5 } });
    await game.host.ok('host:command', { code: game.code, command: { action: 'start' } });
    const anaView = await ana.client.waitFor('player:state', (v) => v.phase === 'question');
    const biaView = await bia.client.waitFor('player:state', (v) => v.phase === 'question');
    expect(biaView.timer!.endsAt! - anaView.timer!.endsAt!).toBe(5_000);

    // Wait out Ana's one second on the real clock (server and test share it here).
    await sleep(Math.max(0, anaView.timer!.endsAt! - Date.now() + 50));
    const question = fastQuiz.questions[0]!;
    expect(await ana.client.request('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(question) })).toEqual(refusal('TOO_LATE'));
    expect(await bia.client.request('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(question) })).toEqual({ ok: true, data: { questionIndex: 0 } });
    expect(await hostView(game)).toMatchObject({ phase: 'question', answeredCount: 1 });

    const closed = await game.host.ok('host:command', { code: game.code, command: { action: 'next' } });
    expect(closed.participants.map((p) => [p.nickname, p.score])).toEqual([
      ['Ana', 0],
      ['Bia', 1000],
    ]);
  });

  it('a second answer is ALREADY_ANSWERED and the first one stands', async () => {
    const game = await gameWith(['Ana', 'Bia']);
    const [ana, bia] = game.players as [Player, Player];
    const question = quiz.questions[0]!;
    const first = wrongAnswer(question);
    await ana.client.ok('answer:submit', { code: game.code, questionIndex: 0, answer: first });
    expect(await ana.client.request('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(question) })).toEqual(refusal('ALREADY_ANSWERED'));
    expect(await ana.client.request('answer:submit', { code: game.code, questionIndex: 0, answer: first })).toEqual(refusal('ALREADY_ANSWERED'));

    const view = await hostView(game);
    expect(view).toMatchObject({ phase: 'question', answeredCount: 1 });
    expect(view.distribution).toEqual([{ key: first.type === 'single' ? first.optionId : '?', count: 1 }]);

    await bia.client.ok('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(question) });
    const reveal = await ana.client.waitFor('player:state', (v) => v.phase === 'reveal');
    expect(reveal).toMatchObject({ myAnswer: first, result: { answered: true, correct: false, share: 0, points: 0 } });
    expect((await storedEvents(game.code)).filter((e) => e.event.type === 'answer')).toHaveLength(2);
  });

  it('the same answer sent three times at once is stored once; the others are ALREADY_ANSWERED', async () => {
    const game = await gameWith(['Ana', 'Bia']);
    const [ana] = game.players as [Player, Player];
    const answer = rightAnswer(quiz.questions[0]!);
    const acks = await Promise.all([1, 2, 3].map(() => ana.client.request('answer:submit', { code: game.code, questionIndex: 0, answer })));
    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    expect(acks.filter((a) => !a.ok)).toEqual([refusal('ALREADY_ANSWERED'), refusal('ALREADY_ANSWERED')]);
    expect(await hostView(game)).toMatchObject({ phase: 'question', answeredCount: 1 });
    expect((await storedEvents(game.code)).filter((e) => e.event.type === 'answer')).toHaveLength(1);
  });

  it('an answer while the host has paused is PAUSED, and can be sent again after resume', async () => {
    const game = await gameWith(['Ana', 'Bia']);
    const [ana] = game.players as [Player, Player];
    const answer = rightAnswer(quiz.questions[0]!);
    const paused = await game.host.ok('host:command', { code: game.code, command: { action: 'pause' } });
    expect(paused.timer).toMatchObject({ paused: true, endsAt: null });
    expect(await ana.client.request('answer:submit', { code: game.code, questionIndex: 0, answer })).toEqual(refusal('PAUSED'));
    expect(await hostView(game)).toMatchObject({ answeredCount: 0 });
    expect((await storedEvents(game.code)).some((e) => e.event.type === 'answer')).toBe(false);
    await game.host.ok('host:command', { code: game.code, command: { action: 'resume' } });
    expect(await ana.client.request('answer:submit', { code: game.code, questionIndex: 0, answer })).toEqual({ ok: true, data: { questionIndex: 0 } });
  });

  it('an answer for another question is WRONG_QUESTION, in the lobby too', async () => {
    const game = await gameWith(['Ana', 'Bia'], { start: false });
    const [ana] = game.players as [Player, Player];
    // In the lobby the current index is -1.
    expect(await ana.client.request('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) })).toEqual(refusal('WRONG_QUESTION'));
    await game.host.ok('host:command', { code: game.code, command: { action: 'start' } });
    expect(await ana.client.request('answer:submit', { code: game.code, questionIndex: 1, answer: rightAnswer(quiz.questions[1]!) })).toEqual(refusal('WRONG_QUESTION'));
    expect(await hostView(game)).toMatchObject({ phase: 'question', questionIndex: 0, answeredCount: 0 });
    expect((await storedEvents(game.code)).some((e) => e.event.type === 'answer')).toBe(false);
  });

  it('malformed payloads are BAD_REQUEST, an answer that does not fit is INVALID_ANSWER, and neither is stored', async () => {
    const game = await gameWith(['Ana', 'Bia']);
    const [ana] = game.players as [Player, Player];
    const code = game.code;
    const good = rightAnswer(quiz.questions[0]!);
    const before = await storedEvents(code);

    const malformed: [string, unknown[]][] = [
      ['empty object', [{}]],
      ['missing answer', [{ code, questionIndex: 0 }]],
      ['missing code', [{ questionIndex: 0, answer: good }]],
      ['index as a string', [{ code, questionIndex: '0', answer: good }]],
      ['fractional index', [{ code, questionIndex: 0.5, answer: good }]],
      ['negative index', [{ code, questionIndex: -1, answer: good }]],
      ['code of the wrong shape', [{ code: 'ABC', questionIndex: 0, answer: good }]],
      ['code as a number', [{ code: 123456, questionIndex: 0, answer: good }]],
      ['unknown answer type', [{ code, questionIndex: 0, answer: { type: 'essay', text: 'kernel' } }]],
      ['option id as a number', [{ code, questionIndex: 0, answer: { type: 'single', optionId: 7 } }]],
      ['truefalse value as a string', [{ code, questionIndex: 0, answer: { type: 'truefalse', value: 'true' } }]],
      ['extra field in the payload', [{ code, questionIndex: 0, answer: good, points: 1000 }]],
      ['extra field in the answer', [{ code, questionIndex: 0, answer: { ...good, correct: true } }]],
      ['huge option id', [{ code, questionIndex: 0, answer: { type: 'single', optionId: 'k'.repeat(10_000) } }]],
      ['too many option ids', [{ code, questionIndex: 0, answer: { type: 'multiple', optionIds: Array.from({ length: 13 }, (_, i) => `o${i}`) } }]],
      ['a string payload', ['kr']],
      ['a number payload', [42]],
      ['a null payload', [null]],
      ['an array payload', [[code, 0, good]]],
      ['no payload', []],
      ['two payloads', [{ code, questionIndex: 0, answer: good }, { extra: true }]],
    ];
    for (const [what, args] of malformed) {
      const ack = await rawEmitWithAck(ana.client.socket, 'answer:submit', args);
      expect(ack, what).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('answer:submit') } });
    }

    // Well-formed, but not an answer to this question.
    const misfits: [string, unknown][] = [
      ['unknown option id', { type: 'single', optionId: 'zz' }],
      ['an answer of another type', { type: 'truefalse', value: true }],
      ['an ordering for a single-choice question', { type: 'ordering', optionIds: ['hw', 'kr', 'nt'] }],
    ];
    for (const [what, answer] of misfits) {
      const ack = await rawEmitWithAck(ana.client.socket, 'answer:submit', [{ code, questionIndex: 0, answer }]);
      expect(ack, what).toEqual(refusal('INVALID_ANSWER'));
    }

    // Other events are validated the same way.
    const others: [string, string, unknown[]][] = [
      ['huge nickname', 'player:join', [{ code, nickname: 'n'.repeat(10_000), locale: 'en' }]],
      ['unknown locale', 'player:join', [{ code, nickname: 'Zed', locale: 'fr' }]],
      ['extension out of range', 'host:command', [{ code, command: { action: 'extend', seconds: 1000 } }]],
      ['unknown command', 'host:command', [{ code, command: { action: 'reveal-answers' } }]],
      ['short host secret', 'host:attach', [{ code, hostSecret: 'short', locale: 'en' }]],
      // A resume without a secret is valid (the cookie carries it); a malformed one is not.
      ['resume with a short secret', 'player:resume', [{ code, playerSecret: 'short' }]],
      ['locale as a number', 'player:locale', [{ code, locale: 1 }]],
    ];
    for (const [what, event, args] of others) {
      const ack = await rawEmitWithAck(ana.client.socket, event, args);
      expect(ack, what).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining(event) } });
    }

    // Nothing of that was stored or shown; the player can still answer properly.
    expect(await storedEvents(code)).toEqual(before);
    const view = await hostView(game);
    expect(view).toMatchObject({ phase: 'question', answeredCount: 0, activeCount: 2, distribution: [] });
    expect(view.participants.map((p) => p.nickname)).toEqual(['Ana', 'Bia']);
    expect(await ana.client.request('answer:submit', { code, questionIndex: 0, answer: good })).toEqual({ ok: true, data: { questionIndex: 0 } });
  });

  it('an answer from a socket that never joined is NOT_AUTHORIZED', async () => {
    const game = await gameWith(['Ana']);
    const outsider = await server.connect();
    expect(await outsider.request('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) })).toEqual(refusal('NOT_AUTHORIZED'));
    expect(await outsider.request('player:locale', { code: game.code, locale: 'pt' })).toEqual(refusal('NOT_AUTHORIZED'));
    // Joining another session does not let it answer in this one.
    const other = await gameWith([], { start: false });
    await outsider.ok('player:join', { code: other.code, nickname: 'Zed', locale: 'en' });
    expect(await outsider.request('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) })).toEqual(refusal('NOT_AUTHORIZED'));
    expect(await hostView(game)).toMatchObject({ answeredCount: 0, activeCount: 1 });
  });
});

describe('host commands and joins that must be refused', () => {
  it('host commands without host:attach, or after a wrong secret, are NOT_AUTHORIZED', async () => {
    const game = await gameWith(['Ana'], { start: false });
    const intruder = await server.connect();
    expect(await intruder.request('host:command', { code: game.code, command: { action: 'start' } })).toEqual(refusal('NOT_AUTHORIZED'));
    expect(await intruder.request('host:attach', { code: game.code, hostSecret: randomSecret(), locale: 'en' })).toEqual(refusal('NOT_AUTHORIZED'));
    // A player's secret is not the host's.
    expect(await intruder.request('host:attach', { code: game.code, hostSecret: game.players[0]!.playerSecret, locale: 'en' })).toEqual(refusal('NOT_AUTHORIZED'));
    expect(await intruder.request('host:command', { code: game.code, command: { action: 'start' } })).toEqual(refusal('NOT_AUTHORIZED'));
    // Being a player is not being the host.
    expect(await game.players[0]!.client.request('host:command', { code: game.code, command: { action: 'end' } })).toEqual(refusal('NOT_AUTHORIZED'));
    // Attached to one session is not attached to another.
    const other = await gameWith(['Bia'], { start: false });
    expect(await other.host.request('host:command', { code: game.code, command: { action: 'lock' } })).toEqual(refusal('NOT_AUTHORIZED'));
    expect(intruder.all('host:state')).toEqual([]);

    const view = await hostView(game);
    expect(view).toMatchObject({ phase: 'lobby', locked: false, activeCount: 1 });
    expect((await storedEvents(game.code)).map((e) => e.event.type)).toEqual(['join']);
  });

  it('an unknown session code is NOT_FOUND everywhere', async () => {
    const client = await server.connect();
    // 0 and O never appear in generated codes, so this one cannot exist.
    const code = '0O0O0O';
    expect(await client.request('host:attach', { code, hostSecret: randomSecret(), locale: 'en' })).toEqual(refusal('NOT_FOUND'));
    expect(await client.request('player:join', { code, nickname: 'Ana', locale: 'en' })).toEqual(refusal('NOT_FOUND'));
    expect(await client.request('player:resume', { code, playerSecret: randomSecret() })).toEqual(refusal('NOT_FOUND'));
    const res = await fetch(`${server.url}/api/sessions/${code}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect((await getWithSecret(`${server.url}/api/sessions/${code}/report`, randomSecret())).status).toBe(404);
  });

  it('joining a locked session is ROOM_LOCKED until the host unlocks it', async () => {
    const game = await gameWith(['Ana'], { start: false });
    await game.host.ok('host:command', { code: game.code, command: { action: 'lock' } });
    const late = await server.connect();
    expect(await late.request('player:join', { code: game.code, nickname: 'Late', locale: 'en' })).toEqual(refusal('ROOM_LOCKED'));
    expect(await hostView(game)).toMatchObject({ locked: true, activeCount: 1 });
    expect(await (await fetch(`${server.url}/api/sessions/${game.code}`)).json()).toEqual({ code: game.code, phase: 'lobby', locked: true });
    // Players already in can still come back while it is locked.
    expect(await late.request('player:resume', { code: game.code, playerSecret: game.players[0]!.playerSecret })).toMatchObject({ ok: true });

    await game.host.ok('host:command', { code: game.code, command: { action: 'unlock' } });
    const joined = await server.connect();
    expect(await joined.request('player:join', { code: game.code, nickname: 'Late', locale: 'en' })).toMatchObject({ ok: true });
  });

  it('a nickname already in use, in any case or accent, is NICKNAME_TAKEN', async () => {
    const game = await gameWith(['Ana'], { start: false });
    for (const nickname of ['Ana', 'ana', 'ANA', 'Aná', '  Ana  ']) {
      const client = await server.connect();
      expect(await client.request('player:join', { code: game.code, nickname, locale: 'en' }), nickname).toEqual(refusal('NICKNAME_TAKEN'));
      client.close();
    }
    // A nickname with nothing printable, or too long once normalised, is INVALID_NICKNAME.
    for (const nickname of ['   ', '\u200b\u200b', '\u0000', 'N'.repeat(25)]) {
      const client = await server.connect();
      expect(await client.request('player:join', { code: game.code, nickname, locale: 'en' }), JSON.stringify(nickname)).toEqual(refusal('INVALID_NICKNAME'));
      client.close();
    }
    const view = await hostView(game);
    expect(view.participants.map((p) => p.nickname)).toEqual(['Ana']);
    expect((await storedEvents(game.code)).map((e) => e.event.type)).toEqual(['join']);
  });

  it('five phones joining with the same new nickname at once: one gets it, four get NICKNAME_TAKEN', async () => {
    const game = await gameWith([], { start: false });
    const phones = await Promise.all([1, 2, 3, 4, 5].map(() => server.connect()));
    const acks = await Promise.all(phones.map((c) => c.request('player:join', { code: game.code, nickname: 'Zoë', locale: 'en' })));
    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    expect(acks.filter((a) => !a.ok)).toEqual(Array(4).fill(refusal('NICKNAME_TAKEN')));
    expect((await hostView(game)).participants.map((p) => p.nickname)).toEqual(['Zoë']);
  });
});

describe('connections the server refuses', () => {
  it('a client speaking another protocol version gets connect_error PROTOCOL_MISMATCH', async () => {
    // The version before (a page loaded before a deploy), the right number as a string, none.
    for (const auth of [{ protocol: PROTOCOL_VERSION - 1 }, { protocol: String(PROTOCOL_VERSION) }, {}]) {
      const socket = rawSocket(server.url, { auth });
      const error = await new Promise<Error & { data?: { code?: string } }>((resolve, reject) => {
        socket.once('connect', () => reject(new Error(`connected with ${JSON.stringify(auth)}`)));
        socket.once('connect_error', resolve);
      });
      socket.close();
      expect(error.message, JSON.stringify(auth)).toBe('PROTOCOL_MISMATCH');
      expect(error.data, JSON.stringify(auth)).toEqual({ code: 'PROTOCOL_MISMATCH', message: expect.any(String) });
    }
  });

  it('a message larger than 16 KB closes that connection only; the server keeps serving the others', async () => {
    const game = await gameWith(['Ana', 'Bia'], { start: false });
    const big = await server.connect();
    const gone = big.disconnected();
    const ack = rawEmitWithAck(big.socket, 'player:join', [{ code: game.code, nickname: 'x'.repeat(20_000), locale: 'en' }], 2_000);
    expect(await gone).toBe('transport close');
    await expect(ack).rejects.toThrow();

    // The others carry on, and new connections are accepted.
    const started = await game.host.ok('host:command', { code: game.code, command: { action: 'start' } });
    expect(started.phase).toBe('question');
    expect(started.participants.map((p) => p.nickname)).toEqual(['Ana', 'Bia']);
    await game.players[0]!.client.ok('answer:submit', { code: game.code, questionIndex: 0, answer: rightAnswer(quiz.questions[0]!) });
    const newcomer = await server.connect();
    expect(await newcomer.request('player:join', { code: game.code, nickname: 'Cy', locale: 'en' })).toMatchObject({ ok: true });
  });
});

describe('the HTTP API', () => {
  const post = (body: string, contentType = 'application/json') =>
    fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('refuses bad session requests with a 4xx JSON error', async () => {
    const cases: [string, Promise<Response>, number, string][] = [
      ['bad JSON', post('{"quizId": "it-quiz",'), 400, 'BAD_REQUEST'],
      ['wrong content type', post(JSON.stringify({ quizId: quiz.id, locale: 'en' }), 'text/plain'), 400, 'BAD_REQUEST'],
      ['unknown quiz', post(JSON.stringify({ quizId: 'no-such-quiz', locale: 'en' })), 404, 'NOT_FOUND'],
      ['missing locale', post(JSON.stringify({ quizId: quiz.id })), 400, 'BAD_REQUEST'],
      ['unknown scoring', post(JSON.stringify({ quizId: quiz.id, locale: 'en', scoring: 'fastest' })), 400, 'BAD_REQUEST'],
      ['extra field', post(JSON.stringify({ quizId: quiz.id, locale: 'en', admin: true })), 400, 'BAD_REQUEST'],
      ['a JSON array', post('[]'), 400, 'BAD_REQUEST'],
      ['a body over 16 KB', post(JSON.stringify({ quizId: quiz.id, locale: 'en', pad: 'p'.repeat(20_000) })), 400, 'BAD_REQUEST'],
      ['wrong method', fetch(`${server.url}/api/sessions`), 405, 'BAD_REQUEST'],
      ['unknown route', fetch(`${server.url}/api/nothing-here`), 404, 'NOT_FOUND'],
      ['undecodable code', fetch(`${server.url}/api/sessions/%E0%A4%A`), 404, 'NOT_FOUND'],
    ];
    for (const [what, response, status, code] of cases) {
      const res = await response;
      expect(res.status, what).toBe(status);
      expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
      expect(await res.json(), what).toEqual({ error: { code, message: expect.any(String) } });
    }
  });

  it('a body over 16 KB gets its 400 every time, and the same client is served right after', async () => {
    // The server stops reading an oversized body; it must then close that connection,
    // or a keep-alive client sends its next request into it and gets a reset seconds later.
    for (let round = 0; round < 3; round++) {
      const big = await post(JSON.stringify({ quizId: quiz.id, locale: 'en', pad: 'p'.repeat(2_000_000) }));
      expect(big.status, `round ${round}`).toBe(400);
      expect(await big.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringContaining('larger') } });
      const started = Date.now();
      const next = await post(JSON.stringify({ quizId: quiz.id, locale: 'en' }));
      expect(next.status, `round ${round}`).toBe(201);
      expect(Date.now() - started, `round ${round}`).toBeLessThan(1_000);
    }
  });

  it('/api/health answers 200 with status ok', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });
});

describe('after all of that', () => {
  it('the server is alive and a whole game still plays to the podium', async () => {
    const game = await gameWith(['Ana', 'Bia']);
    for (const [i, question] of quiz.questions.entries()) {
      if (i > 0) {
        await game.host.ok('host:command', { code: game.code, command: { action: 'next' } });
        await game.host.ok('host:command', { code: game.code, command: { action: 'next' } });
      }
      for (const p of game.players) await p.client.ok('answer:submit', { code: game.code, questionIndex: i, answer: rightAnswer(question) });
      await game.host.waitFor('host:state', (v) => v.phase === 'reveal' && v.questionIndex === i);
    }
    await game.host.ok('host:command', { code: game.code, command: { action: 'next' } });
    const podium = await game.host.ok('host:command', { code: game.code, command: { action: 'next' } });
    expect(podium.phase).toBe('podium');
    expect(podium.standings.map((e) => [e.nickname, e.score, e.rank])).toEqual([
      ['Ana', 4600, 1],
      ['Bia', 4600, 1],
    ]);
    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: 'ok' });

    // Once over, the game takes no more joins, answers or commands.
    const late = await server.connect();
    expect(await late.request('player:join', { code: game.code, nickname: 'Late', locale: 'en' })).toEqual(refusal('GAME_OVER'));
    expect(await game.players[0]!.client.request('answer:submit', { code: game.code, questionIndex: 3, answer: rightAnswer(quiz.questions[3]!) })).toEqual(refusal('GAME_OVER'));
    expect(await game.host.request('host:command', { code: game.code, command: { action: 'next' } })).toEqual(refusal('GAME_OVER'));
    expect((await hostView(game)).standings).toEqual(podium.standings);
  });
});
