import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

/*
 * Messages between the live-room benchmark's processes (bench/live.ts, bench/live-server.ts,
 * bench/live-worker.ts) and the helpers they share: forking (pinning and /proc readings are
 * bench/processes.ts's, shared with bench/annotation.ts) and a lean raw Engine.IO v4 / Socket.IO v5 client (as
 * bench/annotator-worker.ts's RawSocketIo: socket.io-client is too heavy for thousands of
 * clients on one core).
 *
 * Every timestamp that crosses a process boundary is `monoMs()`: process.hrtime (Linux
 * CLOCK_MONOTONIC, one origin for every process of the machine) in milliseconds.
 */

/** CLOCK_MONOTONIC in ms (float, sub-microsecond precision for the uptimes of a machine). */
export function monoMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export type LiveServerKind = 'stackhouse' | 'baseline';

export interface RoomTicket {
  code: string;
  hostSecret: string;
}

/** Orchestrator -> server. */
/** The first question fan-out our server sent: its event (`player:round`) and payload, which the baseline broadcasts as is. */
export interface FanoutSample {
  event: string;
  payload: Record<string, unknown>;
}

/** Garbage-collection pauses of a process (perf_hooks 'gc' entries); `major` = mark-sweep-compact. */
export interface GcPauses {
  count: number;
  totalMs: number;
  maxMs: number;
  majorCount: number;
  majorMaxMs: number;
}

/** One collection that stopped the process's JavaScript: [start, monotonic ms; duration, ms; mark-sweep-compact]. */
export type GcPause = [number, number, boolean];

/**
 * Records this process's garbage-collection pauses on the monotonic clock the fan-out stamps
 * use, so a slow fan-out can be laid against the pauses of the server and of each load
 * process (bench/live.ts, `fanoutByQuestion`). Pauses under `minMs` are left out unless major.
 */
export function recordGcPauses(minMs = 2): { pauses: GcPause[]; reset(): void } {
  const pauses: GcPause[] = [];
  // performance.now() and process.hrtime() both run on CLOCK_MONOTONIC; only their origins differ.
  const offset = monoMs() - performance.now();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const major = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
      if (major || entry.duration >= minMs) pauses.push([entry.startTime + offset, entry.duration, major]);
    }
  }).observe({ entryTypes: ['gc'] });
  return { pauses, reset: () => void pauses.splice(0) };
}

export type ToLiveServer =
  /**
   * CPU and memory. `collect` (default true): a full collection first, so the heap figure is
   * live data; false before a game, where a forced collection would reset V8's heap sizing
   * for the game that follows (which a server in use never has).
   */
  | { type: 'usage'; collect?: boolean }
  | { type: 'loop'; reset: boolean }
  /** Baseline only: send `sample` (our question fan-out's event and payload) to every socket of room `code` (one broadcast). */
  | { type: 'fanout'; codes: string[]; questionIndex: number; sample: FanoutSample }
  | { type: 'report' }
  | { type: 'stop' };

/** One fan-out as the server saw it: when its state was committed, when its first and last emit started. */
export interface FanoutStamp {
  code: string;
  questionIndex: number;
  phase: string;
  /** Stackhouse: the event stored and applied (just before onCommit); baseline: just before the broadcast. */
  commitMs: number;
  firstEmitMs: number;
  lastEmitMs: number;
  /** Emits of this fan-out (one per player for ours, one broadcast for the baseline). */
  emits: number;
  /**
   * What the server process did from the commit to the last emit (`process.resourceUsage()`
   * deltas): CPU split into user and system time, page faults, context switches. It tells a
   * slow write that was the process's own work from one that was the system's (faults, the
   * CPU taken away).
   */
  usage?: FanoutUsage;
}

export interface FanoutUsage {
  userMs: number;
  systemMs: number;
  minorFaults: number;
  majorFaults: number;
  voluntarySwitches: number;
  involuntarySwitches: number;
}

/** The process's counters now, for `usageSince`. */
export function usageNow(): NodeJS.ResourceUsage {
  return process.resourceUsage();
}

