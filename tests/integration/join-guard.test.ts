import type { JoinSymbol } from '../../lib/quiz/join-pattern';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  hostOf,
  joinAs,
  rawEmitWithAck,
  removeTempDirs,
  startServer,
  tempDataDir,
  testQuiz,
  type CreatedSession,
  type LiveClient,
  type RunningServer,
} from './support/live-server';

/*
 * Who may join a live session: the two-step join (a pattern only the projector shows) and
 * the nickname filter (a built-in list the host extends), over a real server and real
 * sockets, and across a restart of the server on the same data.
 */

const quiz = testQuiz({ limitSec: 20 });
const refusal = (code: string) => ({ ok: false, error: { code, message: expect.any(String) } });

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ quizzes: [quiz] });
});
afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

async function lobby(): Promise<{ session: CreatedSession; code: string; host: LiveClient }> {
  const session = await createSession(server.url, { quizId: quiz.id });
  const { client: host } = await hostOf(server, session);
  return { session, code: session.code, host };
}

describe('the two-step join', () => {
  it('asks newcomers for the pattern the host view shows, and lets in only those who bring it', async () => {
    const { code, host } = await lobby();
    const early = await joinAs(server, code, 'Early');
    const view = await host.ok('host:command', { code, command: { action: 'twoStep', on: true } });
    const pattern = view.joinPattern!;
    expect(pattern).toHaveLength(3);

    const phone = await server.connect();
    expect(await phone.request('player:join', { code, nickname: 'Bia', locale: 'en' })).toEqual(refusal('PATTERN_REQUIRED'));
    const wrong = pattern.map((s): JoinSymbol => (s === 'moon' ? 'star' : 'moon'));
    expect(await phone.request('player:join', { code, nickname: 'Bia', locale: 'en', pattern: wrong })).toEqual(refusal('WRONG_PATTERN'));
    const joined = await phone.ok('player:join', { code, nickname: 'Bia', locale: 'en', pattern });
    expect(joined.view.nickname).toBe('Bia');

    // The pattern never reaches a phone: not in a join ack, not in any frame a player got.
    for (const frames of [JSON.stringify(joined), JSON.stringify(phone.frames), JSON.stringify(early.client.frames)]) {
      expect(frames).not.toContain('joinPattern');
      expect(frames).not.toContain(JSON.stringify(pattern));
    }
    // The host's broadcasts carry it.
    expect(host.latest('host:state')?.joinPattern).toEqual(pattern);
    // Turning it off is not sent to the players either (their screens do not change).
    const before = early.client.all('player:state').length;
    await host.ok('host:command', { code, command: { action: 'twoStep', on: false } });
    await host.ok('host:command', { code, command: { action: 'blockWords', words: ['pear'] } });
    await joinAs(server, code, 'Third'); // a later broadcast that does reach everyone
    await early.client.waitFor('player:state', (v) => v.playerCount === 3);
    expect(early.client.all('player:state').slice(before).map((v) => v.playerCount)).toEqual([3]);
  });

  it('does not stop a player who is already in from coming back (player:resume)', async () => {
    const { code, host } = await lobby();
    const ana = await joinAs(server, code, 'Ana');
    await host.ok('host:command', { code, command: { action: 'twoStep', on: true } });
    ana.client.close();
    const again = await server.connect();
    expect(await again.ok('player:resume', { code, playerSecret: ana.playerSecret })).toMatchObject({ nickname: 'Ana', removed: false });
  });

  it('turned off, lets anyone in again; turned on again, draws a fresh pattern that the old one does not open', async () => {
    const { code, host } = await lobby();
    const first = (await host.ok('host:command', { code, command: { action: 'twoStep', on: true } })).joinPattern!;
    const off = await host.ok('host:command', { code, command: { action: 'twoStep', on: false } });
    expect(off.joinPattern).toBeNull();
    await joinAs(server, code, 'Free');
    // Draw until the pattern differs (1 chance in 216 that it does not, each time).
    let second = first;
    for (let i = 0; i < 5 && JSON.stringify(second) === JSON.stringify(first); i++) {
      second = (await host.ok('host:command', { code, command: { action: 'twoStep', on: true } })).joinPattern!;
    }
    expect(second).not.toEqual(first);
    const phone = await server.connect();
    expect(await phone.request('player:join', { code, nickname: 'Late', locale: 'en', pattern: first })).toEqual(refusal('WRONG_PATTERN'));
  });

  it('refuses a client that tries to choose the pattern itself, and a player who tries to switch it on', async () => {
    const { code, host } = await lobby();
    expect(await rawEmitWithAck(host.socket, 'host:command', [{ code, command: { action: 'twoStep', on: true, pattern: ['moon', 'moon', 'moon'] } }])).toEqual(refusal('BAD_REQUEST'));
    const player = await joinAs(server, code, 'Sneaky');
    expect(await player.client.request('host:command', { code, command: { action: 'twoStep', on: true } })).toEqual(refusal('NOT_AUTHORIZED'));
    expect(await rawEmitWithAck(player.client.socket, 'player:join', [{ code, nickname: 'X', locale: 'en', pattern: ['pizza', 'moon', 'moon'] }])).toEqual(refusal('BAD_REQUEST'));
  });

  it('keeps the same pattern after the server restarts on the same data', async () => {
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir, quizzes: [quiz] });
    let pattern: JoinSymbol[];
    let session: CreatedSession;
    try {
      session = await createSession(first.url, { quizId: quiz.id });
      const { client: host } = await hostOf(first, session);
      pattern = (await host.ok('host:command', { code: session.code, command: { action: 'twoStep', on: true } })).joinPattern!;
    } finally {
      await first.stop();
    }
    const second = await startServer({ dataDir, quizzes: [quiz] });
    try {
      const { view } = await hostOf(second, session);
      expect(view.joinPattern).toEqual(pattern);
      const phone = await second.connect();
      expect(await phone.request('player:join', { code: session.code, nickname: 'Bia', locale: 'en' })).toEqual(refusal('PATTERN_REQUIRED'));
      expect((await phone.ok('player:join', { code: session.code, nickname: 'Bia', locale: 'en', pattern: pattern as JoinSymbol[] })).view.nickname).toBe('Bia');
    } finally {
      await second.stop();
    }
  });
});

