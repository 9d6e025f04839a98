import type { Socket as NetSocket } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../lib/board/codec';
import { createBoardDoc, notesOf, type BoardActor } from '../lib/board/model';
import { addNote, editNote } from '../lib/board/notes';
import type { DiagramId } from '../lib/diagram/ids';
import type { BoardState, BoardUpdate, BoardUpdateAck, ClientToServerEvents, JoinResult, ServerToClientEvents, Ack } from '../lib/protocol/events';
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
 * Each simulated annotator keeps a real Yjs board document in step with the server under
 * test, adds then edits its own note about once a second (the text carries the edit's time)
 * and sends its cursor as a y-protocols awareness update at 10 Hz. Receivers note when each
 * edit reaches them; bytes are counted on each client's TCP socket.
 *
 * Received awareness updates are counted, not applied: both servers' clients skip the same
 * work, so the load process measures the servers rather than its own awareness bookkeeping.
 */

const DIAGRAM: DiagramId = 'house-apartment';
const REMOTE = Symbol('remote');
const REGION = 'ha-house' as const;

let setup: WorkerSetup | undefined;
const annotators: Annotator[] = [];
const errors: string[] = [];
/** editKey -> [receivers, latest latency]. */
const seen = new Map<string, [number, number]>();
const made: string[] = [];
const histogram: number[] = new Array<number>(HISTOGRAM_MAX_MS + 1).fill(0);
let cpuAtMeasure: NodeJS.CpuUsage | undefined;
let cpuMicros = 0;
let phase: 'idle' | 'warmup' | 'measure' | 'drain' = 'idle';

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

  /** Received WebSocket message bytes (payload and frame header) by kind, while measuring. */
  countIn(kind: string, payloadBytes: number): void {
    if (!this.counting) return;
    this.totals.messageBytesIn[kind] = (this.totals.messageBytesIn[kind] ?? 0) + payloadBytes + wsFrameOverhead(payloadBytes, false);
  }
  /** Cursor bytes counted only while measuring. */
  counting = false;
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
    this.awareness = new Awareness(this.doc);
    this.observe();
  }

  /** Sends each local transaction's update, as the browser client (components/board/useBoard.ts) and y-websocket's provider do. */
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) this.link.sendUpdate(update);
  };

  /** Watches remote changes of notes: each new edit text is one delivery. */
  observe(): void {
    this.doc.on('update', this.onUpdate);
    notesOf(this.doc).observeDeep((events, transaction) => {
      if (transaction.origin !== REMOTE) return;
      const touched = new Set<Y.Map<unknown>>();
      for (const event of events) {
        if (event.target === notesOf(this.doc)) {
          for (const key of (event as Y.YMapEvent<unknown>).keysChanged) {
            const note = notesOf(this.doc).get(key);
            if (note instanceof Y.Map) touched.add(note as Y.Map<unknown>);
          }
        } else if (event.target instanceof Y.Map && event.target.parent === notesOf(this.doc)) {
          touched.add(event.target as Y.Map<unknown>);
        }
      }
      const now = Date.now();
      for (const note of touched) {
        const id = note.get('id');
        if (typeof id !== 'string' || id === this.noteId) continue;
        const edit = parseEditText(note.get('text'));
        if (!edit) continue;
        recordDelivery(`${id}#${edit.seq}`, edit.at, now);
      }
    });
  }

  /** Rebuilds the document from the server's state (a refused update). */
  replaceWith(update: Uint8Array): void {
    const doc = createBoardDoc();
    Y.applyUpdate(doc, update, REMOTE);
    this.doc.destroy();
    this.doc = doc;
    this.observe();
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
    const text = editText(seq, at);
    if (!this.hasNote) {
      addNote(this.doc, this.actor, { id: this.noteId, kind: 'note', regionId: REGION, x: Math.random(), y: Math.random(), text, createdAt: at });
      this.hasNote = true;
    } else {
      editNote(this.doc, this.actor, this.noteId, { text, x: Math.random(), y: Math.random() });
    }
    if (phase === 'measure') {
      made.push(`${this.noteId}#${seq}`);
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

function recordDelivery(key: string, at: number, now: number): void {
  if (phase === 'idle') return;
  const latency = Math.max(0, now - at);
  if (phase !== 'warmup') histogram[Math.min(latency, HISTOGRAM_MAX_MS)]!++;
  const entry = seen.get(key);
  if (entry) {
    entry[0]++;
    if (latency > entry[1]) entry[1] = latency;
  } else seen.set(key, [1, latency]);
}

// ---------------------------------------------------------------------------------------
// Stackhouse: Socket.io, section 14 of docs/protocol.md

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function engineTcp(socket: ClientSocket): NetSocket | undefined {
  // engine.io-client's websocket transport in Node wraps a `ws` WebSocket.
  const transport = (socket.io as unknown as { engine?: { transport?: { ws?: { _socket?: NetSocket } } } }).engine?.transport;
  return transport?.ws?._socket;
}

async function connectStackhouse(s: WorkerSetup, index: number): Promise<Annotator> {
  const socket: ClientSocket = io(s.url, {
    auth: { protocol: PROTOCOL_VERSION },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no connection within 20 s')), 20_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  const joined = (await socket.timeout(20_000).emitWithAck('player:join', { code: s.code, nickname: `annotator-${index}`, locale: 'en' })) as Ack<JoinResult>;
  if (!joined.ok) throw new Error(`player:join: ${joined.error.code}`);
  const annotator = new Annotator(index, { id: joined.data.playerId, role: 'player' });

  // Cursor bytes: engine.io packets whose Socket.io event is board:awareness.
  const engine = (socket.io as unknown as { engine: { on(event: string, listener: (packet: { type: string; data?: unknown }) => void): void } }).engine;
  const isCursor = (packet: { type: string; data?: unknown }) => packet.type === 'message' && typeof packet.data === 'string' && packet.data.startsWith('2["board:awareness"');
  engine.on('packet', (packet) => {
    if (!annotator.counting) return;
    const size = 1 + (typeof packet.data === 'string' ? Buffer.byteLength(packet.data) : 0);
    const event = typeof packet.data === 'string' ? /^\d+\["([^"]+)"/.exec(packet.data)?.[1] : undefined;
    annotator.countIn(event ?? `other (acks, engine.io ${packet.type})`, size);
    if (!isCursor(packet)) return;
    annotator.totals.cursorBytesIn += size + wsFrameOverhead(size, false);
    annotator.totals.cursorMessagesIn++;
  });
  engine.on('packetCreate', (packet) => {
    if (!annotator.counting || !isCursor(packet)) return;
    const size = 1 + Buffer.byteLength(packet.data as string);
    annotator.totals.cursorBytesOut += size + wsFrameOverhead(size, true);
  });

  socket.on('board:update', (payload: BoardUpdate) => {
    Y.applyUpdate(annotator.doc, fromBase64(payload.update), REMOTE);
  });
  socket.on('board:awareness', (payload: BoardUpdate) => {
    // Counted, not applied (see the header): the states it carries are its first var-uint.
    if (annotator.counting) annotator.totals.cursorStatesIn += decoding.readVarUint(decoding.createDecoder(fromBase64(payload.update.slice(0, 8))));
  });
  const state = (await socket.timeout(20_000).emitWithAck('board:join', { code: s.code, diagramId: DIAGRAM })) as Ack<BoardState>;
  if (!state.ok) throw new Error(`board:join: ${state.error.code}`);
  Y.applyUpdate(annotator.doc, fromBase64(state.data.update), REMOTE);

  annotator.link = {
    tcp: () => engineTcp(socket),
    sendUpdate(update) {
      socket
        .timeout(30_000)
        .emitWithAck('board:update', { code: s.code, diagramId: DIAGRAM, update: toBase64(update) })
        .then((ack: BoardUpdateAck) => {
          if (ack.ok) return;
          annotator.totals.editsRefused++;
          noteError(`board:update refused: ${ack.error.code}`);
          if (ack.state) annotator.replaceWith(fromBase64(ack.state.update));
        })
        .catch((error: unknown) => noteError(`board:update: ${String(error)}`));
    },
    sendAwareness(update) {
      socket.emit('board:awareness', { code: s.code, diagramId: DIAGRAM, update: toBase64(update) });
    },
    close: () => socket.close(),
  };
  return annotator;
}

// ---------------------------------------------------------------------------------------
// y-websocket: y-protocols sync and awareness over a plain WebSocket

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

async function connectYWebsocket(s: WorkerSetup, index: number): Promise<Annotator> {
  const annotator = new Annotator(index, { id: `annotator-${index}`, role: 'player' });
  const ws = new WebSocket(`${s.url}/${s.code}`);
  ws.binaryType = 'nodebuffer';
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no sync within 20 s')), 20_000);
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    ws.on('message', (data: Buffer) => {
      const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      annotator.countIn(type === MESSAGE_AWARENESS ? 'awareness' : type === MESSAGE_SYNC ? 'sync' : `type ${type}`, message.byteLength);
      if (type === MESSAGE_AWARENESS) {
        if (annotator.counting) {
          annotator.totals.cursorBytesIn += message.byteLength + wsFrameOverhead(message.byteLength, false);
          annotator.totals.cursorMessagesIn++;
          decoding.readVarUint(decoder); // length of the awareness update
          annotator.totals.cursorStatesIn += decoding.readVarUint(decoder);
        }
        return;
      }
      if (type !== MESSAGE_SYNC) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const syncType = syncProtocol.readSyncMessage(decoder, encoder, annotator.doc, REMOTE);
      if (encoding.length(encoder) > 1) ws.send(encoding.toUint8Array(encoder));
      if (syncType === syncProtocol.messageYjsSyncStep2) {
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
    for (const annotator of annotators) annotator.beginMeasure();
  });
  at(endAt, () => {
    for (const annotator of annotators) {
      annotator.endMeasure();
      annotator.stop();
    }
    const cpu = process.cpuUsage(cpuAtMeasure);
    cpuMicros = cpu.user + cpu.system;
    phase = 'drain';
  });
  at(endAt + schedule.drainMs, () => {
    // Every edit seen; the orchestrator keeps those made during the measured window.
    const edits: [string, number, number][] = [];
    for (const [key, [count, latency]] of seen) edits.push([key, count, latency]);
    const report: WorkerReport = {
      clients: annotators.map((a) => a.totals),
      edits,
      made,
      deliveryHistogram: histogram,
      errors,
      cpuMicros,
    };
    send({ type: 'report', report });
  });
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'setup') {
    setup = message.setup;
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