export function usageSince(before: NodeJS.ResourceUsage): FanoutUsage {
  const after = process.resourceUsage();
  return {
    userMs: Math.round((after.userCPUTime - before.userCPUTime) / 100) / 10,
    systemMs: Math.round((after.systemCPUTime - before.systemCPUTime) / 100) / 10,
    minorFaults: after.minorPageFault - before.minorPageFault,
    majorFaults: after.majorPageFault - before.majorPageFault,
    voluntarySwitches: after.voluntaryContextSwitches - before.voluntaryContextSwitches,
    involuntarySwitches: after.involuntaryContextSwitches - before.involuntaryContextSwitches,
  };
}

/** Server -> orchestrator. */
export type FromLiveServer =
  | { type: 'ready'; url: string; rooms: RoomTicket[] }
  | { type: 'usage'; cpuMicros: number; rssBytes: number; heapUsedBytes: number }
  /** Event-loop delay since the last reset, and the garbage collector's pauses over the same time. */
  | { type: 'loop'; p50Ms: number; p99Ms: number; maxMs: number; coveredMs: number; gc: GcPauses }
  | { type: 'report'; stamps: FanoutStamp[]; sample: FanoutSample | null; gcPauses: GcPause[] }
  | { type: 'error'; message: string };

export interface PlayerSlot {
  /** Global player index. */
  index: number;
  code: string;
  /** Share (0..1) of the storm's spread after its start at which this player sends player:join. */
  joinAt: number;
}

export type WorkerRole = 'players' | 'hosts';

export interface LiveWorkerSetup {
  role: WorkerRole;
  kind: LiveServerKind;
  url: string;
  /** players: the clients of this worker. */
  players: PlayerSlot[];
  /** hosts: the rooms this worker hosts. */
  rooms: RoomTicket[];
  /** Players answer each question at a uniformly random time within this window after receiving it. */
  answerWindowMs: number;
  /** Hosts wait this long on the reveal and on the leaderboard before `next`. */
  hostPauseMs: number;
  questions: number;
}

/** Orchestrator -> worker. */
export type ToLiveWorker =
  | { type: 'setup'; setup: LiveWorkerSetup }
  | { type: 'join'; startMonoMs: number; spreadMs: number }
  | { type: 'play' }
  | { type: 'report'; stamps: Record<string, number> }
  | { type: 'stop' };

export interface JoinFigures {
  attempted: number;
  ok: number;
  /** Ack latencies (ms) of the successful joins. */
  ackMs: number[];
  failures: Record<string, number>;
}

export interface PlayersReport {
  role: 'players';
  /** Question fan-out latency per receipt (receipt - server commit), ms, by question index. */
  questionLatencyMs: Record<number, number[]>;
  /** Per fan-out key (`code|q|phase`): [first receipt, last receipt, receipts]. */
  receipts: Record<string, [number, number, number]>;
  answers: {
    sent: number;
    ackOk: number;
    refused: Record<string, number>;
    /** No acknowledgement (timeout or closed). */
    unacknowledged: number;
  };
  /** Per answer acked ok: [playerId, code, questionIndex, sentMonoMs, ackMs (sent -> acknowledged)]. */
  answerLog: [string, string, number, number, number][];
  /** player:state frames received whose (q, phase) the player had already had: its own view after its answer. */
  repeatFrames: number;
  bytesIn: number;
  cpuMicros: number;
  loopDelayP99Ms: number;
  /** This load process's GC pauses during the game. */
  gcPauses: GcPause[];
  errors: string[];
}

export interface HostsReport {
  role: 'hosts';
  /** code -> question -> playerId -> monotonic ms the host first saw that player's answer counted. */
  tallies: Record<string, Record<number, Record<string, number>>>;
  /** code -> question -> answeredCount on the reveal. */
  revealCounts: Record<string, Record<number, number>>;
  hostFrames: number;
  hostBytes: number;
  finished: number;
  cpuMicros: number;
  /** The host process's GC pauses during the game (it shares the load core with the players). */
  gcPauses: GcPause[];
  errors: string[];
}

