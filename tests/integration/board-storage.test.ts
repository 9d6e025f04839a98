import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoardDoc, readNotes, type BoardActor } from '../../lib/board/model';
import { addNote, editNote } from '../../lib/board/notes';
import { systemClock } from '../../server/clock';
import { BoardStore } from '../../server/board/board-store';
import { silentLogger } from '../../server/logger';
import { openStorage, type StorageConfig } from '../../server/persistence/database';
import type { Storage } from '../../server/persistence/types';
import { postgresPlaces, postgresSkipReason } from './support/postgres';

/*
 * Board updates on both backends: binary rows come back byte for byte, compaction swaps
 * rows for a snapshot atomically, and a BoardStore reloaded from storage has the same
 * document. Same isolation as storage.test.ts: a place of its own per test.
 */

const pgSkipReason = await postgresSkipReason();
if (pgSkipReason) console.warn(`Skipping the PostgreSQL board storage tests: ${pgSkipReason}. Set DATABASE_URL to require them.`);

interface Backend {
  name: string;
  skip: boolean;
  newPlace(): Promise<StorageConfig>;
  removePlaces(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'SQLite',
    skip: false,
    async newPlace() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackhouse-board-'));
      dirs.push(dir);
      return { dataDir: dir };
    },
    async removePlaces() {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(): Backend {
  const places = postgresPlaces();
  return { name: 'PostgreSQL', skip: pgSkipReason !== undefined, newPlace: () => places.newPlace(), removePlaces: () => places.removePlaces() };
}

const ana: BoardActor = { id: 'ana', role: 'player' };
const ROOM = 'ABC123';
const AT = 1_732_000_000_000;

/** The update of one new note on top of `doc` (which it changes). */
function noteUpdate(doc: Y.Doc, id: string, text = `Note ${id}`): Uint8Array {
  const before = Y.encodeStateVector(doc);
  addNote(doc, ana, { id, kind: 'pin', regionId: 'ha-house', x: 0.5, y: 0.5, text, createdAt: AT });
  return Y.encodeStateAsUpdate(doc, before);
}

describe.each([sqliteBackend(), postgresBackend()])('board storage on $name', (backend) => {
  const test = it.skipIf(backend.skip);
  const opened: Storage[] = [];
  const open = async (config: StorageConfig) => {
    const storage = await openStorage(config);
    opened.push(storage);
    return storage;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((storage) => storage.close()));
  });
  afterAll(() => backend.removePlaces());

  test('gives back every byte of an update, and the time beyond 2^31', async () => {
    const { boards } = await open(await backend.newPlace());
    const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
    const update = noteUpdate(createBoardDoc(), 'n1', 'Zoë 🐳 "quotes" \u0000 nul');
    await boards.append(ROOM, 'house-apartment', { seq: 1, at: AT, update: everyByte });
    await boards.append(ROOM, 'house-apartment', { seq: 2, at: AT + 1, update });
    const rows = await boards.load(ROOM, 'house-apartment');
    expect(rows).toEqual([
      { seq: 1, at: AT, update: everyByte, snapshot: false },
      { seq: 2, at: AT + 1, update, snapshot: false },
    ]);
    expect(rows[1]!.update).toBeInstanceOf(Uint8Array);
  });

  test('refuses a second row with the same seq and keeps boards apart', async () => {
    const { boards } = await open(await backend.newPlace());
    await boards.append(ROOM, 'house-apartment', { seq: 1, at: AT, update: new Uint8Array([1]) });
    await expect(boards.append(ROOM, 'house-apartment', { seq: 1, at: AT, update: new Uint8Array([2]) })).rejects.toThrow();
    await boards.append(ROOM, 'stacks', { seq: 1, at: AT, update: new Uint8Array([3]) });
    await boards.append('XYZ789', 'house-apartment', { seq: 1, at: AT, update: new Uint8Array([4]) });
    expect((await boards.load(ROOM, 'house-apartment')).map((r) => [...r.update])).toEqual([[1]]);
    expect((await boards.load(ROOM, 'stacks')).map((r) => [...r.update])).toEqual([[3]]);
    expect(await boards.load(ROOM, 'together')).toEqual([]);
  });

  test('compaction replaces the rows up to a seq with one snapshot, and appends go on after it', async () => {
    const { boards } = await open(await backend.newPlace());
    const doc = createBoardDoc();
    for (let seq = 1; seq <= 4; seq++) await boards.append(ROOM, 'stacks', { seq, at: AT + seq, update: noteUpdate(doc, `n${seq}`) });
    await boards.compact(ROOM, 'stacks', 3, new Uint8Array([9, 9]), AT + 10);
    await boards.append(ROOM, 'stacks', { seq: 5, at: AT + 5, update: new Uint8Array([5]) });
    expect((await boards.load(ROOM, 'stacks')).map((r) => [r.seq, r.snapshot, r.update.length > 2 ? 'update' : [...r.update]])).toEqual([
      [3, true, [9, 9]],
      [4, false, 'update'],
      [5, false, [5]],
    ]);
  });

  test('a board unloaded while an update is being written reloads with it, and goes on from the next seq', async () => {
    const storage = await open(await backend.newPlace());
    const store = new BoardStore({ boards: storage.boards, clock: systemClock, logger: silentLogger });
    const client = createBoardDoc();
    expect(await store.apply(ROOM, 'house-apartment', noteUpdate(client, 'n1'), ana)).toEqual({ ok: true });
    const writing = store.apply(ROOM, 'house-apartment', noteUpdate(client, 'n2'), ana);
    const unloaded = store.unload(ROOM, 'house-apartment');
    expect(await writing).toEqual({ ok: true });
    await unloaded;
    const reloaded = createBoardDoc();
    Y.applyUpdate(reloaded, (await store.state(ROOM, 'house-apartment')).update);
    expect(readNotes(reloaded).map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(await store.apply(ROOM, 'house-apartment', noteUpdate(client, 'n3'), ana)).toEqual({ ok: true });
    expect((await storage.boards.load(ROOM, 'house-apartment')).map((r) => r.seq)).toEqual([1, 2, 3]);
    await store.close();
  });

  test('a BoardStore reopened on the same storage has the same document, compacted or not', async () => {
    const place = await backend.newPlace();
    let storage = await open(place);
    let store = new BoardStore({ boards: storage.boards, clock: systemClock, logger: silentLogger, compactEvery: 10 });
    const client = createBoardDoc();
    expect(await store.apply(ROOM, 'house-apartment', noteUpdate(client, 'n0'), ana)).toEqual({ ok: true });
    for (let i = 1; i < 25; i++) {
      const before = Y.encodeStateVector(client);
      if (i % 2) editNote(client, ana, 'n0', { text: `Edit ${i}` });
      else addNote(client, ana, { id: `n${i}`, kind: 'note', regionId: 'ha-building', x: 0, y: 1, text: `Note ${i}`, createdAt: AT + i });
      expect(await store.apply(ROOM, 'house-apartment', Y.encodeStateAsUpdate(client, before), ana)).toEqual({ ok: true });
    }
    await store.close();
    const rows = await storage.boards.load(ROOM, 'house-apartment');
    expect(rows.map((r) => [r.seq, r.snapshot])).toEqual([[20, true], [21, false], [22, false], [23, false], [24, false], [25, false]]);
    await storage.close();

    storage = await open(place);
    store = new BoardStore({ boards: storage.boards, clock: systemClock, logger: silentLogger, compactEvery: 10 });
    const reloaded = createBoardDoc();
    Y.applyUpdate(reloaded, (await store.state(ROOM, 'house-apartment')).update);
    expect(readNotes(reloaded)).toEqual(readNotes(client));
    expect(readNotes(reloaded)).toHaveLength(13);

    // Storage gone: the update is refused and the document is left as it was.
    await storage.close();
    const refused = await store.apply(ROOM, 'house-apartment', noteUpdate(client, 'late'), ana);
    expect(refused).toEqual({ ok: false, code: 'STORAGE_UNAVAILABLE' });
    const after = createBoardDoc();
    Y.applyUpdate(after, (await store.state(ROOM, 'house-apartment')).update);
    expect(readNotes(after)).toHaveLength(13);
    await store.close();
  });
});
