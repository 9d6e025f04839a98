import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { chunkUpdates } from '../../../lib/board/chunks';
import { createBoardDoc, readNotes, type BoardActor } from '../../../lib/board/model';
import { addNote, editNote } from '../../../lib/board/notes';

const ana: BoardActor = { id: 'ana', role: 'player' };

/** A client's local transactions while offline: `count` notes with long texts, then edits. */
function offlineSession(count: number): { client: Y.Doc; updates: Uint8Array[] } {
  const client = createBoardDoc();
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) {
    addNote(client, ana, { id: `n-${i}`, kind: 'note', regionId: 'ha-house', x: 0.5, y: 0.5, text: `${i} `.padEnd(480, 'x'), createdAt: i });
    if (i % 3 === 0) editNote(client, ana, `n-${i}`, { text: `edited ${i}` });
  }
  return { client, updates };
}

describe('offline edits split into updates under the cap', () => {
  it('every chunk fits, there are few of them, and applied in order they rebuild the document', () => {
    const { client, updates } = offlineSession(60);
    expect(Y.encodeStateAsUpdate(client).byteLength).toBeGreaterThan(20_000);
    const chunks = chunkUpdates(updates, 8 * 1024);
    expect(chunks.every((c) => c.byteLength <= 8 * 1024)).toBe(true);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks.length).toBeLessThan(updates.length / 5);
    const server = createBoardDoc();
    for (const chunk of chunks) {
      Y.applyUpdate(server, chunk);
      // Each chunk builds only on earlier ones: nothing waits for a later chunk.
      expect(server.store.pendingStructs).toBeNull();
    }
    expect(readNotes(server)).toEqual(readNotes(client));
  });

  it('keeps a single oversize update whole, and returns nothing for nothing', () => {
    const big = new Uint8Array(9_000).fill(1);
    expect(chunkUpdates([big], 8 * 1024)).toEqual([big]);
    expect(chunkUpdates([])).toEqual([]);
  });
});