/** Worker -> orchestrator. */
export type FromLiveWorker =
  | { type: 'connected'; failed: number }
  | { type: 'joined'; joins: JoinFigures }
  | { type: 'progress'; done: number }
  | { type: 'report'; report: PlayersReport | HostsReport }
  | { type: 'error'; message: string };

// ---------------------------------------------------------------------------------------
// Processes (as bench/annotation.ts)

export { cpuCount, LOAD_CPUS, machineBusyMicros, nextMessage, pin, procUsage, SERVER_CPUS } from './processes';

const here = path.dirname(fileURLToPath(import.meta.url));

/** BENCH_PROF=<dir>: a V8 CPU profile of every process, one folder per kind of process. */
const PROFILE_DIR = process.env.BENCH_PROF;

export function forkTs(file: string, args: string[] = [], extraExecArgv: string[] = []): ChildProcess {
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.join(path.resolve(PROFILE_DIR), [path.basename(file, '.ts'), ...args].join('-'))}`] : [];
  return fork(path.join(here, file), args, { execArgv: ['--import', 'tsx', ...extraExecArgv, ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
}


export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (child.connected) child.send({ type: 'stop' });
    else child.kill('SIGTERM');
  });
}



/** Value at quantile q (0..1) of sorted values. */
export function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

// ---------------------------------------------------------------------------------------
// A lean Socket.IO client over raw ws (websocket transport only)

const CHAR_0 = 0x30;
const CHAR_2 = 0x32;
const CHAR_3 = 0x33;
const CHAR_4 = 0x34;

export class RawSocketIo {
  readonly ws: WebSocket;
  /** Every `42[...]` event frame, undecoded (the receiver reads what it needs from the bytes). */
  onEventFrame: (frame: Buffer) => void = () => undefined;
  bytesIn = 0;
  private nextAckId = 0;
  /** Pending acks: called with the ack's arguments as JSON text (`[...]`), or null. */
  private readonly acks = new Map<number, (args: string | null) => void>();
  readonly connected: Promise<void>;

  constructor(url: string, auth: unknown) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
    this.connected = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no connection within 30 s')), 30_000);
      this.ws.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      this.ws.on('close', () => {
        clearTimeout(timer);
        reject(new Error('closed before connecting'));
        for (const ack of this.acks.values()) ack(null);
        this.acks.clear();
      });
      this.ws.on('message', (data: Buffer) => {
        this.bytesIn += data.length;
        const type = data[0];
        if (type === CHAR_4) {
          const sub = data[1];
          if (sub === CHAR_2) this.onEventFrame(data);
          else if (sub === CHAR_3) {
            const text = data.toString('utf8', 2);
            const bracket = text.indexOf('[');
            const id = Number(text.slice(0, bracket));
            const ack = this.acks.get(id);
            this.acks.delete(id);
            ack?.(text.slice(bracket));
          } else if (sub === CHAR_0) {
            clearTimeout(timer);
            resolve();
          } else if (sub === CHAR_4) {
            clearTimeout(timer);
            reject(new Error(`connect_error: ${data.toString('utf8', 2)}`));
          }
        } else if (type === CHAR_2) this.ws.send('3');
        else if (type === CHAR_0) this.ws.send(`40${JSON.stringify(auth)}`);
      });
    });
  }

  /**
   * Sends `42<id>["name",payload]`; resolves with the ack's first argument, or null if none
   * came in time. `decode` reads the arguments' JSON text (all of it, by default): a
   * receiver that needs a few fields of a big ack can read them without parsing it.
   */
  emitWithAck<T>(name: string, payload: unknown, timeoutMs: number, decode: (args: string) => T = (args) => (JSON.parse(args) as unknown[])[0] as T): Promise<T | null> {
    const id = this.nextAckId++;
    return new Promise<T | null>((resolve) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        resolve(null);
      }, timeoutMs);
      this.acks.set(id, (args) => {
        clearTimeout(timer);
        resolve(args === null ? null : decode(args));
      });
      this.ws.send(`42${id}${JSON.stringify([name, payload])}`);
    });
  }

  close(): void {
    this.ws.terminate();
  }
}
