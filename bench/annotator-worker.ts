import type { Socket as NetSocket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createBoardDoc, notesOf, type BoardActor } from '../lib/board/model';
import { addNote, editNote } from '../lib/board/notes';
import type { DiagramId } from '../lib/diagram/ids';
import type { Ack, BoardState, BoardUpdateAck, JoinResult } from '../lib/protocol/events';
import { PROTOCOL_VERSION } from '../lib/protocol/version';
import {
  editText,
  HISTOGRAM_MAX_MS,
  noteIdOf,
  parseEditText,
  wsFrameOverhead,
  type ClientTotals,
  type FromWorker,
  type ToWorker,
  type WorkerReport,
  type WorkerSchedule,
  type WorkerSetup,
} from './shared';

/*
 * One annotator process of the annotation benchmark (bench/annotation.ts forks several).
 * Each simulated annotator adds then edits its own note about once a second on a real Yjs
 * board document (the note's text names the author and carries the edit's time) and sends
 * its cursor as a y-protocols awareness update at 10 Hz. Bytes are counted on each client's
 * TCP socket.
 *
 * The clients are made as cheap as the measurement allows, so that at 200 annotators on one
 * core the load generator still sends the specified load and the figures measure the server:
 *
 * - Both servers' clients speak raw `ws` WebSockets: y-protocols messages for y-websocket, and
 *   for our server the Engine.IO v4 / Socket.IO v5 framing written by hand (docs/protocol.md
 *   section 1; see connectStackhouse) instead of socket.io-client.
 * - Received awareness messages are counted (bytes, and the number of states: the first
 *   var-uint of the update), never parsed as JSON nor applied.
 * - Received document updates are not applied to a Y.Doc: doing so costs ~60 us each, and at
 *   200 annotators every process would have to apply 200 x 199 of them a second. A receiver
 *   instead finds the note text in the update's bytes (Yjs writes a string value verbatim,
 *   UTF-8 after its length) and the text names the author and the edit. Every annotator still
 *   receives and reads every update: convergence is still "all N - 1 others have the edit".
 * - One annotator (global index 0) does apply every update it receives to its document, and
 *   at the end checks that each note's text there is the last edit it found in the bytes; a
 *   mismatch is reported as an error, so the byte reading is checked on every run.
 */

const DIAGRAM: DiagramId = 'house-apartment';
const REMOTE = Symbol('remote');
const REGION = 'ha-house' as const;
/** The annotator that also applies what it receives to a real document, as a check. */
const CHECKER_INDEX = 0;

const workerKind = process.argv[2];
let setup: WorkerSetup | undefined;
const annotators: Annotator[] = [];
const errors: string[] = [];
/** editKey (author index * 2^20 + seq) -> [receivers, latest latency]. */
const seen = new Map<number, [number, number]>();
const made: string[] = [];
let checkedNotes = 0;
/** How late this worker's event loop runs during the window: a late loop delays what it reads. */
const loop = monitorEventLoopDelay({ resolution: 10 });
let loopDelay: [number, number] = [0, 0];
const histogram: number[] = new Array<number>(HISTOGRAM_MAX_MS + 1).fill(0);
let cpuAtMeasure: NodeJS.CpuUsage | undefined;
let cpuMicros = 0;
let phase: 'idle' | 'warmup' | 'measure' | 'drain' = 'idle';

const SEQ_SPACE = 2 ** 20;
const editKey = (index: number, seq: number) => `${noteIdOf(index)}#${seq}`;

function send(message: FromWorker): void {
  process.send?.(message);
}

function noteError(message: string): void {
  if (errors.length < 20) errors.push(message);
}

/** The transport-specific half of an annotator. */
interface Link {
  /** The TCP socket under the WebSocket, once open. */
  tcp(): NetSocket | undefined;
  sendUpdate(update: Uint8Array): void;
  sendAwareness(update: Uint8Array): void;
  close(): void;
}

class Annotator {
  doc: Y.Doc = createBoardDoc();
  awareness: Awareness;
  link!: Link;
  readonly totals: ClientTotals = { bytesIn: 0, bytesOut: 0, cursorBytesIn: 0, cursorBytesOut: 0, cursorMessagesIn: 0, cursorStatesIn: 0, messageBytesIn: {}, editsSent: 0, cursorsSent: 0, editsRefused: 0 };
  /** Cursor and message bytes counted only while measuring. */
  counting = false;
  /** The checker's view of the edits it found in the bytes: author index -> [seq, text]. */
  readonly lastSeen = new Map<number, [number, string]>();
  readonly isChecker: boolean;
  private tcpAtStart: [number, number] = [0, 0];
  private seq = 0;
  private hasNote = false;
  private timers: ReturnType<typeof setInterval>[] = [];
  private readonly noteId: string;

