import { afterEach, describe, expect, it } from 'vitest';
import { LESSONS } from '../../lib/content/lessons';
import { QUESTION_BANK } from '../../lib/content/bank';
import { QUIZZES } from '../../lib/content/quizzes';
import type { CreatedCohort, MemberCredentials } from '../../lib/cohort/views';
import { createSession, joinAs, removeTempDirs, startServer, TEST_QUIZ_ID, testQuiz, type RunningServer } from './support/live-server';

/*
 * Secrets in HttpOnly cookies: the endpoint that sets them checks the secret first, and a
 * socket whose handshake carries the cookie attaches or resumes without sending a secret.
 */

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  removeTempDirs();
});

async function serve(options: Parameters<typeof startServer>[0] = {}): Promise<RunningServer> {
  const server = await startServer({ quizzes: [testQuiz(), ...QUIZZES], bank: QUESTION_BANK, lessons: LESSONS, ...options });
  servers.push(server);
  return server;
}

function send(server: RunningServer, method: 'POST' | 'DELETE', route: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${route}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** The `name=value` part of a Set-Cookie, as a browser would send it back. */
const cookiePair = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;

describe('the credentials endpoint', () => {
  it('refuses a wrong secret and sets no cookie', async () => {
    const server = await serve();
    const session = await createSession(server.url, { quizId: TEST_QUIZ_ID });
    const wrong = 'A'.repeat(43);
    const refused = await send(server, 'POST', '/api/credentials', { kind: 'host', code: session.code, secret: wrong });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('NOT_AUTHORIZED');
    expect(refused.headers.get('set-cookie')).toBeNull();

    const player = await send(server, 'POST', '/api/credentials', { kind: 'player', code: session.code, secret: session.hostSecret });
    expect(player.status).toBe(403);
    expect(player.headers.get('set-cookie')).toBeNull();

    const unknown = await send(server, 'POST', '/api/credentials', { kind: 'host', code: 'ZZZZZZ', secret: session.hostSecret });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('set-cookie')).toBeNull();

    const malformed = await send(server, 'POST', '/api/credentials', { kind: 'host', code: session.code, secret: 'x' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('set-cookie')).toBeNull();
  });

  it('sets an HttpOnly, SameSite=Strict cookie for a right secret, and forgets it on DELETE', async () => {
    const server = await serve();
    const session = await createSession(server.url, { quizId: TEST_QUIZ_ID });
    const stored = await send(server, 'POST', '/api/credentials', { kind: 'host', code: session.code, secret: session.hostSecret });
    expect(stored.status).toBe(200);
    const cookie = stored.headers.get('set-cookie')!;
    expect(cookie).toContain(`sh_host_${session.code}=${session.hostSecret}`);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);

    const forgotten = await send(server, 'DELETE', '/api/credentials', { kind: 'host', code: session.code });
    expect(forgotten.status).toBe(200);
    expect(forgotten.headers.get('set-cookie')).toMatch(new RegExp(`^sh_host_${session.code}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`));
  });

  it('marks cookies Secure behind a trusted https proxy, and only then', async () => {
    const trusted = await serve({ trustProxy: true });
    const a = await createSession(trusted.url, { quizId: TEST_QUIZ_ID });
    const overHttps = await send(trusted, 'POST', '/api/credentials', { kind: 'host', code: a.code, secret: a.hostSecret }, { 'x-forwarded-proto': 'https' });
    expect(overHttps.headers.get('set-cookie')).toMatch(/; Secure$/);

    const untrusted = await serve();
    const b = await createSession(untrusted.url, { quizId: TEST_QUIZ_ID });
    const spoofed = await send(untrusted, 'POST', '/api/credentials', { kind: 'host', code: b.code, secret: b.hostSecret }, { 'x-forwarded-proto': 'https' });
    expect(spoofed.headers.get('set-cookie')).not.toMatch(/Secure/);
  });
});

