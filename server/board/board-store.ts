import * as Y from 'yjs';
import type { DiagramId } from '../../lib/diagram/ids';
import { createBoardDoc, HOST_AUTHOR, type BoardActor } from '../../lib/board/model';
import { checkUpdateOn, copyBoardDoc, type BoardRejection } from '../../lib/board/permissions';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { BoardRepository } from '../persistence/types';

export interface BoardStoreDeps {
  boards: BoardRepository;
  clock: Clock;
  logger: Logger;
  /** Stored updates after which a board is merged into one snapshot row. */
  compactEvery?: number;
  /** Told after each stored and applied update (cohort dashboards watch their boards). */
  onApplied?: (code: string, diagramId: DiagramId) => void;
}

/** What a client needs to catch up: a Yjs update and the server's state vector. */
export interface BoardSnapshot {
  update: Uint8Array;
  stateVector: Uint8Array;
}

export type ApplyResult = { ok: true } | { ok: false; code: BoardRejection | 'STORAGE_UNAVAILABLE' };

export const DEFAULT_COMPACT_EVERY = 100;

interface Board {
  doc: Y.Doc;
  /**
   * A copy of `doc` that each update is first applied to and checked on, so a check costs
   * the notes the update touches rather than a copy of the whole board. Copied again from
   * `doc` when an update is refused or not stored.
   */
  shadow: Y.Doc;
  /** Seq of the last stored row. */
  seq: number;
  /** Update rows stored since the last snapshot. */
  sinceSnapshot: number;
}

/**
 * The shared boards held by this server: one Yjs document per room and diagram, loaded from
 * storage on first use. An update is checked, stored, and only then applied, so whatever a
 * client was told is accepted survives a restart.
 */
export class BoardStore {
  private readonly boards = new Map<string, Promise<Board>>();
  /**
   * Per board, the tail of its writes (check, store, apply), compactions and unloads. They
   * are chained when called, so they run in that order and never interleave.
   */
  private readonly queues = new Map<string, Promise<void>>();
  private readonly compactEvery: number;

  constructor(private readonly deps: BoardStoreDeps) {
    this.compactEvery = deps.compactEvery ?? DEFAULT_COMPACT_EVERY;
  }