  constructor(
    readonly index: number,
    readonly actor: BoardActor,
  ) {
    this.noteId = noteIdOf(index);
    this.isChecker = index === CHECKER_INDEX;
    this.awareness = new Awareness(this.doc);
    this.doc.on('update', this.onUpdate);
  }

  /** Received WebSocket message bytes (payload and frame header) by kind, while measuring. */
  countIn(kind: string, payloadBytes: number): void {
    if (!this.counting) return;
    this.totals.messageBytesIn[kind] = (this.totals.messageBytesIn[kind] ?? 0) + payloadBytes + wsFrameOverhead(payloadBytes, false);
  }

  /** Sends each local transaction's update, as the browser client (components/board/useBoard.ts) and y-websocket's provider do. */
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) this.link.sendUpdate(update);
  };

  /** A document update received from the server: each edit text in it is one delivery. */
  received(update: Buffer): void {
    const now = Date.now();
    scanEdits(update, (index, seq, at) => {
      if (index === this.index) return;
      recordDelivery(index, seq, at, now);
      if (this.isChecker) {
        const last = this.lastSeen.get(index);
        if (!last || last[0] < seq) this.lastSeen.set(index, [seq, editText(index, seq, at)]);
      }
    });
    if (this.isChecker) Y.applyUpdate(this.doc, update, REMOTE);
  }

  /** The checker: every note's text in its document is the last edit found in the bytes. */
  check(): void {
    if (!this.isChecker) return;
    let checked = 0;
    for (const [key, note] of notesOf(this.doc)) {
      const edit = note instanceof Y.Map ? parseEditText(note.get('text')) : undefined;
      if (!edit || edit.index === this.index) continue;
      const last = this.lastSeen.get(edit.index);
      checked++;
      if (!last || last[1] !== note.get('text')) noteError(`check: note ${key} reads "${String(note.get('text'))}" in the document but "${last?.[1]}" in the bytes`);
    }
    checkedNotes += checked;
    if (checked !== this.lastSeen.size) noteError(`check: ${checked} notes of others in the document, ${this.lastSeen.size} authors found in the bytes`);
  }

  /** Rebuilds the document from the server's state (a refused update). */
  replaceWith(update: Uint8Array): void {
    const doc = createBoardDoc();
    Y.applyUpdate(doc, update, REMOTE);
    this.doc.off('update', this.onUpdate);
    this.doc.destroy();
    this.doc = doc;
    this.doc.on('update', this.onUpdate);
  }

  start(schedule: WorkerSchedule, editIntervalMs: number, cursorIntervalMs: number): void {
    const delay = Math.max(0, schedule.startAt - Date.now());
    const editOffset = Math.random() * editIntervalMs;
    const cursorOffset = Math.random() * cursorIntervalMs;
    this.timers.push(
      setTimeout(() => {
        this.edit();
        this.timers.push(setInterval(() => this.edit(), editIntervalMs));
      }, delay + editOffset) as unknown as ReturnType<typeof setInterval>,
      setTimeout(() => {
        this.cursor();
        this.timers.push(setInterval(() => this.cursor(), cursorIntervalMs));
      }, delay + cursorOffset) as unknown as ReturnType<typeof setInterval>,
    );
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  beginMeasure(): void {
    const tcp = this.link.tcp();
    this.tcpAtStart = [tcp?.bytesRead ?? 0, tcp?.bytesWritten ?? 0];
    this.counting = true;
  }

  endMeasure(): void {
    const tcp = this.link.tcp();
    this.totals.bytesIn = (tcp?.bytesRead ?? 0) - this.tcpAtStart[0];
    this.totals.bytesOut = (tcp?.bytesWritten ?? 0) - this.tcpAtStart[1];
    this.counting = false;
  }

  private edit(): void {
    if (phase !== 'warmup' && phase !== 'measure') return;
    const seq = ++this.seq;
    const at = Date.now();
    const text = editText(this.index, seq, at);
    if (!this.hasNote) {
      addNote(this.doc, this.actor, { id: this.noteId, kind: 'note', regionId: REGION, x: Math.random(), y: Math.random(), text, createdAt: at });
      this.hasNote = true;
    } else {
      editNote(this.doc, this.actor, this.noteId, { text, x: Math.random(), y: Math.random() });
    }
    if (phase === 'measure') {
      made.push(editKey(this.index, seq));
      this.totals.editsSent++;
    }
  }

  private cursor(): void {
    if (phase !== 'warmup' && phase !== 'measure') return;
    if (this.counting) this.totals.cursorsSent++;
    this.awareness.setLocalStateField('cursor', { x: Math.round(Math.random() * 1000) / 1000, y: Math.round(Math.random() * 1000) / 1000 });
    this.link.sendAwareness(encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]));
  }
}

