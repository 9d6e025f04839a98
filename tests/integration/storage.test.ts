import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStorage, type StorageConfig } from '../../server/persistence/database';
import { DuplicateCodeError, type SessionRecord, type Storage, type StoredEvent } from '../../server/persistence/types';
import { postgresPlaces, postgresSkipReason } from './support/postgres';

/*
 * The same behaviour is required of both backends. Every test gets a storage place of its
 * own (SQLite: a fresh temp directory; PostgreSQL: a fresh schema in a database created for
 * this run), so tests never see each other's rows and concurrent runs never clash. All
 * places are removed in afterAll.
 */

// An explicit DATABASE_URL means PostgreSQL is expected: then an unreachable server fails
// the tests instead of skipping them.
const pgSkipReason = await postgresSkipReason();
if (pgSkipReason) console.warn(`Skipping the PostgreSQL storage tests: ${pgSkipReason}. Set DATABASE_URL to require them.`);

interface Backend {
  name: string;
  dialect: Storage['dialect'];
  skip: boolean;
  /** Config for a new, empty place to keep data in. */
  newPlace(): Promise<StorageConfig>;
  /** Removes every place handed out. */
  removePlaces(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'SQLite',
    dialect: 'sqlite',
    skip: false,
    async newPlace() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackhouse-storage-'));
      dirs.push(dir);
      // A directory that does not exist yet: openStorage must create it.
      return { dataDir: path.join(dir, 'data', 'nested') };
    },
    async removePlaces() {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A schema per test in a database created for this run (see support/postgres.ts). */
function postgresBackend(): Backend {
  const places = postgresPlaces();
  return {
    name: 'PostgreSQL',
    dialect: 'postgres',
    skip: pgSkipReason !== undefined,
    newPlace: () => places.newPlace(),
    removePlaces: () => places.removePlaces(),
  };
}

let sessionCounter = 0;
function sessionRecord(overrides: Partial<SessionRecord> = {}): SessionRecord {
  sessionCounter += 1;
  return {
    id: `session-${sessionCounter}-${randomUUID()}`,
    code: String(100000 + sessionCounter),
    quizId: 'containers-vs-vms',
    questionIds: ['q-one', 'q-two'],
    hostSecretHash: 'a'.repeat(64),
    hostLocale: 'pt',
    scoring: 'speed',
    // Beyond 2^31, so a bigint read back as a string (pg) would show up as a mismatch.
    createdAt: 1_732_000_000_000 + sessionCounter,
    status: 'live',
    ...overrides,
  };
}

const JOIN: StoredEvent = { seq: 1, at: 1_732_000_000_100, event: { type: 'join', playerId: 'p1', nickname: 'Zoë 🐳 "quotes"', locale: 'pt', secretHash: 'b'.repeat(64) } };
const START: StoredEvent = { seq: 2, at: 1_732_000_000_200, event: { type: 'host', command: { action: 'start' } } };
const ANSWER: StoredEvent = { seq: 3, at: 1_732_000_000_300, event: { type: 'answer', playerId: 'p1', questionIndex: 0, answer: { type: 'ordering', optionIds: ['c', 'a', 'b'] } } };
const EXTRA_TIME: StoredEvent = { seq: 4, at: 1_732_000_000_400, event: { type: 'host', command: { action: 'extraTime', playerId: 'p1', seconds: 10 } } };
const TICK: StoredEvent = { seq: 5, at: 1_732_000_000_500, event: { type: 'tick' } };
/** A session's log, in seq order. */
const EVENTS = [JOIN, START, ANSWER, EXTRA_TIME, TICK];

describe.each([sqliteBackend(), postgresBackend()])('storage on $name', (backend) => {
  const test = it.skipIf(backend.skip);
  const opened: Storage[] = [];

  /** Opens a storage that is closed after the test even if the test fails. */
  async function open(config: StorageConfig): Promise<Storage> {
    const storage = await openStorage(config);
    opened.push(storage);
    return storage;
  }

  afterEach(async () => {
    // close() is idempotent, so storages a test already closed are fine here.
    await Promise.all(opened.splice(0).map((storage) => storage.close()));
  });
  afterAll(() => backend.removePlaces());

  test('answers a ping once open, and not after close', async () => {
    const storage = await open(await backend.newPlace());
    expect(storage.dialect).toBe(backend.dialect);
    await expect(storage.ping()).resolves.toBeUndefined();
    await storage.close();
    await expect(storage.ping()).rejects.toThrow();
  });

  test('a created session is found by its code', async () => {
    const { sessions } = await open(await backend.newPlace());
    const record = sessionRecord();
    await sessions.create(record);
    expect(await sessions.findByCode(record.code)).toEqual(record);
    expect(await sessions.findByCode('000000')).toBeUndefined();
  });

  test('a duplicate code is refused with DuplicateCodeError, keeping the first session', async () => {
    const { sessions } = await open(await backend.newPlace());
    const first = sessionRecord();
    await sessions.create(first);
    await expect(sessions.create(sessionRecord({ code: first.code }))).rejects.toBeInstanceOf(DuplicateCodeError);
    expect(await sessions.findByCode(first.code)).toEqual(first);
  });

  test('a reused id is refused, but not mistaken for a taken code', async () => {
    const { sessions } = await open(await backend.newPlace());
    const first = sessionRecord();
    await sessions.create(first);
    const error = await sessions.create(sessionRecord({ id: first.id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(DuplicateCodeError);
  });

  test('events come back in seq order with the same payload and time', async () => {
    const { sessions } = await open(await backend.newPlace());
    const session = sessionRecord();
    const other = sessionRecord();
    await sessions.create(session);
    await sessions.create(other);
    // Stored out of order, so the ordering must come from seq, not from insertion.
    for (const stored of [ANSWER, JOIN, TICK, START, EXTRA_TIME]) await sessions.appendEvents(session.id, [stored]);
    await sessions.appendEvents(other.id, [{ seq: 1, at: 5, event: { type: 'tick' } }]);

    expect(await sessions.listEvents(session.id)).toEqual(EVENTS);
    expect(await sessions.listEvents('no-such-session')).toEqual([]);
  });

  test('appending the same seq twice is refused, keeping the first event', async () => {
    const { sessions } = await open(await backend.newPlace());
    const session = sessionRecord();
    await sessions.create(session);
    await sessions.appendEvents(session.id, [JOIN]);
    await expect(sessions.appendEvents(session.id, [{ ...START, seq: JOIN.seq }])).rejects.toThrow();
    expect(await sessions.listEvents(session.id)).toEqual([JOIN]);
  });

  test('a batch is stored whole or not at all', async () => {
    const { sessions } = await open(await backend.newPlace());
    const session = sessionRecord();
    await sessions.create(session);
    await sessions.appendEvents(session.id, [JOIN]);
    // The second row's seq is taken: the first row of the batch must not stay either.
    await expect(sessions.appendEvents(session.id, [{ ...START, seq: JOIN.seq + 1 }, { ...ANSWER, seq: JOIN.seq }])).rejects.toThrow();
    expect(await sessions.listEvents(session.id)).toEqual([JOIN]);
    await sessions.appendEvents(session.id, [
      { ...START, seq: JOIN.seq + 1 },
      { ...ANSWER, seq: JOIN.seq + 2 },
    ]);
    expect((await sessions.listEvents(session.id)).map((e) => e.seq)).toEqual([JOIN.seq, JOIN.seq + 1, JOIN.seq + 2]);
  });

  test('an event for a session that does not exist is refused', async () => {
    const { sessions } = await open(await backend.newPlace());
    await expect(sessions.appendEvents('no-such-session', [JOIN])).rejects.toThrow();
  });

  test('ending a session removes it from listLive', async () => {
    const { sessions } = await open(await backend.newPlace());
    const ending = sessionRecord();
    const staying = sessionRecord();
    await sessions.create(ending);
    await sessions.create(staying);
    expect(await sessions.listLive()).toEqual([ending, staying]);

    await sessions.setStatus(ending.id, 'ended');
    expect(await sessions.listLive()).toEqual([staying]);
    expect((await sessions.findByCode(ending.code))?.status).toBe('ended');
    await expect(sessions.setStatus('no-such-session', 'ended')).rejects.toThrow();
  });

  test('data survives closing and reopening the storage', async () => {
    const place = await backend.newPlace();
    const ended = sessionRecord({ status: 'ended' });
    const live = sessionRecord();
    const before = await open(place);
    await before.sessions.create(ended);
    await before.sessions.create(live);
    for (const stored of EVENTS) await before.sessions.appendEvents(live.id, [stored]);
    await before.close();

    const after = await open(place);
    expect(await after.sessions.findByCode(ended.code)).toEqual(ended);
    expect(await after.sessions.listLive()).toEqual([live]);
    expect(await after.sessions.listEvents(live.id)).toEqual(EVENTS);
  });

  test('running the migrations again on an up-to-date database is a no-op', async () => {
    const place = await backend.newPlace();
    const firstLog: string[] = [];
    const first = await open({ ...place, logger: { info: (msg) => firstLog.push(msg) } });
    const record = sessionRecord();
    await first.sessions.create(record);
    await first.close();
    expect(firstLog).toContain('storage: applied migration 0001_sessions');

    const secondLog: string[] = [];
    const second = await open({ ...place, logger: { info: (msg) => secondLog.push(msg) } });
    expect(secondLog.filter((msg) => msg.includes('migration'))).toEqual([]);
    expect(await second.sessions.findByCode(record.code)).toEqual(record);
  });

  test('separate places keep separate sessions (SQLite: directory, PostgreSQL: schema)', async () => {
    const a = await open(await backend.newPlace());
    const b = await open(await backend.newPlace());
    const record = sessionRecord();
    await a.sessions.create(record);
    expect(await b.sessions.findByCode(record.code)).toBeUndefined();
    // The same code is free in the other place.
    await b.sessions.create(sessionRecord({ code: record.code }));
  });
});