describe('a socket with the cookie alone', () => {
  it('attaches as host: the cookie from creating the session is enough, and opens the report', async () => {
    const server = await serve();
    const res = await send(server, 'POST', '/api/sessions', { quizId: TEST_QUIZ_ID, locale: 'en' });
    const session = (await res.json()) as { code: string };
    const cookie = cookiePair(res);
    expect(res.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Strict/);

    const bare = await server.connect();
    expect((await bare.request('host:attach', { code: session.code, locale: 'en' })).ok).toBe(false);

    const host = await server.connect({ headers: { cookie } });
    const view = await host.ok('host:attach', { code: session.code, locale: 'en' });
    expect(view.code).toBe(session.code);
    // Attached: its commands are accepted.
    await joinAs(server, session.code, 'Ana');
    await host.ok('host:command', { code: session.code, command: { action: 'lock' } });

    const report = await fetch(`${server.url}/api/sessions/${session.code}/report/players.csv`, { headers: { cookie } });
    expect(report.status).toBe(200);
    expect((await fetch(`${server.url}/api/sessions/${session.code}/report`)).status).toBe(401);
  });

  it('resumes as the player whose secret was posted, without sending it', async () => {
    const server = await serve();
    const session = await createSession(server.url, { quizId: TEST_QUIZ_ID });
    const ana = await joinAs(server, session.code, 'Ana');
    const stored = await send(server, 'POST', '/api/credentials', { kind: 'player', code: session.code, secret: ana.playerSecret });
    expect(stored.status).toBe(200);

    const phone = await server.connect({ headers: { cookie: cookiePair(stored) } });
    const view = await phone.ok('player:resume', { code: session.code, locale: 'pt' });
    expect(view.playerId).toBe(ana.playerId);
    expect(view.locale).toBe('pt');

    const stranger = await server.connect();
    const refused = await stranger.request('player:resume', { code: session.code });
    expect(refused.ok ? null : refused.error.code).toBe('UNKNOWN_PLAYER');
  });

  it('of session A opens nothing in session B', async () => {
    const server = await serve();
    const a = await createSession(server.url, { quizId: TEST_QUIZ_ID });
    const b = await createSession(server.url, { quizId: TEST_QUIZ_ID });
    const ana = await joinAs(server, a.code, 'Ana');
    await joinAs(server, b.code, 'Bo');
    const host = await send(server, 'POST', '/api/credentials', { kind: 'host', code: a.code, secret: a.hostSecret });
    const player = await send(server, 'POST', '/api/credentials', { kind: 'player', code: a.code, secret: ana.playerSecret });
    const cookie = `${cookiePair(host)}; ${cookiePair(player)}`;

    // Nor can A's secret be stored under B's name.
    expect((await send(server, 'POST', '/api/credentials', { kind: 'host', code: b.code, secret: a.hostSecret })).status).toBe(403);

    const client = await server.connect({ headers: { cookie } });
    const attach = await client.request('host:attach', { code: b.code, locale: 'en' });
    expect(attach.ok ? null : attach.error.code).toBe('NOT_AUTHORIZED');
    const resume = await client.request('player:resume', { code: b.code });
    expect(resume.ok ? null : resume.error.code).toBe('UNKNOWN_PLAYER');
    expect((await fetch(`${server.url}/api/sessions/${b.code}/report`, { headers: { cookie } })).status).toBe(401);
    // ...while A opens.
    expect((await client.request('host:attach', { code: a.code, locale: 'en' })).ok).toBe(true);
  });

  it('binds a cohort facilitator and member, with the cookies their HTTP routes set', async () => {
    const server = await serve();
    const createdRes = await send(server, 'POST', '/api/cohorts', { name: 'Platform team', locale: 'en', deadline: null, topics: ['virtual-machines'], quizId: null });
    expect(createdRes.status).toBe(201);
    const space = (await createdRes.json()) as CreatedCohort;
    const facilitatorCookie = cookiePair(createdRes);
    expect(createdRes.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Strict/);

    const joinedRes = await send(server, 'POST', '/api/cohorts/join', { inviteCode: space.inviteCode, name: 'Ana', locale: 'en' });
    expect(joinedRes.status).toBe(201);
    const member = (await joinedRes.json()) as MemberCredentials;
    const memberCookie = cookiePair(joinedRes);

    const facilitator = await server.connect({ headers: { cookie: facilitatorCookie } });
    expect((await facilitator.ok('cohort:facilitate', { cohortId: space.cohortId, locale: 'en' })).cohort.id).toBe(space.cohortId);
    const csv = await fetch(`${server.url}/api/cohorts/${space.cohortId}/export.csv`, { headers: { cookie: facilitatorCookie } });
    expect(csv.status).toBe(200);

    const phone = await server.connect({ headers: { cookie: memberCookie } });
    expect((await phone.ok('cohort:member', { cohortId: space.cohortId, locale: 'en' })).me.id).toBe(member.memberId);
    // A member's cookie is not a facilitator's.
    const asFacilitator = await phone.request('cohort:facilitate', { cohortId: space.cohortId, locale: 'en' });
    expect(asFacilitator.ok).toBe(false);

    // Resuming on another device sets that device's cookie; a wrong member secret sets none.
    const resumedRes = await send(server, 'POST', '/api/cohorts/resume', { resumeCode: member.resumeCode });
    const laptop = await server.connect({ headers: { cookie: cookiePair(resumedRes) } });
    expect((await laptop.ok('cohort:member', { cohortId: space.cohortId, locale: 'en' })).me.id).toBe(member.memberId);
    const wrong = await send(server, 'POST', '/api/credentials', { kind: 'member', code: space.cohortId, secret: space.facilitatorSecret });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const right = await send(server, 'POST', '/api/credentials', { kind: 'facilitator', code: space.cohortId, secret: space.facilitatorSecret });
    expect(right.status).toBe(200);
  });
});