function recordDelivery(index: number, seq: number, at: number, now: number): void {
  if (phase === 'idle') return;
  const latency = Math.max(0, now - at);
  if (phase !== 'warmup') histogram[Math.min(latency, HISTOGRAM_MAX_MS)]!++;
  const key = index * SEQ_SPACE + seq;
  const entry = seen.get(key);
  if (entry) {
    entry[0]++;
    if (latency > entry[1]) entry[1] = latency;
  } else seen.set(key, [1, latency]);
}

// ---------------------------------------------------------------------------------------
// Reading an update's bytes

const EDIT = Buffer.from('edit ');
const DIGIT_0 = 0x30;
const DOT = 0x2e;
const SPACE = 0x20;

/** Reads a decimal number at `i`: [value, index after it], or undefined. */
function readNumber(bytes: Buffer, i: number): [number, number] | undefined {
  let value = 0;
  const from = i;
  for (; i < bytes.length; i++) {
    const digit = bytes[i]! - DIGIT_0;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  return i === from ? undefined : [value, i];
}

/**
 * Calls `found` for every edit text (`edit <index>.<seq> at <ms>`, shared.ts) in a Yjs update.
 * Yjs encodes a string map value as its UTF-8 bytes after a var-uint length, so the text sits
 * in the update verbatim; the length byte before it must match, which rules out a chance match.
 */
function scanEdits(bytes: Buffer, found: (index: number, seq: number, at: number) => void): void {
  for (let start = bytes.indexOf(EDIT); start >= 0; start = bytes.indexOf(EDIT, start + EDIT.length)) {
    const index = readNumber(bytes, start + EDIT.length);
    if (!index || bytes[index[1]] !== DOT) continue;
    const seq = readNumber(bytes, index[1] + 1);
    if (!seq || bytes[seq[1]] !== SPACE || bytes[seq[1] + 1] !== 0x61 /* a */ || bytes[seq[1] + 2] !== 0x74 /* t */ || bytes[seq[1] + 3] !== SPACE) continue;
    const at = readNumber(bytes, seq[1] + 4);
    if (!at || bytes[start - 1] !== at[1] - start) continue;
    found(index[0], seq[0], at[0]);
  }
}

/** A var-uint (lib0 encoding) at `i`: [value, index after it]. */
function readVarUint(bytes: Uint8Array, i: number): [number, number] {
  let value = 0;
  let multiplier = 1;
  for (; i < bytes.length; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * multiplier;
    multiplier *= 128;
    if (byte < 0x80) return [value, i + 1];
  }
  return [value, i];
}

// ---------------------------------------------------------------------------------------
// Stackhouse: Socket.io, section 14 of docs/protocol.md, spoken over a raw WebSocket
//
// Engine.IO v4 over the websocket transport: one packet per WebSocket text frame, its first
// character the packet type (0 open, 2 ping, 3 pong, 4 message). A message carries a Socket.IO
// v5 packet: 0 connect (with the handshake auth), 4 connect error, 2 event `2["name",payload]`,
// with an acknowledgement id after the type when one is asked (`2<id>[...]`), 3 ack
// `3<id>[...]`. socket.io-client does exactly this on the websocket transport; doing it by
// hand spares the load generator socket.io-client's JSON parse of every frame and its
// emitters, and lets it read a frame's bytes without turning them into objects.

const CHAR_0 = 0x30;
const CHAR_2 = 0x32;
const CHAR_3 = 0x33;
const CHAR_4 = 0x34;
const EVENT_AWARENESS = Buffer.from('42["board:awareness",');
const EVENT_UPDATE = Buffer.from('42["board:update",');
const UPDATE_FIELD = Buffer.from('"update":"');
const QUOTE = 0x22;

function startsWith(frame: Buffer, prefix: Buffer): boolean {
  return frame.length >= prefix.length && frame.compare(prefix, 0, prefix.length, 0, prefix.length) === 0;
}

/** The base64 text of a frame's `"update":"…"` field: [start, end), or undefined. */
function updateField(frame: Buffer, from: number): [number, number] | undefined {
  const at = frame.indexOf(UPDATE_FIELD, from);
  if (at < 0) return undefined;
  const start = at + UPDATE_FIELD.length;
  const end = frame.indexOf(QUOTE, start);
  return end < 0 ? undefined : [start, end];
}

/** A minimal Socket.IO v5 client on one raw WebSocket. */
class RawSocketIo {
  readonly ws: WebSocket;
  /** Events other than the two hot board ones, decoded: [name, payload]. */
  onEvent: (name: string, payload: unknown) => void = () => undefined;
  /** Raw frames of the hot events: `board:awareness` and `board:update`. */
  onAwareness: (frame: Buffer) => void = () => undefined;
  onUpdate: (frame: Buffer) => void = () => undefined;
  /** Every received frame's payload size and kind, for the byte split. */
  onFrame: (kind: string, bytes: number) => void = () => undefined;
  private nextAckId = 0;
  private readonly acks = new Map<number, (args: unknown[]) => void>();
  readonly connected: Promise<void>;

  constructor(url: string, auth: unknown) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
    this.connected = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no connection within 20 s')), 20_000);
      this.ws.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      this.ws.on('close', () => {
        clearTimeout(timer);
        reject(new Error('closed before connecting'));
        for (const ack of this.acks.values()) ack([{ ok: false, error: { code: 'CLOSED', message: 'connection closed' } }]);
        this.acks.clear();
      });
      this.ws.on('message', (data: Buffer) => {
        const type = data[0];
        if (type === CHAR_4) {
          const sub = data[1];
          if (sub === CHAR_2) {
            if (startsWith(data, EVENT_AWARENESS)) {
              this.onFrame('board:awareness', data.length);
              this.onAwareness(data);
              return;
            }
            if (startsWith(data, EVENT_UPDATE)) {
              this.onFrame('board:update', data.length);
              this.onUpdate(data);
              return;
            }
            const [name, payload] = JSON.parse(data.toString('utf8', 2)) as [string, unknown];
            this.onFrame(name, data.length);
            this.onEvent(name, payload);
          } else if (sub === CHAR_3) {
            this.onFrame('other (acks)', data.length);
            const text = data.toString('utf8', 2);
            const bracket = text.indexOf('[');
            const id = Number(text.slice(0, bracket));
            const ack = this.acks.get(id);
            this.acks.delete(id);
            ack?.(JSON.parse(text.slice(bracket)) as unknown[]);
          } else if (sub === CHAR_0) {
            this.onFrame('other (socket.io connect)', data.length);
            clearTimeout(timer);
            resolve();
          } else if (sub === CHAR_4) {
            clearTimeout(timer);
            reject(new Error(`connect_error: ${data.toString('utf8', 2)}`));
          } else this.onFrame('other (socket.io)', data.length);
        } else if (type === CHAR_2) {
          this.onFrame('other (engine.io ping)', data.length);
          this.ws.send('3');
        } else if (type === CHAR_0) {
          // Engine.IO open: now connect to the default namespace with the handshake auth.
          this.onFrame('other (engine.io open)', data.length);
          this.ws.send(`40${JSON.stringify(auth)}`);
        } else this.onFrame('other (engine.io)', data.length);
      });
    });
  }

  /** Sends `42["name",payload]`; returns the frame's payload size. */
  emit(name: string, payload: unknown): number {
    const frame = `42${JSON.stringify([name, payload])}`;
    this.ws.send(frame);
    return Buffer.byteLength(frame);
  }

  /** Sends `42<id>["name",payload]` and resolves with the first argument of `43<id>[…]`. */
  emitWithAck<T>(name: string, payload: unknown, timeoutMs: number): Promise<T> {
    const id = this.nextAckId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        reject(new Error(`${name}: no acknowledgement within ${timeoutMs} ms`));
      }, timeoutMs);
      this.acks.set(id, (args) => {
        clearTimeout(timer);
        resolve(args[0] as T);
      });
      this.ws.send(`42${id}${JSON.stringify([name, payload])}`);
    });
  }
}

