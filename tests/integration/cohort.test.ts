import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../lib/content/bank';
import { LESSONS } from '../../lib/content/lessons';
import { MISCONCEPTIONS } from '../../lib/content/misconceptions';
import { QUIZZES } from '../../lib/content/quizzes';
import { addNote, replyTo } from '../../lib/board/notes';
import type { CreatedCohort, MemberCredentials } from '../../lib/cohort/views';
import type { Question } from '../../lib/quiz/types';
import { openStorage, type StorageConfig } from '../../server/persistence/database';
import type { Storage } from '../../server/persistence/types';
import { BoardPeer } from './support/board-peer';
import { rightAnswer, startServer, wrongAnswer, type LiveClient, type RunningServer } from './support/live-server';
import { postgresPlaces, postgresSkipReason } from './support/postgres';

/*
 * Cohort spaces end to end over a real server, real socket.io clients and a real database
 * (SQLite, and PostgreSQL when it answers): resuming on another device, dashboard figures
 * equal to what members did, restarts, who may see and do what, live rounds, closing and
 * deleting without leaving a row behind.
 */

const pgSkipReason = await postgresSkipReason();
if (pgSkipReason) console.warn(`Skipping the PostgreSQL cohort tests: ${pgSkipReason}. Set DATABASE_URL to require them.`);

interface Backend {
  name: string;
  skip: boolean;
  newPlace(): Promise<StorageConfig>;
  removePlaces(): Promise<void>;
  /** Rows left in each table that can hold a space's data. */
  countRows(config: StorageConfig, tables: string[]): Promise<Record<string, number>>;
}