describe('the nickname filter', () => {
  it('refuses a nickname with a built-in blocked word, however it is dressed up', async () => {
    const { session, code, host } = await lobby();
    const phone = await server.connect();
    for (const nickname of ['idiot', 'Super IDIOTA', 'i.d.i.o.t', 'Otário 7']) {
      expect(await phone.request('player:join', { code, nickname, locale: 'en' }), nickname).toEqual(refusal('NICKNAME_BLOCKED'));
    }
    const view = await host.ok('host:attach', { code, hostSecret: session.hostSecret, locale: 'en' });
    expect(view.participants).toEqual([]);
    // The built-in list is not the host's to see or edit.
    expect(view.blockedWords).toEqual([]);
  });

  it("refuses the host's own words from the moment they are added, and allows them again when removed", async () => {
    const { code, host } = await lobby();
    await joinAs(server, code, 'Banana Bob'); // in before the word was blocked: stays in
    const view = await host.ok('host:command', { code, command: { action: 'blockWords', words: ['Banana', 'kiwi'] } });
    expect(view.blockedWords).toEqual(['banana', 'kiwi']);
    expect(view.participants.map((p) => p.nickname)).toEqual(['Banana Bob']);

    const phone = await server.connect();
    expect(await phone.request('player:join', { code, nickname: 'BANÁNA split', locale: 'en' })).toEqual(refusal('NICKNAME_BLOCKED'));
    expect(await phone.request('player:join', { code, nickname: 'Kiwi', locale: 'pt' })).toEqual(refusal('NICKNAME_BLOCKED'));

    await host.ok('host:command', { code, command: { action: 'unblockWord', word: 'kiwi' } });
    expect((await phone.ok('player:join', { code, nickname: 'Kiwi', locale: 'pt' })).view.nickname).toBe('Kiwi');
  });

  it('refuses malformed word lists with BAD_REQUEST and changes nothing', async () => {
    const { code, host } = await lobby();
    for (const words of [[], ['x'], Array.from({ length: 11 }, (_, i) => `word${i}`), ['a'.repeat(25)]]) {
      expect(await rawEmitWithAck(host.socket, 'host:command', [{ code, command: { action: 'blockWords', words } }]), JSON.stringify(words)).toEqual(refusal('BAD_REQUEST'));
    }
    expect((await host.ok('host:command', { code, command: { action: 'blockWords', words: ['ok'] } })).blockedWords).toEqual(['ok']);
  });
});