async function connectStackhouse(s: WorkerSetup, index: number): Promise<Annotator> {
  const socket = new RawSocketIo(s.url, { protocol: PROTOCOL_VERSION });
  socket.ws.on('error', (error) => noteError(`socket: ${String(error)}`));
  await socket.connected;
  let annotator: Annotator | undefined;
  socket.onFrame = (kind, bytes) => annotator?.countIn(kind, bytes);
  const joined = await socket.emitWithAck<Ack<JoinResult>>('player:join', { code: s.code, nickname: `annotator-${index}`, locale: 'en' }, 20_000);
  if (!joined.ok) throw new Error(`player:join: ${joined.error.code}`);
  const a = new Annotator(index, { id: joined.data.playerId, role: 'player' });
  annotator = a;

  socket.onAwareness = (frame) => {
    // Counted, not applied (see the header): the states it carries are the update's first var-uint.
    if (!a.counting) return;
    a.totals.cursorBytesIn += frame.length + wsFrameOverhead(frame.length, false);
    a.totals.cursorMessagesIn++;
    const field = updateField(frame, EVENT_AWARENESS.length);
    if (field) a.totals.cursorStatesIn += readVarUint(Buffer.from(frame.toString('latin1', field[0], Math.min(field[1], field[0] + 8)), 'base64'), 0)[0];
  };
  // May arrive before the board:join reply (the socket joins the board before its state is
  // read): the checker applies it at once, and the reply on top of it (section 14.3).
  socket.onUpdate = (frame) => {
    const field = updateField(frame, EVENT_UPDATE.length);
    if (!field) return noteError('board:update without an update field');
    a.received(Buffer.from(frame.toString('latin1', field[0], field[1]), 'base64'));
  };
  const state = await socket.emitWithAck<Ack<BoardState>>('board:join', { code: s.code, diagramId: DIAGRAM }, 20_000);
  if (!state.ok) throw new Error(`board:join: ${state.error.code}`);
  Y.applyUpdate(a.doc, Buffer.from(state.data.update, 'base64'), REMOTE);

  a.link = {
    tcp: () => (socket.ws as unknown as { _socket?: NetSocket })._socket,
    sendUpdate(update) {
      socket
        .emitWithAck<BoardUpdateAck>('board:update', { code: s.code, diagramId: DIAGRAM, update: Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('base64') }, 30_000)
        .then((ack) => {
          if (ack.ok) return;
          a.totals.editsRefused++;
          noteError(`board:update refused: ${ack.error.code}`);
          if (ack.state) a.replaceWith(Buffer.from(ack.state.update, 'base64'));
        })
        .catch((error: unknown) => noteError(`board:update: ${String(error)}`));
    },
    sendAwareness(update) {
      const bytes = socket.emit('board:awareness', { code: s.code, diagramId: DIAGRAM, update: Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('base64') });
      if (a.counting) a.totals.cursorBytesOut += bytes + wsFrameOverhead(bytes, true);
    },
    close: () => socket.ws.terminate(),
  };
  return a;
}