function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'SQLite',
    skip: false,
    async newPlace() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackhouse-cohort-'));
      dirs.push(dir);
      return { dataDir: dir };
    },
    async removePlaces() {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
    async countRows(config, tables) {
      const db = new Database(path.join(config.dataDir, 'stackhouse.sqlite'), { readonly: true });
      try {
        return Object.fromEntries(tables.map((t) => [t, (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
      } finally {
        db.close();
      }
    },
  };
}

function postgresBackend(): Backend {
  const places = postgresPlaces();
  return {
    name: 'PostgreSQL',
    skip: pgSkipReason !== undefined,
    newPlace: () => places.newPlace(),
    removePlaces: () => places.removePlaces(),
    async countRows(config, tables) {
      const client = new pg.Client({ connectionString: config.databaseUrl });
      await client.connect();
      try {
        const out: Record<string, number> = {};
        for (const t of tables) out[t] = Number((await client.query<{ n: string }>(`select count(*) as n from ${t}`)).rows[0]!.n);
        return out;
      } finally {
        await client.end();
      }
    },
  };
}

const TOPIC = 'virtual-machines' as const;
/** The space's questions the helpers can answer right and wrong, in quiz order. */
const answerable = (ids: string[]): Question[] =>
  ids.map((id) => QUESTION_BANK.find((q) => q.id === id)!).filter((q) => ['single', 'multiple', 'truefalse', 'ordering'].includes(q.type));

describe.each([sqliteBackend(), postgresBackend()])('cohort spaces on $name', (backend) => {
  const test = it.skipIf(backend.skip);
  const servers: RunningServer[] = [];
  const storages: Storage[] = [];

  async function serve(config: StorageConfig): Promise<RunningServer> {
    const storage = await openStorage(config);
    storages.push(storage);
    const server = await startServer({ storage, quizzes: QUIZZES, bank: QUESTION_BANK, misconceptions: MISCONCEPTIONS, lessons: LESSONS });
    servers.push(server);
    return server;
  }

  async function post<T>(server: RunningServer, route: string, body: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as T };
  }

  async function createSpace(server: RunningServer, name = 'Platform team, autumn'): Promise<CreatedCohort> {
    const created = await post<CreatedCohort>(server, '/api/cohorts', { name, locale: 'en', deadline: null, topics: [TOPIC], quizId: null });
    expect(created.status).toBe(201);
    return created.body;
  }

  async function join(server: RunningServer, space: CreatedCohort, name: string, locale: 'en' | 'pt' = 'en'): Promise<MemberCredentials> {
    const joined = await post<MemberCredentials>(server, '/api/cohorts/join', { inviteCode: space.inviteCode, name, locale });
    expect(joined.status).toBe(201);
    return joined.body;
  }

  async function asMember(server: RunningServer, who: MemberCredentials, locale: 'en' | 'pt' = 'en'): Promise<LiveClient> {
    const client = await server.connect();
    await client.ok('cohort:member', { cohortId: who.cohortId, memberSecret: who.memberSecret, locale });
    return client;
  }

  async function asFacilitator(server: RunningServer, space: CreatedCohort, locale: 'en' | 'pt' = 'en'): Promise<LiveClient> {
    const client = await server.connect();
    await client.ok('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: space.facilitatorSecret, locale });
    return client;
  }

  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
    for (const storage of storages.splice(0)) await storage.close();
  });
  afterAll(() => backend.removePlaces());

  test('progress made on one device is there on another, through the resume code', async () => {
    const server = await serve(await backend.newPlace());
    const space = await createSpace(server);
    const ana = await join(server, space, 'Ana', 'pt');
    const phone = await asMember(server, ana, 'pt');
    const view = await phone.ok('cohort:member', { cohortId: ana.cohortId, memberSecret: ana.memberSecret, locale: 'pt' });
    const [q1, q2] = answerable(view.cohort.questionIds);
    await phone.ok('cohort:card', { cohortId: ana.cohortId, cardId: view.cohort.cardIds[0]! });
    const first = await phone.ok('cohort:answer', { cohortId: ana.cohortId, questionId: q1!.id, answer: rightAnswer(q1!), locale: 'pt' });
    expect(first.feedback.grade).toEqual({ share: 1, correct: true });
    await phone.ok('cohort:answer', { cohortId: ana.cohortId, questionId: q2!.id, answer: wrongAnswer(q2!), locale: 'pt' });

    const resumed = await post<MemberCredentials>(server, '/api/cohorts/resume', { resumeCode: ana.resumeCode.toLowerCase().replace(/(.{5})/, '$1-') });
    expect(resumed.status).toBe(200);
    expect(resumed.body.memberId).toBe(ana.memberId);
    expect(resumed.body.memberSecret).not.toBe(ana.memberSecret);
    const laptop = await server.connect();
    const there = await laptop.ok('cohort:member', { cohortId: ana.cohortId, memberSecret: resumed.body.memberSecret, locale: 'en' });
    expect(there.me).toEqual({ id: ana.memberId, name: 'Ana', resumeCode: ana.resumeCode });
    expect(there.cardsRead).toEqual([view.cohort.cardIds[0]]);
    expect(Object.keys(there.answers).sort()).toEqual([q1!.id, q2!.id].sort());
    expect(there.answers[q1!.id]).toMatchObject({ share: 1, correct: true });
    expect(there.answers[q2!.id]).toMatchObject({ correct: false });
    // The first answer stands, on every device.
    const again = await laptop.request('cohort:answer', { cohortId: ana.cohortId, questionId: q1!.id, answer: wrongAnswer(q1!), locale: 'en' });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });
    const review = await laptop.ok('cohort:review', { cohortId: ana.cohortId, questionId: q2!.id, locale: 'en' });
    expect(review.answer).toEqual(wrongAnswer(q2!));
    expect(review.feedback.grade?.correct).toBe(false);
  });

  test('the dashboard equals what the members did, updates live, and survives a restart', async () => {
    const config = await backend.newPlace();
    let server = await serve(config);
    const space = await createSpace(server);
    const facilitator = await asFacilitator(server, space);
    const [ana, bia] = [await join(server, space, 'Ana'), await join(server, space, 'Bia', 'pt')];
    const [anaSocket, biaSocket] = [await asMember(server, ana), await asMember(server, bia, 'pt')];
    const questions = answerable((await facilitator.ok('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: space.facilitatorSecret, locale: 'en' })).cohort.questionIds);
    const [q1, q2, q3] = questions;
    const since = facilitator.frames.length;
    // Ana: two right, one wrong. Bia: one wrong, one right, and two cards read.
    await anaSocket.ok('cohort:answer', { cohortId: space.cohortId, questionId: q1!.id, answer: rightAnswer(q1!), locale: 'en' });
    await anaSocket.ok('cohort:answer', { cohortId: space.cohortId, questionId: q2!.id, answer: rightAnswer(q2!), locale: 'en' });
    await anaSocket.ok('cohort:answer', { cohortId: space.cohortId, questionId: q3!.id, answer: wrongAnswer(q3!), locale: 'en' });
    await biaSocket.ok('cohort:answer', { cohortId: space.cohortId, questionId: q3!.id, answer: wrongAnswer(q3!), locale: 'pt' });
    await biaSocket.ok('cohort:answer', { cohortId: space.cohortId, questionId: q1!.id, answer: rightAnswer(q1!), locale: 'pt' });
    const cards = LESSONS.filter((c) => c.topic === TOPIC).slice(0, 2);
    for (const card of cards) await biaSocket.ok('cohort:card', { cohortId: space.cohortId, cardId: card.id });

    const pushed = await facilitator.waitFor('cohort:dashboard', (d) => d.members.every((m) => m.online) && d.members.reduce((n, m) => n + m.answered, 0) === 5 && d.members.find((m) => m.name === 'Bia')?.cardsRead === 2, { since });
    const expectFigures = (d: typeof pushed) => {
      const byName = Object.fromEntries(d.members.map((m) => [m.name, m]));
      expect(byName.Ana).toMatchObject({ started: true, answered: 3, cardsRead: 0, locale: 'en' });
      expect(byName.Ana!.score).toBeCloseTo(2 / 3);
      expect(byName.Bia).toMatchObject({ started: true, answered: 2, cardsRead: 2, score: 0.5, locale: 'pt' });
      expect(byName.Ana!.byTopic[TOPIC]!.answered).toBe(3);
      expect(d.topics).toEqual([{ topic: TOPIC, answered: 5, score: expect.closeTo(3 / 5) }]);
      // q3 was missed by both; nothing else was missed.
      expect(d.mostMissed.map((q) => [q.questionId, q.missed, q.answered])).toEqual([[q3!.id, 2, 2]]);
      expect(d.mostMissed[0]!.prompt).toBe(q3!.prompt.en);
    };
    expectFigures(pushed);

    const csv = await fetch(`${server.url}/api/cohorts/${space.cohortId}/export.csv`, { headers: { authorization: `Bearer ${space.facilitatorSecret}` } });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('Questions answered');
    expect(lines.find((l) => l.startsWith('Bia,'))).toMatch(/^Bia,pt,.*,yes,2,\d+,2,\d+,50,50$/);

    for (const s of servers.splice(0)) await s.stop();
    server = await serve(config);
    const after = await (await server.connect()).ok('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: space.facilitatorSecret, locale: 'en' });
    expectFigures({ ...after, members: after.members.map((m) => ({ ...m, online: true })) });
    expect(after.members.every((m) => !m.online)).toBe(true);
  });

  test('a member sees only their own answers and cannot act as the facilitator', async () => {
    const server = await serve(await backend.newPlace());
    const space = await createSpace(server);
    const other = await createSpace(server, 'Another team');
    const [ana, bia] = [await join(server, space, 'Ana'), await join(server, space, 'Bia')];
    const anaSocket = await asMember(server, ana);
    const q = answerable((await anaSocket.ok('cohort:member', { cohortId: ana.cohortId, memberSecret: ana.memberSecret, locale: 'en' })).cohort.questionIds)[0]!;
    await anaSocket.ok('cohort:answer', { cohortId: space.cohortId, questionId: q.id, answer: rightAnswer(q), locale: 'en' });

    const biaSocket = await asMember(server, bia);
    const biaView = await biaSocket.ok('cohort:member', { cohortId: bia.cohortId, memberSecret: bia.memberSecret, locale: 'en' });
    expect(biaView.answers).toEqual({});
    expect(JSON.stringify(biaView)).not.toContain(ana.resumeCode);
    expect(biaView.members.map((m) => m.name).sort()).toEqual(['Ana', 'Bia']);
    // Another's answer is not reviewable; facilitator actions and files are refused.
    expect(await biaSocket.request('cohort:review', { cohortId: space.cohortId, questionId: q.id, locale: 'en' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await biaSocket.request('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: bia.memberSecret, locale: 'en' })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    expect(await biaSocket.request('cohort:live-round', { cohortId: space.cohortId, selection: { kind: 'quiz' }, scoring: 'speed' })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    expect(await biaSocket.request('cohort:close', { cohortId: space.cohortId })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    expect(await biaSocket.request('cohort:delete', { cohortId: space.cohortId })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    const csv = await fetch(`${server.url}/api/cohorts/${space.cohortId}/export.csv`, { headers: { authorization: `Bearer ${bia.memberSecret}` } });
    expect(csv.status).toBe(401);
    // A facilitator secret opens its own space only; a member secret opens its own space only.
    const stranger = await server.connect();
    expect(await stranger.request('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: other.facilitatorSecret, locale: 'en' })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    expect(await stranger.request('cohort:member', { cohortId: other.cohortId, memberSecret: ana.memberSecret, locale: 'en' })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    expect(await stranger.request('board:join', { code: space.inviteCode, diagramId: 'house-apartment' })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    // Names are unique within a space, compared without case or accents.
    expect((await post(server, '/api/cohorts/join', { inviteCode: space.inviteCode, name: 'ána', locale: 'en' })).status).toBe(409);
  });

  test('a reply to a member’s note on the space’s board waits for them as a notice', async () => {
    const server = await serve(await backend.newPlace());
    const space = await createSpace(server);
    const [ana, bia] = [await join(server, space, 'Ana'), await join(server, space, 'Bia')];
    const anaSocket = await asMember(server, ana);
    const anaBoard = new BoardPeer(space.inviteCode, 'house-apartment', { id: ana.memberId, role: 'player' });
    await anaBoard.join(anaSocket);
    const note = { id: 'n-ana', kind: 'note' as const, regionId: 'ha-house' as const, x: 0.3, y: 0.4, text: 'Why does each house need its own OS?', createdAt: Date.now() };
    expect(await anaBoard.change((doc, actor) => addNote(doc, actor, note))).toMatchObject({ ok: true });
    anaSocket.close();

    const facilitator = await asFacilitator(server, space);
    const dashboard = await facilitator.ok('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: space.facilitatorSecret, locale: 'en' });
    expect(dashboard.openQuestions).toEqual([{ diagramId: 'house-apartment', noteId: 'n-ana', authorName: 'Ana', text: note.text, replies: 0, at: note.createdAt }]);

    const biaSocket = await asMember(server, bia);
    const biaBoard = new BoardPeer(space.inviteCode, 'house-apartment', { id: bia.memberId, role: 'player' });
    await biaBoard.join(biaSocket);
    expect(await biaBoard.change((doc, actor) => replyTo(doc, actor, 'n-ana', { id: 'r-bia', text: 'Its own kernel, like its own plumbing.', at: Date.now() }))).toMatchObject({ ok: true });

    const back = await asMember(server, ana);
    const view = await back.ok('cohort:member', { cohortId: ana.cohortId, memberSecret: ana.memberSecret, locale: 'en' });
    expect(view.notices).toMatchObject([{ replyId: 'r-bia', noteId: 'n-ana', diagramId: 'house-apartment', byName: 'Bia', byFacilitator: false, text: 'Its own kernel, like its own plumbing.' }]);
    const seen = await back.ok('cohort:seen', { cohortId: ana.cohortId, replyIds: ['r-bia'] });
    expect(seen.notices).toEqual([]);
  });

  test('a live round pulls in every member online, then the space closes read-only and deletes without a trace', async () => {
    const config = await backend.newPlace();
    const server = await serve(config);
    const space = await createSpace(server);
    const [ana, bia] = [await join(server, space, 'Ana'), await join(server, space, 'Bia', 'pt')];
    const [anaSocket, biaSocket] = [await asMember(server, ana), await asMember(server, bia, 'pt')];
    const q = answerable((await anaSocket.ok('cohort:member', { cohortId: ana.cohortId, memberSecret: ana.memberSecret, locale: 'en' })).cohort.questionIds)[0]!;
    await anaSocket.ok('cohort:answer', { cohortId: space.cohortId, questionId: q.id, answer: wrongAnswer(q), locale: 'en' });
    const board = new BoardPeer(space.inviteCode, 'stacks', { id: bia.memberId, role: 'player' });
    await board.join(biaSocket);
    await board.change((doc, actor) => addNote(doc, actor, { id: 'n-bia', kind: 'pin', regionId: 'st-vm-hypervisor', x: 0.5, y: 0.5, text: 'Hypervisor = síndico?', createdAt: Date.now() }));

    const facilitator = await asFacilitator(server, space);
    const round = await facilitator.ok('cohort:live-round', { cohortId: space.cohortId, selection: { kind: 'most-missed', count: 5 }, scoring: 'speed' });
    for (const member of [anaSocket, biaSocket]) expect((await member.waitFor('cohort:live')).code).toBe(round.code);
    const anaState = await anaSocket.waitFor('cohort:member-state', (v) => v.liveRound?.code === round.code);
    expect(anaState.liveRound?.code).toBe(round.code);
    // The round plays the most missed question, and both members can join it by name.
    const host = await server.connect();
    const hostView = await host.ok('host:attach', { code: round.code, hostSecret: round.hostSecret, locale: 'en' });
    expect(hostView.questionCount).toBe(1);
    await anaSocket.ok('player:join', { code: round.code, nickname: 'Ana', locale: 'en' });
    await biaSocket.ok('player:join', { code: round.code, nickname: 'Bia', locale: 'pt' });

    const closed = await facilitator.ok('cohort:close', { cohortId: space.cohortId });
    expect(closed.cohort.closed).toBe(true);
    const q2 = answerable(closed.cohort.questionIds)[1]!;
    expect(await biaSocket.request('cohort:answer', { cohortId: space.cohortId, questionId: q2.id, answer: rightAnswer(q2), locale: 'pt' })).toMatchObject({ ok: false, error: { code: 'COHORT_CLOSED' } });
    expect(await board.change((doc, actor) => addNote(doc, actor, { id: 'n-late', kind: 'pin', regionId: 'st-vm-hypervisor', x: 0.1, y: 0.1, text: 'late', createdAt: Date.now() }))).toMatchObject({ ok: false, error: { code: 'BOARD_LOCKED' } });
    expect((await post(server, '/api/cohorts/join', { inviteCode: space.inviteCode, name: 'Caio', locale: 'en' })).status).toBe(409);

    const tables = ['cohorts', 'cohort_members', 'cohort_member_devices', 'cohort_cards', 'cohort_answers', 'cohort_rounds', 'board_updates', 'sessions', 'session_events'];
    const before = await backend.countRows(config, tables);
    expect(before.cohort_answers).toBe(1);
    expect(before.board_updates).toBeGreaterThan(0);
    expect(before.session_events).toBeGreaterThan(0);
    expect(await facilitator.ok('cohort:delete', { cohortId: space.cohortId })).toEqual({ cohortId: space.cohortId });
    await anaSocket.waitFor('cohort:deleted');
    expect(await backend.countRows(config, tables)).toEqual(Object.fromEntries(tables.map((t) => [t, 0])));
    expect((await fetch(`${server.url}/api/cohorts/invite/${space.inviteCode}`)).status).toBe(404);
  });

  test('bad input gets a clear error', async () => {
    const server = await serve(await backend.newPlace());
    expect((await post(server, '/api/cohorts', { name: '', locale: 'en', topics: [] })).status).toBe(400);
    expect((await post(server, '/api/cohorts', { name: 'x', locale: 'en', topics: ['nope'] })).status).toBe(400);
    expect((await post(server, '/api/cohorts', { name: 'x', locale: 'en', topics: [TOPIC], deadline: 1 })).status).toBe(400);
    expect((await post(server, '/api/cohorts', { name: 'x', locale: 'en', topics: [TOPIC], quizId: 'missing' })).status).toBe(404);
    expect((await post(server, '/api/cohorts/join', { inviteCode: 'ZZZZZZZZ', name: 'Ana', locale: 'en' })).status).toBe(404);
    expect((await post(server, '/api/cohorts/resume', { resumeCode: 'nope' })).status).toBe(400);
    const space = await createSpace(server);
    expect((await post(server, '/api/cohorts/join', { inviteCode: space.inviteCode, name: '\u200b', locale: 'en' })).status).toBe(400);
    expect(await post(server, '/api/cohorts/join', { inviteCode: space.inviteCode, name: 'Big Idiot', locale: 'en' })).toMatchObject({ status: 400, body: { error: { code: 'NICKNAME_BLOCKED' } } });
    const ana = await join(server, space, 'Ana');
    const socket = await asMember(server, ana);
    expect(await socket.request('cohort:card', { cohortId: space.cohortId, cardId: 'not-a-card' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await socket.request('cohort:answer', { cohortId: space.cohortId, questionId: 'not-in-space', answer: { type: 'truefalse', value: true }, locale: 'en' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const q = answerable((await socket.ok('cohort:member', { cohortId: ana.cohortId, memberSecret: ana.memberSecret, locale: 'en' })).cohort.questionIds).find((x) => x.type === 'single')!;
    expect(await socket.request('cohort:answer', { cohortId: space.cohortId, questionId: q.id, answer: { type: 'truefalse', value: true }, locale: 'en' })).toMatchObject({ ok: false, error: { code: 'INVALID_ANSWER' } });
    expect(await socket.request('cohort:answer', { cohortId: space.cohortId, questionId: q.id } as never)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
