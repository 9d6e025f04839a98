/*
 * Messages between the annotation benchmark's processes (bench/annotation.ts, its server
 * processes and its annotator workers), and the small helpers they share.
 */

export type ServerKind = 'stackhouse' | 'y-websocket';

/** Orchestrator -> server process. */
export type ToServer = { type: 'usage' } | { type: 'loop'; reset: boolean } | { type: 'stop' };
/** Server process -> orchestrator. */
export type FromServer =
  | { type: 'ready'; url: string; code: string }
  | { type: 'usage'; cpuMicros: number; rssBytes: number; heapUsedBytes: number }
  /** Answer to `loop` without reset: event-loop delay since the last reset, `coveredMs` ago (perf_hooks.monitorEventLoopDelay, 10 ms resolution). */
  | { type: 'loop'; p50Ms: number; p99Ms: number; maxMs: number; coveredMs: number }
  | { type: 'error'; message: string };

export interface WorkerSetup {
  kind: ServerKind;
  url: string;
  /** Session code (stackhouse) or room name (y-websocket). */
  code: string;
  /** Global indexes of this worker's annotators. */
  indexes: number[];
  /** Annotators in the room, all workers together. */
  roomSize: number;
  editIntervalMs: number;
  cursorIntervalMs: number;
}

export interface WorkerSchedule {
  /** Epoch ms at which edits and cursors start. */
  startAt: number;
  warmupMs: number;
  measureMs: number;
  drainMs: number;
}

/** Orchestrator -> worker. */
export type ToWorker = { type: 'setup'; setup: WorkerSetup } | { type: 'start'; schedule: WorkerSchedule } | { type: 'stop' };

export interface ClientTotals {
  /** TCP bytes on the client's socket during the measured window (WebSocket frames, TLS none). */
  bytesIn: number;
  bytesOut: number;
  /** Awareness (cursor) messages during the window: WebSocket payload plus frame header. */
  cursorBytesIn: number;
  cursorBytesOut: number;
  cursorMessagesIn: number;
  /** Cursor states carried by the awareness messages received. */
  cursorStatesIn: number;
  /** Received WebSocket messages' bytes (payload and frame header) by event or message type. */
  messageBytesIn: Record<string, number>;
  editsSent: number;
  /** Cursor updates sent during the window (10 per second when the load keeps up). */
  cursorsSent: number;
  editsRefused: number;
}

export interface WorkerReport {
  clients: ClientTotals[];
  /** Per measured edit: [editKey, receivers that saw it, latest receipt - edit time (ms)]. */
  edits: [string, number, number][];
  /** Measured edits made by this worker's clients: [editKey]. */
  made: string[];
  /** Per (edit, receiver) delivery latency histogram: index = ms, last = overflow. */
  deliveryHistogram: number[];
  errors: string[];
  /** CPU time (user + system) this worker process used during the window. */
  cpuMicros: number;
  /** Event-loop delay of this worker during the window (monitorEventLoopDelay): p99 and max, ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Notes the checker annotator compared between its applied document and the bytes it read (0 in workers without it). */
  checkedNotes: number;
}

/** Worker -> orchestrator. */
export type FromWorker = { type: 'connected' } | { type: 'report'; report: WorkerReport } | { type: 'error'; message: string };

export const HISTOGRAM_MAX_MS = 30_000;

/** WebSocket frame header size for a payload (RFC 6455), masked when sent by a client. */
export function wsFrameOverhead(payloadBytes: number, masked: boolean): number {
  const base = payloadBytes < 126 ? 2 : payloadBytes < 65_536 ? 4 : 10;
  return base + (masked ? 4 : 0);
}

/**
 * Text of an annotator's note: the author's index, the edit's sequence number and its epoch-ms
 * timestamp. The author is in the text so that a receiver can tell whose edit an update
 * carries from the update's bytes alone (an edit of an existing note names the note only by
 * its Yjs item id), without applying it to a document: see bench/annotator-worker.ts.
 */
export function editText(index: number, seq: number, at: number): string {
  return `edit ${index}.${seq} at ${at}`;
}

export function parseEditText(text: unknown): { index: number; seq: number; at: number } | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^edit (\d+)\.(\d+) at (\d+)$/.exec(text);
  return match ? { index: Number(match[1]), seq: Number(match[2]), at: Number(match[3]) } : undefined;
}

export function noteIdOf(index: number): string {
  return `bench-note-${index}`;
}