// ---------------------------------------------------------------------------------------
// y-websocket: y-protocols sync and awareness over a plain WebSocket

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

async function connectYWebsocket(s: WorkerSetup, index: number): Promise<Annotator> {
  const annotator = new Annotator(index, { id: `annotator-${index}`, role: 'player' });
  const ws = new WebSocket(`${s.url}/${s.code}`, { perMessageDeflate: false });
  ws.binaryType = 'nodebuffer';
  ws.on('error', (error) => noteError(`socket: ${String(error)}`));
  let isSynced = false;
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no sync within 20 s')), 20_000);
    ws.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    ws.on('message', (data: Buffer) => {
      const type = data[0];
      if (type === MESSAGE_AWARENESS) {
        // Counted, not applied: [1, length of the update, states, ...].
        if (!annotator.counting) return;
        annotator.countIn('awareness', data.length);
        annotator.totals.cursorBytesIn += data.length + wsFrameOverhead(data.length, false);
        annotator.totals.cursorMessagesIn++;
        annotator.totals.cursorStatesIn += readVarUint(data, readVarUint(data, 1)[1])[0];
        return;
      }
      annotator.countIn(type === MESSAGE_SYNC ? 'sync' : `type ${type}`, data.length);
      if (type !== MESSAGE_SYNC) return;
      if (isSynced && data[1] === syncProtocol.messageYjsUpdate) {
        // [0, 2, length of the update, update]: read, not applied (see the header).
        const [, start] = readVarUint(data, 2);
        annotator.received(data.subarray(start));
        return;
      }
      // Sync step 1 / 2 while connecting (and any later), with the real document.
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      decoding.readVarUint(decoder);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const syncType = syncProtocol.readSyncMessage(decoder, encoder, annotator.doc, REMOTE);
      if (encoding.length(encoder) > 1) ws.send(encoding.toUint8Array(encoder));
      if (syncType === syncProtocol.messageYjsSyncStep2) {
        isSynced = true;
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  // Sync step 1, as y-websocket's provider does on open.
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(step1, annotator.doc);
  ws.send(encoding.toUint8Array(step1));
  await synced;

  annotator.link = {
    tcp: () => (ws as unknown as { _socket?: NetSocket })._socket,
    sendUpdate(update) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      ws.send(encoding.toUint8Array(encoder));
    },
    sendAwareness(update) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, update);
      const message = encoding.toUint8Array(encoder);
      if (annotator.counting) annotator.totals.cursorBytesOut += message.byteLength + wsFrameOverhead(message.byteLength, true);
      ws.send(message);
    },
    close: () => ws.terminate(),
  };
  return annotator;
}

