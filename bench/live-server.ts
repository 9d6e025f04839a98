import fs from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server } from 'socket.io';
import { LiveRoom } from '../server/live/live-room';
import { createSession, removeTempDirs, startServer } from '../tests/integration/support/live-server';
import { singleChoiceQuiz } from './bench-quiz';
import { monoMs, recordGcPauses, usageNow, usageSince, type FanoutSample, type FanoutStamp, type GcPauses, type FromLiveServer, type LiveServerKind, type RoomTicket, type ToLiveServer } from './live-shared';

/*
 * The server under test of the live-room benchmark, in its own process (pinned to a core by
 * bench/live.ts):
 *
 * - `stackhouse`: the real application (createApplication via tests/integration/support,
 *   SQLite in a temporary directory), a quiz of `questions` single-choice questions, `rooms`
 *   live sessions. Join limits and the room size cap are raised (every player joins from
 *   127.0.0.1 within 5 s).
 * - `baseline`: a bare Socket.io server with no logic: a socket joins a room on `player:join`
 *   and, when told, the server broadcasts the frame our server started a question with (a
 *   `player:round`, same event, same bytes) to the room: one encode, N writes.
 *
 * Fan-out timestamps are taken here, without touching the protocol: for ours, a wrapper of
 * LiveRoom's private `reschedule` (called right after an event is stored and applied, just
 * before onCommit fans it out) stamps the commit per room; a wrapper of Socket.io's
 * BroadcastOperator.emit notes the first and last `player:state` / `player:round` emit of each
 * (room, question, phase). Stamps are process.hrtime (CLOCK_MONOTONIC), which the clients read too.
 *
 *   node --import tsx bench/live-server.ts <stackhouse|baseline> <rooms> <questions> <limitSec>
 */

const kind = process.argv[2] as LiveServerKind;
const roomCount = Number(process.argv[3] ?? 1);
const questionCount = Number(process.argv[4] ?? 30);
const limitSec = Number(process.argv[5] ?? 5);

function send(message: FromLiveServer): void {
  process.send?.(message);
}

const stamps = new Map<string, FanoutStamp>();
let sample: FanoutSample | null = null;

/** Stamps of commits per session code (see the header), and a count of them. */
const commitAt = new Map<string, { at: number; seq: number; usage: NodeJS.ResourceUsage | null }>();
let commits = 0;
/** The commit each stamp's fan-out belongs to: later emits of the same (question, phase) to one player (an answer's own view) are not part of it. */
const stampCommit = new Map<string, number>();

function instrument(io: Server): void {
  const proto = LiveRoom.prototype as unknown as { reschedule: (this: LiveRoom) => void };
  const reschedule = proto.reschedule;
  proto.reschedule = function (this: LiveRoom) {
    // Also called from the constructor (before `record` is set by some paths) and for early ticks.
    // The process's counters (a getrusage, ~25 µs) only where a question starts: taken at
    // every commit and after every emit they cost the server ~3 s of a 45 s game at 2,000
    // players (an answer is a commit; a reveal was 2,000 emits), and skewed what it measures.
    if (this.record) commitAt.set(this.code, { at: monoMs(), seq: ++commits, usage: this.state.phase === 'question' && !stamps.has(`${this.code}|${this.state.questionIndex}|question`) ? usageNow() : null });
    return reschedule.call(this);
  };
  const operatorProto = Object.getPrototypeOf(io.to('bench-probe')) as { emit: (this: unknown, event: string, ...args: unknown[]) => boolean };
  const emit = operatorProto.emit;
  operatorProto.emit = function (this: unknown, event: string, ...args: unknown[]) {
    // A question starts as one player:round per language; whole player:state views go to
    // players with their own timer; a reveal or a leaderboard is each player's own part
    // (player:own) and then one round per language.
    if (event !== 'player:state' && event !== 'player:round' && event !== 'player:own') return emit.call(this, event, ...args);
    {
      const now = monoMs();
      const view = args[0] as { code: string; questionIndex: number; phase: string };
      const key = `${view.code}|${view.questionIndex}|${view.phase}`;
      const commit = commitAt.get(view.code);
      let stamp = stamps.get(key);
      if (!stamp) {
        stamp = { code: view.code, questionIndex: view.questionIndex, phase: view.phase, commitMs: commit?.at ?? now, firstEmitMs: now, lastEmitMs: now, emits: 0 };
        stamps.set(key, stamp);
        stampCommit.set(key, commit?.seq ?? -1);
        if (!sample && view.phase === 'question') sample = { event, payload: JSON.parse(JSON.stringify(view)) as Record<string, unknown> };
      }
      const result = emit.call(this, event, ...args);
      // After the emit: a broadcast returns once it has written to every socket of the room.
      if (stampCommit.get(key) === (commit?.seq ?? -1)) {
        stamp.lastEmitMs = monoMs();
        stamp.emits++;
        if (commit?.usage) stamp.usage = usageSince(commit.usage);
      }
      return result;
    }
  };
}

