import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DiagramId } from '../../lib/diagram/ids';
import { toBase64 } from '../../lib/board/codec';
import type { LiveServer } from '../live/socket-types';

/**
 * How often presence and cursors are sent out, per board. Within one tick the latest state of
 * each client wins and all of them travel as one message to each member, so a board of n
 * people costs n messages per tick (each carrying up to n small states) instead of n² frames,
 * and a cursor moving at 60 Hz costs at most 20 states a second. 50 ms is below what people
 * notice for a cursor that the client interpolates anyway.
 */
export const AWARENESS_TICK_MS = 50;
/** Largest awareness update accepted from one client, decoded. */
export const MAX_AWARENESS_BYTES = 2 * 1024;

interface PresenceRoom {
  code: string;
  diagramId: DiagramId;
  awareness: Awareness;
  /** Client ids changed since the last tick. */
  changed: Set<number>;
  /** Awareness client ids each socket has announced, removed when it leaves. */
  owners: Map<string, Set<number>>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Presence and cursors of the shared boards: keeps each board's awareness states (so a socket
 * that leaves can be announced gone) and relays the changes in batches, one tick at a time.
 * Emits are volatile: a dropped cursor frame is replaced by the next one.
 */
export class AwarenessRelay {
  private readonly rooms = new Map<string, PresenceRoom>();

  constructor(
    private readonly io: LiveServer,
    private readonly roomName: (code: string, diagramId: DiagramId) => string,
    private readonly tickMs = AWARENESS_TICK_MS,
  ) {}

  /** Takes one client's awareness update; false when it cannot be read. */
  receive(socketId: string, code: string, diagramId: DiagramId, update: Uint8Array): boolean {
    const clients = awarenessClients(update);
    if (!clients) return false;
    const room = this.room(code, diagramId);
    // A client id another socket announced is that socket's: no one else may move its cursor.
    for (const [owner, ids] of room.owners) {
      if (owner !== socketId && clients.some((id) => ids.has(id))) {
        if (room.owners.size === 0) this.drop(room);
        return false;
      }
    }
    try {
      applyAwarenessUpdate(room.awareness, update, socketId);
      return true;
    } catch {
      if (room.owners.size === 0) this.drop(room);
      return false;
    }
  }

  /** A socket left: its clients' states are removed and that is relayed on the next tick. */
  socketGone(socketId: string): void {
    for (const room of [...this.rooms.values()]) {
      const ids = room.owners.get(socketId);
      if (!ids) continue;
      room.owners.delete(socketId);
      removeAwarenessStates(room.awareness, [...ids], socketId);
    }
  }

  /** Stops every timer; nothing more is sent. */
  close(): void {
    for (const room of [...this.rooms.values()]) this.drop(room);
  }

  private room(code: string, diagramId: DiagramId): PresenceRoom {
    const name = this.roomName(code, diagramId);
    const existing = this.rooms.get(name);
    if (existing) return existing;
    // The awareness needs a document only for its own client id, which stays without state.
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState(null);
    const room: PresenceRoom = { code, diagramId, awareness, changed: new Set(), owners: new Map(), timer: undefined };
    awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (typeof origin === 'string') {
        const owned = room.owners.get(origin) ?? new Set<number>();
        for (const id of [...added, ...updated]) owned.add(id);
        for (const id of removed) owned.delete(id);
        if (owned.size > 0) room.owners.set(origin, owned);
        else room.owners.delete(origin);
      }
      for (const id of [...added, ...updated, ...removed]) if (id !== awareness.clientID) room.changed.add(id);
      if (room.changed.size > 0) room.timer ??= setTimeout(() => this.flush(name, room), this.tickMs);
    });
    this.rooms.set(name, room);
    return room;
  }

  private flush(name: string, room: PresenceRoom): void {
    room.timer = undefined;
    const changed = [...room.changed];
    room.changed.clear();
    if (changed.length > 0) {
      const update = toBase64(encodeAwarenessUpdate(room.awareness, changed));
      this.io.to(name).volatile.emit('board:awareness', { code: room.code, diagramId: room.diagramId, update });
    }
    if (room.owners.size === 0) this.drop(room);
  }

  private drop(room: PresenceRoom): void {
    if (room.timer) clearTimeout(room.timer);
    room.timer = undefined;
    room.awareness.destroy();
    this.rooms.delete(this.roomName(room.code, room.diagramId));
  }
}

/**
 * The client ids an awareness update speaks for, read from its header (y-protocols format:
 * count, then per client: id, clock, JSON state, as lib0 var-uints and a var-string), or
 * undefined when it is not one.
 */
export function awarenessClients(update: Uint8Array): number[] | undefined {
  let pos = 0;
  const varUint = (): number | undefined => {
    let value = 0;
    for (let factor = 1; pos < update.length && factor <= 2 ** 49; factor *= 128) {
      const byte = update[pos++]!;
      value += (byte & 0x7f) * factor;
      if (byte < 0x80) return value;
    }
    return undefined;
  };
  const count = varUint();
  if (count === undefined || count > 64) return undefined;
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = varUint();
    const clock = varUint();
    const length = varUint();
    if (id === undefined || clock === undefined || length === undefined || pos + length > update.length) return undefined;
    pos += length;
    ids.push(id);
  }
  return pos === update.length ? ids : undefined;
}
