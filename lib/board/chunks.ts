import * as Y from 'yjs';

/*
 * A board update is capped (MAX_BOARD_UPDATE_BYTES, 10 KiB) because it travels in one socket
 * message. Edits made offline can add up to more than that, so a client back online sends the
 * local updates the server has not acknowledged, merged into as few updates as fit under the
 * cap, in the order they were made. No socket or server imports: the browser uses it too.
 */

/** Room left under the server's cap for the base64 of a merged update's framing. */
export const CHUNK_BYTES = 8 * 1024;

/**
 * `updates` (each one local transaction, oldest first) merged greedily into consecutive
 * groups of at most `maxBytes` each. An update larger than `maxBytes` on its own stays alone
 * (the server will refuse it; there is no smaller form of one transaction).
 */
export function chunkUpdates(updates: readonly Uint8Array[], maxBytes = CHUNK_BYTES): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let group: Uint8Array[] = [];
  let merged: Uint8Array | null = null;
  for (const update of updates) {
    const candidate: Uint8Array = merged ? Y.mergeUpdates([merged, update]) : update;
    if (candidate.byteLength <= maxBytes || group.length === 0) {
      group.push(update);
      merged = candidate;
      continue;
    }
    chunks.push(merged!);
    group = [update];
    merged = update;
  }
  if (merged) chunks.push(merged);
  return chunks;
}