async function main(): Promise<() => Promise<void>> {
  if (kind === 'stackhouse') {
    const server = await startServer({
      quizzes: [singleChoiceQuiz('bench-live', questionCount, limitSec)],
      limits: { joinsPerAddressBurst: 1_000_000, joinsPerAddressPerSecond: 1_000_000, joinsPerRoomBurst: 1_000_000, joinsPerRoomPerSecond: 1_000_000, maxPlayersPerRoom: 1_000_000 },
    });
    instrument(server.app.io as unknown as Server);
    const rooms: RoomTicket[] = [];
    for (let i = 0; i < roomCount; i++) rooms.push(await createSession(server.url, { quizId: 'bench-live', scoring: 'speed' }));
    send({ type: 'ready', url: server.url, rooms });
    return async () => {
      await server.stop();
      removeTempDirs();
    };
  }
  if (kind === 'baseline') {
    const httpServer = http.createServer();
    const io = new Server(httpServer, { perMessageDeflate: false });
    io.on('connection', (socket) => {
      socket.on('player:join', (payload: { code: string }, ack: (r: unknown) => void) => {
        void socket.join(payload.code);
        ack({ ok: true, data: { playerId: socket.id } });
      });
    });
    process.on('message', (message: ToLiveServer) => {
      if (message.type !== 'fanout') return;
      for (const code of message.codes) {
        const at = monoMs();
        io.to(code).emit(message.sample.event, { ...message.sample.payload, code, questionIndex: message.questionIndex, phase: 'question' });
        const done = monoMs();
        stamps.set(`${code}|${message.questionIndex}|question`, { code, questionIndex: message.questionIndex, phase: 'question', commitMs: at, firstEmitMs: at, lastEmitMs: done, emits: 1 });
      }
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve()));
    const { port } = httpServer.address() as AddressInfo;
    const rooms = Array.from({ length: roomCount }, (_, i) => ({ code: `room-${i}`, hostSecret: '' }));
    send({ type: 'ready', url: `http://127.0.0.1:${port}`, rooms });
    return async () => {
      io.disconnectSockets(true);
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    };
  }
  throw new Error(`unknown server kind ${kind}`);
}

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
let loopResetAt = Date.now();

// GC pauses over the same window, every one (a game has a few hundred): a major collection
// in the middle of a fan-out is what makes one question's fan-out several times slower than
// the others (bench/README.md). The loop report sums them; the report lists them.
const gcPauses = recordGcPauses(0);

function gcSummary(): GcPauses {
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const all = gcPauses.pauses.map(([, ms]) => ms);
  const major = gcPauses.pauses.filter(([, , isMajor]) => isMajor).map(([, ms]) => ms);
  return {
    count: all.length,
    totalMs: r1(all.reduce((a, b) => a + b, 0)),
    maxMs: r1(Math.max(0, ...all)),
    majorCount: major.length,
    majorMaxMs: r1(Math.max(0, ...major)),
  };
}

/*
 * BENCH_HEAP_PROF=<dir>: V8's sampling heap profiler over the whole run, counting objects the
 * collector has freed too (what a run allocates, not what it keeps): the place to start when
 * a question's write meets a major GC's marking (bench/README.md). Written at the report as
 * <dir>/<kind>.heapprofile (opens in Chromium's DevTools, Memory tab).
 */
const heapProfileDir = process.env.BENCH_HEAP_PROF;
const heapSession = heapProfileDir ? new Session() : null;

async function startHeapProfile(): Promise<void> {
  if (!heapSession) return;
  heapSession.connect();
  // BENCH_HEAP_PROF_OLD=1: leave out what scavenges free, so what is left is what reached
  // the old generation (kept, or garbage only a major collection frees: what makes them).
  const youngToo = !process.env.BENCH_HEAP_PROF_OLD;
  await heapSession.post('HeapProfiler.startSampling', { samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: youngToo });
}

async function writeHeapProfile(): Promise<void> {
  if (!heapSession || !heapProfileDir) return;
  const { profile } = await heapSession.post('HeapProfiler.stopSampling');
  fs.mkdirSync(heapProfileDir, { recursive: true });
  fs.writeFileSync(`${heapProfileDir}/${kind}.heapprofile`, JSON.stringify(profile));
}

main().then(
  async (stop) => {
    await startHeapProfile();
    process.on('message', (message: ToLiveServer) => {
      if (message.type === 'loop') {
        if (message.reset) {
          loopResetAt = Date.now();
          gcPauses.reset();
          return loop.reset();
        }
        const ms = (ns: number) => Math.round(ns / 1e5) / 10;
        send({
          type: 'loop',
          p50Ms: ms(loop.percentile(50)),
          p99Ms: ms(loop.percentile(99)),
          maxMs: ms(loop.max),
          coveredMs: Date.now() - loopResetAt,
          gc: gcSummary(),
        });
      } else if (message.type === 'usage') {
        // A full collection first when asked (the server runs with --expose-gc), so heap figures are live data.
        if (message.collect !== false) (globalThis as { gc?: () => void }).gc?.();
        const cpu = process.cpuUsage();
        const memory = process.memoryUsage();
        send({ type: 'usage', cpuMicros: cpu.user + cpu.system, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed });
      } else if (message.type === 'report') {
        void writeHeapProfile().finally(() => send({ type: 'report', stamps: [...stamps.values()], sample, gcPauses: gcPauses.pauses }));
      } else if (message.type === 'stop') {
        stop().finally(() => process.exit(0));
      }
    });
  },
  (error: unknown) => {
    send({ type: 'error', message: String(error) });
    process.exit(1);
  },
);

process.on('disconnect', () => process.exit(0));