  /** The whole document, as one update, with the server's state vector. */
  async state(code: string, diagramId: DiagramId): Promise<BoardSnapshot> {
    const { doc } = await this.board(code, diagramId);
    return { update: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc) };
  }

  /** Sync step 2: what a client with `stateVector` lacks. Throws on a malformed vector. */
  async missing(code: string, diagramId: DiagramId, stateVector: Uint8Array): Promise<BoardSnapshot> {
    const { doc } = await this.board(code, diagramId);
    return { update: Y.encodeStateAsUpdate(doc, stateVector), stateVector: Y.encodeStateVector(doc) };
  }

  /** Checks an update against the actor's rights, stores it, then applies it. */
  apply(code: string, diagramId: DiagramId, update: Uint8Array, actor: BoardActor): Promise<ApplyResult> {
    return this.enqueue(code, diagramId, async (): Promise<ApplyResult> => {
      const board = await this.board(code, diagramId);
      const verdict = checkUpdateOn(board.doc, board.shadow, update, actor, { diagramId });
      if (!verdict.ok) {
        resetShadow(board);
        return verdict;
      }
      const seq = board.seq + 1;
      try {
        await this.deps.boards.append(code, diagramId, { seq, at: this.deps.clock.now(), update });
      } catch (error) {
        this.deps.logger.error('board update not stored', { code, diagramId, error: String(error) });
        resetShadow(board);
        return { ok: false, code: 'STORAGE_UNAVAILABLE' };
      }
      board.seq = seq;
      board.sinceSnapshot += 1;
      Y.applyUpdate(board.doc, update, actor);
      this.deps.onApplied?.(code, diagramId);
      // Queued, not awaited: the sender's acknowledgement does not wait for it.
      if (board.sinceSnapshot === this.compactEvery) void this.enqueue(code, diagramId, () => this.compact(code, diagramId, board));
      return { ok: true };
    });
  }

  /**
   * A change the server makes itself, as the host (the quiz reveal spotlighting a region):
   * built on the current document, then checked, stored and applied like any other update.
   * Returns the update to broadcast, or null when it was not stored.
   */
  async change(code: string, diagramId: DiagramId, mutate: (doc: Y.Doc, actor: BoardActor) => void): Promise<Uint8Array | null> {
    const actor: BoardActor = { id: HOST_AUTHOR, role: 'host' };
    const { doc } = await this.board(code, diagramId);
    const draft = new Y.Doc();
    Y.applyUpdate(draft, Y.encodeStateAsUpdate(doc));
    mutate(draft, actor);
    const update = Y.encodeStateAsUpdate(draft, Y.encodeStateVector(doc));
    draft.destroy();
    const result = await this.apply(code, diagramId, update, actor);
    return result.ok ? update : null;
  }

  /**
   * Reads a board without keeping it: from memory when it is loaded, else straight from
   * storage (the dashboards of cohort spaces read boards nobody has open).
   */
  async read<T>(code: string, diagramId: DiagramId, reader: (doc: Y.Doc) => T): Promise<T> {
    const loaded = this.boards.get(boardKey(code, diagramId));
    if (loaded) return reader((await loaded).doc);
    const board = await this.load(code, diagramId);
    try {
      return reader(board.doc);
    } finally {
      board.doc.destroy();
      board.shadow.destroy();
    }
  }

  /**
   * Forgets one board once its pending writes are done (its state is in storage); the next
   * request loads it again. Called when the last member leaves, so idle boards cost nothing.
   */
  unload(code: string, diagramId: DiagramId): Promise<void> {
    return this.enqueue(code, diagramId, async () => {
      const key = boardKey(code, diagramId);
      const board = this.boards.get(key);
      this.boards.delete(key);
      const loaded = await board?.catch(() => undefined);
      loaded?.doc.destroy();
      loaded?.shadow.destroy();
    });
  }

  /** Whether any board of this room is in memory here. */
  holdsAny(code: string): boolean {
    for (const key of this.boards.keys()) if (key.startsWith(`${code}:`)) return true;
    return false;
  }

  /** Forgets every board of a room (another node runs it now: what is in memory here may be stale). */
  async unloadRoom(code: string): Promise<void> {
    const diagramIds = [...this.boards.keys()].filter((key) => key.startsWith(`${code}:`)).map((key) => key.slice(code.length + 1) as DiagramId);
    await Promise.all(diagramIds.map((diagramId) => this.unload(code, diagramId)));
  }

  /** Waits for pending writes and forgets every loaded board. */
  async close(): Promise<void> {
    await Promise.all(this.queues.values());
    for (const board of await Promise.allSettled(this.boards.values())) {
      if (board.status === 'fulfilled') {
        board.value.doc.destroy();
        board.value.shadow.destroy();
      }
    }
    this.boards.clear();
  }

  private enqueue<T>(code: string, diagramId: DiagramId, work: () => Promise<T>): Promise<T> {
    const key = boardKey(code, diagramId);
    const result = (this.queues.get(key) ?? Promise.resolve()).then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return result;
  }

  private async compact(code: string, diagramId: DiagramId, board: Board): Promise<void> {
    try {
      await this.deps.boards.compact(code, diagramId, board.seq, Y.encodeStateAsUpdate(board.doc), this.deps.clock.now());
      board.sinceSnapshot = 0;
    } catch (error) {
      // The rows are still there; the next stored update tries again.
      this.deps.logger.warn('board compaction failed', { code, diagramId, error: String(error) });
    }
  }

  private board(code: string, diagramId: DiagramId): Promise<Board> {
    const key = boardKey(code, diagramId);
    let board = this.boards.get(key);
    if (!board) {
      board = this.load(code, diagramId);
      this.boards.set(key, board);
      // A failed load is not cached: the next request tries the database again.
      board.catch(() => {
        if (this.boards.get(key) === board) this.boards.delete(key);
      });
    }
    return board;
  }

  private async load(code: string, diagramId: DiagramId): Promise<Board> {
    const rows = await this.deps.boards.load(code, diagramId);
    const doc = createBoardDoc();
    doc.transact(() => {
      for (const row of rows) Y.applyUpdate(doc, row.update);
    });
    return { doc, shadow: copyBoardDoc(doc), seq: rows.at(-1)?.seq ?? 0, sinceSnapshot: rows.filter((row) => !row.snapshot).length };
  }
}

function resetShadow(board: Board): void {
  board.shadow.destroy();
  board.shadow = copyBoardDoc(board.doc);
}

function boardKey(code: string, diagramId: DiagramId): string {
  return `${code}:${diagramId}`;
}
