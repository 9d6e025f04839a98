import * as Y from 'yjs';
import { chunkUpdates } from '../../../lib/board/chunks';
import { MAX_BOARD_UPDATE_BYTES } from '../../../lib/board/permissions';
import { fromBase64, toBase64 } from '../../../lib/board/codec';
import { createBoardDoc, readNotes, readSettings, type BoardActor } from '../../../lib/board/model';
import type { DiagramId } from '../../../lib/diagram/ids';
import type { BoardState, BoardUpdate, BoardUpdateAck } from '../../../lib/protocol/events';
import { unwrap, type LiveClient } from './live-server';

/*
 * A board client as the browser will run it: a real Yjs document kept in step with the
 * server over a LiveClient's socket. Local changes are sent as updates; a refused one makes
 * the peer rebuild its document from the state the server sent back.
 */

const REMOTE = Symbol('remote');

export class BoardPeer {
  doc: Y.Doc = createBoardDoc();
  private client: LiveClient | undefined;
  /** Updates relayed while a push awaits its reply, one list per push in flight. */
  private readonly receivedDuringPush = new Set<Uint8Array[]>();

  constructor(
    readonly code: string,
    readonly diagramId: DiagramId,
    readonly actor: BoardActor,
  ) {}

  /** Opens the board on this connection and takes the server's whole state. */
  async join(client: LiveClient): Promise<void> {
    this.attach(client);
    const state = unwrap(await client.request('board:join', { code: this.code, diagramId: this.diagramId }), 'board:join');
    // Merged, not replaced: an update relayed before this reply may not be in it.
    Y.applyUpdate(this.doc, fromBase64(state.update), REMOTE);
  }

  /**
   * Back online on a new connection: sync step 1 and 2 with the server, then sends what the
   * server lacks (edits made while offline). Resolves with that update's acknowledgement.
   */
  async rejoin(client: LiveClient): Promise<BoardUpdateAck | undefined> {
    this.attach(client);
    const state = unwrap(
      await client.request('board:sync', { code: this.code, diagramId: this.diagramId, stateVector: toBase64(Y.encodeStateVector(this.doc)) }),
      'board:sync',
    );
    Y.applyUpdate(this.doc, fromBase64(state.update), REMOTE);
    const missing = Y.encodeStateAsUpdate(this.doc, fromBase64(state.stateVector));
    // An update with nothing in it is two zero bytes (no structs, no deletions).
    if (missing.byteLength <= 2) return undefined;
    const pending = this.offlineEdits.splice(0);
    if (missing.byteLength <= MAX_BOARD_UPDATE_BYTES) return this.push(missing);
    // Too much for one message: the offline edits in order, merged into chunks under the cap.
    let ack: BoardUpdateAck | undefined;
    for (const chunk of chunkUpdates(pending)) {
      ack = await this.push(chunk);
      if (!ack.ok) break;
    }
    return ack;
  }

  /** Local updates made while offline, oldest first, as the browser client keeps them. */
  private readonly offlineEdits: Uint8Array[] = [];

  /** Makes a local change; online, sends it and resolves with the acknowledgement. */
  async change(edit: (doc: Y.Doc, actor: BoardActor) => void): Promise<BoardUpdateAck | undefined> {
    const before = Y.encodeStateVector(this.doc);
    edit(this.doc, this.actor);
    const update = Y.encodeStateAsUpdate(this.doc, before);
    if (!this.online) {
      this.offlineEdits.push(update);
      return undefined;
    }
    return this.push(update);
  }

  /** Sends raw update bytes, resyncing when they are refused. */
  async push(update: Uint8Array): Promise<BoardUpdateAck> {
    const received: Uint8Array[] = [];
    this.receivedDuringPush.add(received);
    try {
      const ack = await this.client!.socket.timeout(5_000).emitWithAck('board:update', { code: this.code, diagramId: this.diagramId, update: toBase64(update) });
      if (!ack.ok && ack.state) {
        this.replaceWith(ack.state);
        // The server's state may predate updates relayed while the reply was on its way.
        for (const relayed of received) Y.applyUpdate(this.doc, relayed, REMOTE);
      }
      return ack;
    } finally {
      this.receivedDuringPush.delete(received);
    }
  }

  /** Goes offline: the connection closes, the document stays. */
  goOffline(): void {
    this.client?.close();
    this.client = undefined;
  }

  get online(): boolean {
    return this.client?.socket.connected ?? false;
  }

  /** Notes and settings as plain data, for comparing peers. */
  view(): string {
    return JSON.stringify({ notes: readNotes(this.doc), settings: readSettings(this.doc) });
  }

  private attach(client: LiveClient): void {
    this.client = client;
    client.socket.on('board:update', (payload: BoardUpdate) => {
      if (this.client !== client || payload.code !== this.code || payload.diagramId !== this.diagramId) return;
      const update = fromBase64(payload.update);
      Y.applyUpdate(this.doc, update, REMOTE);
      for (const list of this.receivedDuringPush) list.push(update);
    });
  }

  /** Drops local state for the server's: the only way to take back an applied Yjs change. */
  private replaceWith(state: BoardState): void {
    const doc = createBoardDoc();
    Y.applyUpdate(doc, fromBase64(state.update), REMOTE);
    this.doc.destroy();
    this.doc = doc;
  }
}

/** Resolves once `check` passes, polling; rejects with the last failure after the timeout. */
export async function eventually(check: () => void, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
