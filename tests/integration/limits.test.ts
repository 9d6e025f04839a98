import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectClient, createSession, hostOf, joinAs, removeTempDirs, startServer, type RunningServer } from './support/live-server';
import { QUESTION_BANK } from '../../lib/content/bank';
import type { Limits } from '../../server/limits/limits';

/*
 * The limits a hostile classroom meets: floods of events and joins, oversize payloads and
 * sockets opened by other sites' pages. Each is refused with a typed error before any
 * handler runs, and the game beside it goes on.
 */

const servers: RunningServer[] = [];
async function start(limits?: Partial<Limits>): Promise<RunningServer> {
  const server = await startServer({ limits, bank: QUESTION_BANK });
  servers.push(server);
  return server;
}
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});
afterAll(() => removeTempDirs());

describe('limits', () => {
  it('a socket flooding events is told RATE_LIMITED, then disconnected; a player beside it is not', async () => {
    const server = await start({ eventsBurst: 10, eventsPerSecond: 5, strikesPerMinute: 20 });
    const session = await createSession(server.url);
    const calm = await joinAs(server, session.code, 'Calm');
    const flooder = await joinAs(server, session.code, 'Flood');
    const replies = await Promise.all(
      Array.from({ length: 40 }, () => flooder.client.request('player:locale', { code: session.code, locale: 'pt' }, 3_000).catch(() => 'no reply' as const)),
    );
    const codes = replies.map((r) => (r === 'no reply' ? r : r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'ok').length).toBeLessThanOrEqual(10);
    expect(codes).toContain('RATE_LIMITED');
    await flooder.client.disconnected();
    expect(await calm.client.request('player:locale', { code: session.code, locale: 'pt' })).toMatchObject({ ok: true });
  });

  it('a quiz event over the size cap is refused before any handler reads it', async () => {
    const server = await start();
    const session = await createSession(server.url);
    const client = await server.connect();
    const reply = await client.request('player:join', { code: session.code, nickname: 'x'.repeat(8_000), locale: 'en' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/larger than 4096 bytes/);
    const { view } = await hostOf(server, session);
    expect(view.participants).toEqual([]);
  });

  it('another site’s page cannot open a socket; the server’s own origin can', async () => {
    const server = await start();
    await expect(connectClient(server.url, { headers: { origin: 'https://evil.example' } })).rejects.toThrow();
    const own = await connectClient(server.url, { headers: { origin: server.url } });
    expect(own.socket.connected).toBe(true);
    own.close();
  });

  it('joins are limited per address, and a session holds at most its player limit', async () => {
    const server = await start({ joinsPerAddressBurst: 4, joinsPerAddressPerSecond: 0.01, maxPlayersPerRoom: 3 });
    const first = await createSession(server.url);
    for (const name of ['A', 'B', 'C']) await joinAs(server, first.code, name);
    const late = await server.connect();
    expect(await late.request('player:join', { code: first.code, nickname: 'D', locale: 'en' })).toMatchObject({ ok: false, error: { code: 'ROOM_FULL' } });
    const second = await createSession(server.url);
    await joinAs(server, second.code, 'E');
    // Four joins from this address are spent (the refused one did not count): the fifth waits.
    expect(await late.request('player:join', { code: second.code, nickname: 'F', locale: 'en' })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    const cohort = await fetch(`${server.url}/api/cohorts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Team', locale: 'en', topics: ['containers'], quizId: null, deadline: null }),
    });
    const space = (await cohort.json()) as { inviteCode: string };
    const join = await fetch(`${server.url}/api/cohorts/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ inviteCode: space.inviteCode, name: 'G', locale: 'en' }) });
    expect(join.status).toBe(429);
    expect(await join.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });
});