// ---------------------------------------------------------------------------------------

async function connectAll(s: WorkerSetup): Promise<void> {
  // A few at a time, so the server is not hit by every handshake at once.
  const connect = s.kind === 'stackhouse' ? connectStackhouse : connectYWebsocket;
  const queue = [...s.indexes];
  const lanes = Array.from({ length: 8 }, async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) annotators.push(await connect(s, index));
  });
  await Promise.all(lanes);
}

function run(schedule: WorkerSchedule): void {
  const s = setup!;
  const at = (time: number, action: () => void) => setTimeout(action, Math.max(0, time - Date.now()));
  const measureAt = schedule.startAt + schedule.warmupMs;
  const endAt = measureAt + schedule.measureMs;
  phase = 'warmup';
  for (const annotator of annotators) annotator.start(schedule, s.editIntervalMs, s.cursorIntervalMs);
  at(measureAt, () => {
    phase = 'measure';
    cpuAtMeasure = process.cpuUsage();
    loop.reset();
    loop.enable();
    for (const annotator of annotators) annotator.beginMeasure();
  });
  at(endAt, () => {
    for (const annotator of annotators) {
      annotator.endMeasure();
      annotator.stop();
    }
    const cpu = process.cpuUsage(cpuAtMeasure);
    cpuMicros = cpu.user + cpu.system;
    loop.disable();
    loopDelay = [Math.round(loop.percentile(99) / 1e5) / 10, Math.round(loop.max / 1e5) / 10];
    phase = 'drain';
  });
  at(endAt + schedule.drainMs, () => {
    for (const annotator of annotators) annotator.check();
    // Every edit seen; the orchestrator keeps those made during the measured window.
    const edits: [string, number, number][] = [];
    for (const [key, [count, latency]] of seen) edits.push([editKey(Math.floor(key / SEQ_SPACE), key % SEQ_SPACE), count, latency]);
    const report: WorkerReport = {
      clients: annotators.map((a) => a.totals),
      edits,
      made,
      deliveryHistogram: histogram,
      errors,
      cpuMicros,
      loopDelayP99Ms: loopDelay[0],
      loopDelayMaxMs: loopDelay[1],
      checkedNotes,
    };
    send({ type: 'report', report });
  });
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'setup') {
    setup = message.setup;
    if (workerKind && workerKind !== message.setup.kind) noteError(`worker started for ${workerKind}, set up for ${message.setup.kind}`);
    connectAll(message.setup).then(
      () => send({ type: 'connected' }),
      (error: unknown) => send({ type: 'error', message: `connecting: ${String(error)}` }),
    );
  } else if (message.type === 'start') {
    run(message.schedule);
  } else if (message.type === 'stop') {
    for (const annotator of annotators) {
      annotator.stop();
      annotator.awareness.destroy();
      annotator.link.close();
    }
    setTimeout(() => process.exit(0), 200);
  }
});

// Never outlive the orchestrator.
process.on('disconnect', () => process.exit(0));
