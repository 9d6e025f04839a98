import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cpuCount,
  forkTs,
  LOAD_CPUS,
  machineBusyMicros,
  monoMs,
  nextMessage,
  pin,
  procUsage,
  quantile,
  round1,
  SERVER_CPUS,
  stopChild,
  type FanoutSample,
  type FanoutStamp,
  type GcPause,
  type FanoutUsage,
  type FromLiveServer,
  type FromLiveWorker,
  type HostsReport,
  type JoinFigures,
  type LiveServerKind,
  type LiveWorkerSetup,
  type PlayersReport,
  type RoomTicket,
  type ToLiveServer,
  type ToLiveWorker,
} from './live-shared';

/*
 * Live-room benchmark: N simulated players join one room (or spread over several) and play
 * a whole quiz against our server, and the same players receive the same fan-outs from a
 * bare Socket.io server in the same run.
 *
 *   npm run bench:live -- [--sizes 100,500,1000,2000] [--multi 10000x200] [--step 5000,7000,10000]
 *                         [--questions 30] [--warmup 3] [--answer-window 1000] [--budget 400] [--workers 4]
 *                         [--no-pin] [--no-baseline] [--step-baseline] [--out file]
 *
 * Per size: the server in its own process (pinned to CPU 0 where `taskset` exists), players
 * in `--workers` forked processes and the host consoles in one more (pinned to the other
 * CPUs). See bench/README.md for what each figure means. Writes bench/results/live.json.
 */

const here = path.dirname(fileURLToPath(import.meta.url));

interface Options {
  sizes: number[];
  multi: { players: number; rooms: number }[];
  step: number[];
  questions: number;
  /**
   * Fan-outs played before the measured ones on both sides and not counted in the fan-out
   * figures (reported apart as the cold ones): the first two or three of a run are 2-4x
   * slower on both servers, the bare one too, whatever comes first (bench/README.md).
   */
  warmup: number;
  answerWindowMs: number;
  hostPauseMs: number;
  joinSpreadMs: number;
  limitSec: number;
  /** Seconds after which the step-up starts no new size. */
  budgetSec: number;
  /** Seconds kept aside for each multi-room run (they run after the step-up). */
  multiReserveSec: number;
  capacityP99Ms: number;
  workers: number;
  pin: boolean;
  baseline: boolean;
  /** The bare Socket.io baseline on the step-up sizes too (off by default: time). */
  stepBaseline: boolean;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    sizes: [100, 500, 1000, 2000],
    multi: [{ players: 10_000, rooms: 200 }],
    step: [5000, 7000, 10_000],
    questions: 30,
    warmup: 3,
    answerWindowMs: 800,
    hostPauseMs: 50,
    joinSpreadMs: 5000,
    limitSec: 3,
    budgetSec: 430,
    multiReserveSec: 140,
    capacityP99Ms: 250,
    workers: 4,
    pin: true,
    baseline: true,
    stepBaseline: false,
    out: path.join(here, 'results', 'live.json'),
  };
  const list = (v: string) => v.split(',').filter(Boolean).map((n) => Number.parseInt(n, 10)).filter((n) => n > 0);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    switch (flag) {
      case '--sizes':
        options.sizes = list(value());
        break;
      case '--multi':
        options.multi = value()
          .split(',')
          .filter(Boolean)
          .map((m) => {
            const [players, rooms] = m.split('x').map(Number);
            return { players: players!, rooms: rooms! };
          });
        break;
      case '--step':
        options.step = list(value());
        break;
      case '--questions':
        options.questions = Number(value());
        break;
      case '--warmup':
        options.warmup = Math.max(0, Number.parseInt(value(), 10));
        break;
      case '--answer-window':
        options.answerWindowMs = Number(value());
        break;
      case '--host-pause':
        options.hostPauseMs = Number(value());
        break;
      case '--budget':
        options.budgetSec = Number(value());
        break;
      case '--multi-reserve':
        options.multiReserveSec = Number(value());
        break;
      case '--workers':
        options.workers = Math.max(1, Number.parseInt(value(), 10));
        break;
      case '--no-pin':
        options.pin = false;
        break;
      case '--no-baseline':
        options.baseline = false;
        break;
      case '--step-baseline':
        options.stepBaseline = true;
        break;
      case '--out':
        options.out = path.resolve(value());
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------
// One server, one size

interface Side {
  kind: LiveServerKind;
  players: number;
  rooms: number;
  joins: JoinFigures;
  connectFailed: number;
  stamps: FanoutStamp[];
  /** The server's GC pauses during the game. */
  gcPauses: GcPause[];
  playersReports: PlayersReport[];
  hosts: HostsReport | null;
  sample: FanoutSample | null;
  gameSeconds: number;
  serverCpuPct: number;
  loadCpuPct: number;
  otherCpuPct: number | null;
  loop: Extract<FromLiveServer, { type: 'loop' }> | null;
  rssIdleBytes: number;
  rssJoinedBytes: number;
  rssMaxBytes: number;
  heapIdleBytes: number;
  /** Live heap after the game (a full collection first): the room, its players and every answer. */
  heapAfterGameBytes: number;
  pinned: boolean;
  errors: string[];
}

async function askServer<T extends FromLiveServer['type']>(server: ChildProcess, message: ToLiveServer, type: T, timeoutMs = 30_000): Promise<Extract<FromLiveServer, { type: T }>> {
  const answer = nextMessage<FromLiveServer>(server, (m) => m.type === type, timeoutMs, `server ${message.type}`);
  server.send(message);
  return (await answer) as Extract<FromLiveServer, { type: T }>;
}

const VERBOSE = Boolean(process.env.BENCH_VERBOSE);

async function runSide(kind: LiveServerKind, players: number, rooms: number, options: Options, sample: FanoutSample | null): Promise<Side> {
  const sideStart = performance.now();
  const stage = (what: string) => VERBOSE && console.log(`[bench:live]     ${kind} ${what} at ${((performance.now() - sideStart) / 1000).toFixed(1)} s`);
  // BENCH_SERVER_NODE_FLAGS: extra V8/Node flags for the servers under test (experiments,
  // e.g. --single-threaded-gc; bench/README.md).
  const flags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const server = forkTs('live-server.ts', [kind, String(rooms), String(options.warmup + options.questions), String(options.limitSec)], ['--expose-gc', '--max-old-space-size=4096', ...flags]);
  const children: ChildProcess[] = [server];
  const errors: string[] = [];
  try {
    const ready = (await nextMessage<FromLiveServer>(server, (m) => m.type === 'ready', 60_000, `${kind} server start`)) as Extract<FromLiveServer, { type: 'ready' }>;
    stage('server ready');
    const pinned = pin(server.pid, SERVER_CPUS, options.pin);
    pin(process.pid, LOAD_CPUS, options.pin);
    const idle = await askServer(server, { type: 'usage' }, 'usage');

    const workerCount = Math.max(1, Math.min(options.workers, Math.ceil(players / 200)));
    const slots: LiveWorkerSetup['players'][] = Array.from({ length: workerCount }, () => []);
    for (let i = 0; i < players; i++) slots[i % workerCount]!.push({ index: i, code: ready.rooms[i % rooms]!.code, joinAt: i / players });
    const base = { kind, url: ready.url, answerWindowMs: options.answerWindowMs, hostPauseMs: options.hostPauseMs, questions: options.warmup + options.questions };
    const setups: LiveWorkerSetup[] = slots.map((s) => ({ ...base, role: 'players', players: s, rooms: [] }));
    if (kind === 'stackhouse') setups.push({ ...base, role: 'hosts', players: [], rooms: ready.rooms });
    const workers = setups.map(() => forkTs('live-worker.ts', [], ['--max-old-space-size=4096']));
    children.push(...workers);
    for (const w of workers) pin(w.pid, LOAD_CPUS, options.pin);
    const connected = await Promise.all(
      workers.map((w, i) => {
        const done = nextMessage<FromLiveWorker>(w, (m) => m.type === 'connected', 120_000, `worker ${i} connect`);
        w.send({ type: 'setup', setup: setups[i]! } satisfies ToLiveWorker);
        return done as Promise<Extract<FromLiveWorker, { type: 'connected' }>>;
      }),
    );
    const connectFailed = connected.reduce((a, c) => a + c.failed, 0);
    stage('connected');

    // The join storm: player i sends player:join at start + i/N x 5 s.
    // The baseline's joins are not measured: a quick 1 s.
    const spreadMs = kind === 'stackhouse' ? options.joinSpreadMs : 1000;
    const startMonoMs = monoMs() + 300;
    const joinedAll = await Promise.all(
      workers.slice(0, slots.length).map((w, i) => {
        const done = nextMessage<FromLiveWorker>(w, (m) => m.type === 'joined', options.joinSpreadMs + 60_000, `worker ${i} join`);
        w.send({ type: 'join', startMonoMs, spreadMs } satisfies ToLiveWorker);
        return done as Promise<Extract<FromLiveWorker, { type: 'joined' }>>;
      }),
    );
    const joins: JoinFigures = { attempted: 0, ok: 0, ackMs: [], failures: {} };
    for (const { joins: j } of joinedAll) {
      joins.attempted += j.attempted;
      joins.ok += j.ok;
      joins.ackMs.push(...j.ackMs);
      for (const [code, n] of Object.entries(j.failures)) joins.failures[code] = (joins.failures[code] ?? 0) + n;
    }
    stage('joined');
    // Let the host's coalesced presence updates settle before the memory reading.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A saturated server may take long to answer; its RSS is then read from /proc. No forced
    // collection here: it would set V8's heap limits from an idle moment right before the game
    // (more major collections in it than a server in use has; bench/README, seventh round).
    const joined = await askServer(server, { type: 'usage', collect: false }, 'usage', 30_000).catch(() => ({ type: 'usage' as const, rssBytes: procUsage(server.pid)?.rssBytes ?? 0, heapUsedBytes: Number.NaN, cpuMicros: 0 }));
    let rssMaxBytes = Math.max(idle.rssBytes, joined.rssBytes);

    // The game.
    server.send({ type: 'loop', reset: true } satisfies ToLiveServer);
    const cpu0 = procUsage(server.pid);
    const busy0 = machineBusyMicros();
    const load0 = workers.map((w) => procUsage(w.pid)?.cpuMicros ?? 0);
    const t0 = performance.now();
    const sampler = setInterval(() => {
      rssMaxBytes = Math.max(rssMaxBytes, procUsage(server.pid)?.rssBytes ?? 0);
    }, 250);
    try {
      if (kind === 'stackhouse') {
        const hostWorker = workers.at(-1)!;
        const finished = nextMessage<FromLiveWorker>(hostWorker, (m) => m.type === 'progress' && m.done >= rooms, (options.warmup + options.questions) * (options.limitSec + 5) * 1000 + 30_000, 'game');
        for (const w of workers) w.send({ type: 'play' } satisfies ToLiveWorker);
        await finished.catch((error: unknown) => errors.push(String(error)));
      } else {
        for (const w of workers) w.send({ type: 'play' } satisfies ToLiveWorker);
        // The first `warmup` fan-outs are counted apart, as ours are (fanoutFigures).
        for (let q = 0; q < options.warmup + options.questions; q++) {
          const got = Promise.all(workers.map((w, i) => nextMessage<FromLiveWorker>(w, (m) => m.type === 'progress' && m.done === q, 10_000, `baseline worker ${i} question ${q}`)));
          server.send({ type: 'fanout', codes: ready.rooms.map((r) => r.code), questionIndex: q, sample: sample ?? { event: 'player:round', payload: {} } } satisfies ToLiveServer);
          await got.catch((error: unknown) => errors.push(String(error)));
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    } finally {
      clearInterval(sampler);
    }
    const gameSeconds = (performance.now() - t0) / 1000;
    stage('played');
    const cpu1 = procUsage(server.pid);
    const busy1 = machineBusyMicros();
    const load1 = workers.map((w) => procUsage(w.pid)?.cpuMicros ?? 0);
    const loop = await askServer(server, { type: 'loop', reset: false }, 'loop').catch(() => null);
    // After the game's figures are taken: a full collection, so the heap figure is live data.
    const after = await askServer(server, { type: 'usage' }, 'usage', 30_000).catch(() => null);
    const serverCpuMicros = cpu0 && cpu1 ? cpu1.cpuMicros - cpu0.cpuMicros : 0;
    const loadCpuMicros = load1.reduce((a, b) => a + b, 0) - load0.reduce((a, b) => a + b, 0);
    const otherCpuPct = busy0 !== undefined && busy1 !== undefined ? round1((100 * (busy1 - busy0 - serverCpuMicros - loadCpuMicros)) / (gameSeconds * 1e6)) : null;

    const report = await askServer(server, { type: 'report' }, 'report');
    const stampMap: Record<string, number> = {};
    for (const s of report.stamps) stampMap[`${s.code}|${s.questionIndex}|${s.phase}`] = s.commitMs;
    const reports = await Promise.all(
      workers.map(async (w, i) => {
        const done = nextMessage<FromLiveWorker>(w, (m) => m.type === 'report', 60_000, `worker ${i} report`);
        w.send({ type: 'report', stamps: stampMap } satisfies ToLiveWorker);
        return ((await done) as Extract<FromLiveWorker, { type: 'report' }>).report;
      }),
    );
    stage('reported');
    const playersReports = reports.filter((r): r is PlayersReport => r.role === 'players');
    const hosts = reports.find((r): r is HostsReport => r.role === 'hosts') ?? null;
    for (const r of reports) errors.push(...r.errors);
    const loadCpus = cpuCount > 1 && pinned ? Math.max(1, cpuCount - 1) : cpuCount;
    return {
      kind,
      players,
      rooms,
      joins,
      connectFailed,
      stamps: report.stamps,
      gcPauses: report.gcPauses,
      playersReports,
      hosts,
      sample: report.sample,
      gameSeconds,
      serverCpuPct: round1((100 * serverCpuMicros) / (gameSeconds * 1e6))!,
      loadCpuPct: round1((100 * loadCpuMicros) / (gameSeconds * 1e6 * loadCpus))!,
      otherCpuPct,
      loop,
      rssIdleBytes: idle.rssBytes,
      rssJoinedBytes: joined.rssBytes,
      rssMaxBytes,
      heapIdleBytes: idle.heapUsedBytes,
      heapAfterGameBytes: after?.heapUsedBytes ?? Number.NaN,
      pinned,
      errors: errors.slice(0, 20),
    };
  } finally {
    await Promise.all(children.map((c) => stopChild(c)));
  }
}

// ---------------------------------------------------------------------------------------
// Figures

interface Row {
  players: number;
  rooms: number;
  joinSuccessRate: number;
  joinAckP99Ms: number | null;
  fanoutP50Ms: number | null;
  fanoutP99Ms: number | null;
  fanoutSpreadP99Ms: number | null;
  baselineFanoutP99Ms: number | null;
  ratioToBaseline: number | null;
  answerAckP99Ms: number | null;
  tallyP50Ms: number | null;
  tallyP99Ms: number | null;
  answersLost: number;
  eventLoopDelayP99Ms: number | null;
  serverRssMB: number;
  serverCpuPct: number;
  [extra: string]: unknown;
}

function fanoutFigures(side: Side, warmup: number) {
  const byQuestion = new Map<number, number[]>();
  for (const r of side.playersReports) {
    for (const [q, ms] of Object.entries(r.questionLatencyMs)) {
      const list = byQuestion.get(Number(q));
      if (list) list.push(...ms);
      else byQuestion.set(Number(q), [...ms]);
    }
  }
  const measured = (q: number) => q >= warmup;
  const latencies = [...byQuestion].flatMap(([q, ms]) => (measured(q) ? ms : [])).sort((a, b) => a - b);
  const p99 = quantile(latencies, 0.99);
  const cold = [...byQuestion].flatMap(([q, ms]) => (measured(q) ? [] : ms)).sort((a, b) => a - b);
  // Each question's receipts, and how many of them are in the slowest 1% of the run: one
  // question is 1/30 of the receipts, more than the 1% the p99 drops, so a question or two
  // decide the p99. This tells which ones, and whether the baseline's are the same.
  const perQuestion = () =>
    [...byQuestion.entries()]
      .sort(([a], [b]) => a - b)
      .map(([question, ms]) => {
        ms.sort((a, b) => a - b);
        const inSlowest1Pct = p99 === null || !measured(question) ? null : ms.filter((x) => x > p99).length;
        // The collections that stopped the server or a load process while this question was
        // on its way (first commit -> last receipt, over the rooms): ms of overlap, summed.
        const commits = side.stamps.filter((st) => st.phase === 'question' && st.questionIndex === question).map((st) => st.commitMs);
        const lasts = [...merged].filter(([key]) => key.endsWith(`|${question}|question`)).map(([, r]) => r[1]);
        const from = Math.min(...commits);
        const to = Math.max(...lasts);
        const overlap = (pauses: GcPause[]) => pauses.reduce((sum, [at, ms]) => sum + Math.max(0, Math.min(to, at + ms) - Math.max(from, at)), 0);
        const majorIn = (pauses: GcPause[]) => pauses.filter(([at, ms, major]) => major && at < to && at + ms > from).length;
        return {
          question,
          warmup: !measured(question),
          p50Ms: round1(quantile(ms, 0.5)),
          p99Ms: round1(quantile(ms, 0.99)),
          maxMs: round1(ms.at(-1) ?? null),
          inSlowest1Pct,
          serverGcMs: round1(overlap(side.gcPauses)),
          serverMajorGcs: majorIn(side.gcPauses),
          loadGcMs: round1(side.playersReports.reduce((sum, r) => sum + overlap(r.gcPauses), 0)),
          loadMajorGcs: side.playersReports.reduce((sum, r) => sum + majorIn(r.gcPauses), 0),
          hostGcMs: side.hosts ? round1(overlap(side.hosts.gcPauses)) : null,
          hostMajorGcs: side.hosts ? majorIn(side.hosts.gcPauses) : null,
        };
      });
  // Spread per question fan-out (per room): last receipt - first receipt, over all workers.
  const merged = new Map<string, [number, number, number]>();
  for (const r of side.playersReports) {
    for (const [key, [first, last, n]] of Object.entries(r.receipts)) {
      const m = merged.get(key);
      if (m) {
        m[0] = Math.min(m[0], first);
        m[1] = Math.max(m[1], last);
        m[2] += n;
      } else merged.set(key, [first, last, n]);
    }
  }
  const spreads: number[] = [];
  const byKey = new Map<string, { question: number; spreadMs: number; serverEmitSpanMs: number | null; serverUsage?: FanoutUsage }>();
  let received = 0;
  for (const [key, [first, last, n]] of merged) {
    if (!key.endsWith('|question') || !measured(Number(key.split('|')[1]))) continue;
    spreads.push(last - first);
    byKey.set(key, { question: Number(key.split('|')[1]), spreadMs: round1(last - first)!, serverEmitSpanMs: null });
    received += n;
  }
  for (const s of side.stamps) {
    const entry = byKey.get(`${s.code}|${s.questionIndex}|${s.phase}`);
    if (entry) {
      entry.serverEmitSpanMs = round1(s.lastEmitMs - s.commitMs);
      if (s.usage) entry.serverUsage = s.usage;
    }
  }
  spreads.sort((a, b) => a - b);
  // Server-side: time to go through one fan-out's emits.
  const emitSpans = side.stamps.filter((s) => s.phase === 'question' && measured(s.questionIndex)).map((s) => s.lastEmitMs - s.commitMs).sort((a, b) => a - b);
  // The steps where each player has a part of their own (their result, score and rank), the
  // reveal's and the leaderboard's: the server's time from the commit to its last emit call,
  // and from the commit to the last phone's receipt of the step's view. The second is what
  // a room sees: an emit to a socket still writing its previous frame is only queued (by
  // Engine.IO, until that write completes), so the first can end before the writes do.
  const stepWrites = (phase: string) => {
    const steps = side.stamps.filter((s) => s.phase === phase && measured(s.questionIndex));
    const spans = steps.map((s) => s.lastEmitMs - s.commitMs).sort((a, b) => a - b);
    const delivered = steps.flatMap((s) => {
      const receipt = merged.get(`${s.code}|${s.questionIndex}|${s.phase}`);
      return receipt ? [receipt[1] - s.commitMs] : [];
    });
    delivered.sort((a, b) => a - b);
    return { p50: round1(quantile(spans, 0.5)), p99: round1(quantile(spans, 0.99)), deliveredP50: round1(quantile(delivered, 0.5)), deliveredP99: round1(quantile(delivered, 0.99)) };
  };
  // Fan-outs the server stamped, slowest write first.
  const writes = [...byKey.values()].filter((e) => e.serverEmitSpanMs !== null).sort((a, b) => b.serverEmitSpanMs! - a.serverEmitSpanMs!);
  return {
    p50: round1(quantile(latencies, 0.5)),
    p99: round1(p99),
    max: round1(latencies.at(-1) ?? null),
    coldP99: round1(quantile(cold, 0.99)),
    spreadP99: round1(quantile(spreads, 0.99)),
    fanouts: spreads.length,
    receipts: received,
    serverEmitSpanP99: round1(quantile(emitSpans, 0.99)),
    revealWrites: stepWrites('reveal'),
    leaderboardWrites: stepWrites('leaderboard'),
    // The slowest fan-outs, to tell one late question (a GC, a stalled load process) from a slow server.
    spreadsTop: spreads.slice(-5).reverse().map(round1),
    serverEmitSpansTop: emitSpans.slice(-5).reverse().map(round1),
    slowest: [...byKey.values()].sort((a, b) => b.spreadMs - a.spreadMs).slice(0, 5),
    perQuestion: perQuestion(),
    // The server's slowest writes against its median one, with what the process did meanwhile.
    slowestWrites: writes.slice(0, 3),
    medianWrite: writes[Math.floor(writes.length / 2)] ?? null,
  };
}

/**
 * Answers: acknowledgement (sent -> ack) and tally (sent -> the host sees it counted)
 * latencies of the counted questions, the warm-up ones apart (as for the fan-out: the first
 * questions are each code path's first run in a fresh server process, bench/README.md), and
 * per question, with the server's major collections in its answer window; lost and
 * duplicated answers over every question, warm-up included.
 */
function answerFigures(side: Side, warmup: number) {
  const sent = side.playersReports.reduce((a, r) => a + r.answers.sent, 0);
  const ackOk = side.playersReports.reduce((a, r) => a + r.answers.ackOk, 0);
  const unacknowledged = side.playersReports.reduce((a, r) => a + r.answers.unacknowledged, 0);
  const refused: Record<string, number> = {};
  for (const r of side.playersReports) for (const [c, n] of Object.entries(r.answers.refused)) refused[c] = (refused[c] ?? 0) + n;
  const tallies = side.hosts?.tallies ?? {};
  // Per question: ack and tally latencies, and its answer window (first answer sent -> last ack received).
  const byQuestion = new Map<number, { acks: number[]; tally: number[]; from: number; to: number }>();
  let untallied = 0;
  const okPer = new Map<string, number>();
  for (const r of side.playersReports) {
    for (const [playerId, code, q, sentAt, ackMs] of r.answerLog) {
      okPer.set(`${code}|${q}`, (okPer.get(`${code}|${q}`) ?? 0) + 1);
      let entry = byQuestion.get(q);
      if (!entry) byQuestion.set(q, (entry = { acks: [], tally: [], from: sentAt, to: sentAt + ackMs }));
      entry.acks.push(ackMs);
      entry.from = Math.min(entry.from, sentAt);
      entry.to = Math.max(entry.to, sentAt + ackMs);
      const seen = tallies[code]?.[q];
      const at = seen?.[playerId] ?? seen?.['*reveal'];
      if (at === undefined) untallied++;
      else entry.tally.push(at - sentAt);
    }
  }
  const pooled = (cold: boolean, pick: (e: { acks: number[]; tally: number[] }) => number[]) =>
    [...byQuestion].filter(([q]) => q < warmup === cold).flatMap(([, e]) => pick(e)).sort((a, b) => a - b);
  const acks = pooled(false, (e) => e.acks);
  const tally = pooled(false, (e) => e.tally);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const perQuestion = [...byQuestion]
    .sort(([a], [b]) => a - b)
    .map(([question, e]) => ({
      question,
      warmup: question < warmup,
      answerAckP50Ms: round1(quantile(sorted(e.acks), 0.5)),
      answerAckP99Ms: round1(quantile(sorted(e.acks), 0.99)),
      tallyP99Ms: round1(quantile(sorted(e.tally), 0.99)),
      // A major collection's marking shares the server's one pinned core for ~0.2 s before
      // its pause: answers that arrive meanwhile queue (bench/README.md, sixth round).
      serverMajorGcs: side.gcPauses.filter(([at, , major]) => major && at >= e.from && at <= e.to).length,
    }));
  // Stored answers the host's reveal counted vs answers acknowledged: a difference either way is lost or duplicated.
  let countedLess = 0;
  let countedMore = 0;
  // Acknowledged answers to questions whose reveal the host never saw (a game cut short by its deadline): not checked.
  let unverified = 0;
  for (const [key, ok] of okPer) {
    const [code, q] = key.split('|') as [string, string];
    const counted = side.hosts?.revealCounts[code]?.[Number(q)];
    if (counted === undefined) unverified += ok;
    else if (counted < ok) countedLess += ok - counted;
    else if (counted > ok) countedMore += counted - ok;
  }
  return {
    sent,
    ackOk,
    unacknowledged,
    refused,
    ackP50: round1(quantile(acks, 0.5)),
    ackP99: round1(quantile(acks, 0.99)),
    tallyP50: round1(quantile(tally, 0.5)),
    tallyP99: round1(quantile(tally, 0.99)),
    coldAckP99: round1(quantile(pooled(true, (e) => e.acks), 0.99)),
    coldTallyP99: round1(quantile(pooled(true, (e) => e.tally), 0.99)),
    perQuestion,
    // Lost: sent and never acknowledged, or acknowledged and missing from the host's count on the reveal.
    lost: unacknowledged + countedLess,
    untallied,
    unverified,
    duplicated: countedMore,
  };
}

function toRow(ours: Side, baseline: Side | null, options: Options): Row {
  const f = fanoutFigures(ours, options.warmup);
  const b = baseline ? fanoutFigures(baseline, options.warmup) : null;
  const a = answerFigures(ours, options.warmup);
  const joinAcks = ours.joins.ackMs.sort((x, y) => x - y);
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
  return {
    players: ours.players,
    rooms: ours.rooms,
    joinSuccessRate: ours.joins.attempted ? Math.round((ours.joins.ok / ours.joins.attempted) * 10000) / 10000 : 0,
    joinAckP99Ms: round1(quantile(joinAcks, 0.99)),
    fanoutP50Ms: f.p50,
    fanoutP99Ms: f.p99,
    fanoutSpreadP99Ms: f.spreadP99,
    baselineFanoutP99Ms: b?.p99 ?? null,
    ratioToBaseline: f.p99 !== null && b?.p99 ? Math.round((f.p99 / b.p99) * 100) / 100 : null,
    answerAckP99Ms: a.ackP99,
    tallyP50Ms: a.tallyP50,
    tallyP99Ms: a.tallyP99,
    answersLost: a.lost,
    eventLoopDelayP99Ms: ours.loop?.p99Ms ?? null,
    serverRssMB: mb(ours.rssMaxBytes),
    serverCpuPct: ours.serverCpuPct,
    // Extras.
    // Measured; `warmupQuestions` more were played before them.
    questionsPlayed: f.fanouts / ours.rooms,
    roomsFinished: ours.hosts?.finished ?? 0,
    answersDuplicated: a.duplicated,
    answersNeverInHostTally: a.untallied,
    answersUnverified: a.unverified,
    answersSent: a.sent,
    answersAcked: a.ackOk,
    answersRefused: a.refused,
    answerAckP50Ms: a.ackP50,
    coldAnswerAckP99Ms: a.coldAckP99,
    coldTallyP99Ms: a.coldTallyP99,
    answersByQuestion: a.perQuestion,
    joinAckP50Ms: round1(quantile(joinAcks, 0.5)),
    joinFailures: ours.joins.failures,
    fanoutMaxMs: f.max,
    fanoutReceipts: f.receipts,
    fanoutReceiptsExpected: f.fanouts * (ours.players / ours.rooms),
    serverFanoutEmitSpanP99Ms: f.serverEmitSpanP99,
    serverRevealWriteP50Ms: f.revealWrites.p50,
    serverRevealWriteP99Ms: f.revealWrites.p99,
    serverLeaderboardWriteP50Ms: f.leaderboardWrites.p50,
    serverLeaderboardWriteP99Ms: f.leaderboardWrites.p99,
    revealDeliveredP50Ms: f.revealWrites.deliveredP50,
    revealDeliveredP99Ms: f.revealWrites.deliveredP99,
    leaderboardDeliveredP50Ms: f.leaderboardWrites.deliveredP50,
    leaderboardDeliveredP99Ms: f.leaderboardWrites.deliveredP99,
    fanoutSpreadTopMs: f.spreadsTop,
    serverFanoutEmitSpanTopMs: f.serverEmitSpansTop,
    baselineFanoutSpreadTopMs: b?.spreadsTop ?? null,
    slowestFanouts: f.slowest,
    slowestServerWrites: f.slowestWrites,
    medianServerWrite: f.medianWrite,
    baselineSlowestFanouts: b?.slowest ?? null,
    warmupQuestions: options.warmup,
    coldFanoutP99Ms: f.coldP99,
    baselineColdFanoutP99Ms: b?.coldP99 ?? null,
    fanoutByQuestion: f.perQuestion,
    baselineFanoutByQuestion: b?.perQuestion ?? null,
    baselineFanoutP50Ms: b?.p50 ?? null,
    baselineFanoutSpreadP99Ms: b?.spreadP99 ?? null,
    baselineServerCpuPct: baseline?.serverCpuPct ?? null,
    // RSS moves by several MB with what the allocator keeps or returns: at 100 players it can
    // end below the idle figure, which says nothing per player (null), where the heap still does.
    memoryPerPlayerKB: ours.rssJoinedBytes > ours.rssIdleBytes ? Math.round((ours.rssJoinedBytes - ours.rssIdleBytes) / 1024 / ours.players * 10) / 10 : null,
    heapPerPlayerAfterGameKB: Number.isFinite(ours.heapAfterGameBytes) ? Math.round((ours.heapAfterGameBytes - ours.heapIdleBytes) / 1024 / ours.players * 10) / 10 : null,
    serverRssIdleMB: mb(ours.rssIdleBytes),
    serverRssJoinedMB: mb(ours.rssJoinedBytes),
    serverCpuMsPerPlayerPerQuestion: Math.round(((ours.serverCpuPct / 100) * ours.gameSeconds * 1000) / ours.players / Math.max(1, f.fanouts / ours.rooms + options.warmup) * 1000) / 1000,
    eventLoopDelayMaxMs: ours.loop?.maxMs ?? null,
    serverGcPauses: ours.loop?.gc ?? null,
    gameSeconds: Math.round(ours.gameSeconds * 10) / 10,
    loadCpuPct: ours.loadCpuPct,
    loadLoopDelayP99Ms: Math.max(0, ...ours.playersReports.map((r) => r.loopDelayP99Ms)),
    hostFrames: ours.hosts?.hostFrames ?? null,
    hostMB: ours.hosts ? mb(ours.hosts.hostBytes) : null,
    otherProcessesCpuPct: ours.otherCpuPct,
    pinned: ours.pinned,
    answerWindowMs: options.answerWindowMs,
    errors: [...ours.errors, ...(baseline?.errors ?? []).map((e) => `baseline: ${e}`)].slice(0, 20),
  };
}

async function runSize(players: number, rooms: number, options: Options): Promise<Row> {
  const started = performance.now();
  const ours = await runSide('stackhouse', players, rooms, options, null);
  const baseline = options.baseline ? await runSide('baseline', players, rooms, options, ours.sample) : null;
  const row = toRow(ours, baseline, options);
  row['runSeconds'] = Math.round((performance.now() - started) / 100) / 10;
  return row;
}

// ---------------------------------------------------------------------------------------

const fmt = (x: unknown) => (x === null || x === undefined ? '-' : typeof x === 'number' ? String(x) : String(x));

function printTable(rows: Row[]): void {
  const head = ['players', 'rooms', 'join ok', 'join p99', 'fan p50', 'fan p99', 'spread p99', 'base p99', 'ratio', 'ack p99', 'tally p99', 'lost', 'loop p99', 'RSS MB', 'KB/player', 'CPU %', 'other %', 'note'];
  const lines = rows.map((r) => [r.players, r.rooms, r.joinSuccessRate, r.joinAckP99Ms, r.fanoutP50Ms, r.fanoutP99Ms, r.fanoutSpreadP99Ms, r.baselineFanoutP99Ms, r.ratioToBaseline, r.answerAckP99Ms, r.tallyP99Ms, r.answersLost, r.eventLoopDelayP99Ms, r.serverRssMB, r['memoryPerPlayerKB'], r.serverCpuPct, r['otherProcessesCpuPct'], r['capacity'] ? 'capacity' : r['pastCapacity'] ? 'past 250 ms' : ''].map(fmt));
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const show = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(show(head));
  for (const l of lines) console.log(show(l));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const rows: Row[] = [];
  const save = () => {
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, `${JSON.stringify(rows, null, 2)}\n`);
  };
  const attemptWith = async (players: number, rooms: number, opts: Options): Promise<Row | null> => {
    console.log(`[bench:live] ${players} players in ${rooms} room(s)…`);
    try {
      const row = await runSize(players, rooms, opts);
      rows.push(row);
      save();
      console.log(`[bench:live]   fan-out p99 ${row.fanoutP99Ms} ms (baseline ${row.baselineFanoutP99Ms}), ack p99 ${row.answerAckP99Ms}, tally p99 ${row.tallyP99Ms}, joins ${row.joinSuccessRate}, ${row['runSeconds']} s`);
      return row;
    } catch (error) {
      console.error(`[bench:live]   failed: ${String(error)}`);
      return null;
    }
  };
  const attempt = (players: number, rooms: number) => attemptWith(players, rooms, options);
  for (const n of options.sizes) await attempt(n, 1);
  // The step-up: one room, growing, until fan-out p99 passes the bar or the time budget is spent.
  const under = rows.filter((r) => r.rooms === 1 && r.fanoutP99Ms !== null && r.fanoutP99Ms <= options.capacityP99Ms);
  let capacity = under.length ? under.reduce((a, b) => (b.players > a.players ? b : a)) : null;
  const stepOptions: Options = { ...options, baseline: options.stepBaseline };
  for (const n of options.step) {
    // A size's run time grows about linearly with its players: start the next one only if it should end within the budget.
    const last = [...rows].reverse().find((r) => r.rooms === 1);
    const estimate = last ? ((last['runSeconds'] as number) * n) / last.players : 0;
    const elapsed = (performance.now() - started) / 1000;
    // The multi-room runs come after the step-up: their time is kept aside.
    const reserve = options.multi.length * options.multiReserveSec;
    // The first step always runs: the step-up is part of the figures; the budget bounds the rest.
    if (n !== options.step[0] && elapsed + estimate > options.budgetSec - reserve) {
      console.log(`[bench:live] time budget: ${Math.round(elapsed)} s spent, ${n} players would take ~${Math.round(estimate)} s more (budget ${options.budgetSec} s, ${reserve} s kept for the multi-room runs): step-up stops`);
      break;
    }
    const row = await attemptWith(n, 1, stepOptions);
    if (!row || row.fanoutP99Ms === null || row.fanoutP99Ms > options.capacityP99Ms || row.joinSuccessRate < 1) {
      if (row) row['pastCapacity'] = true;
      break;
    }
    capacity = row;
  }
  if (capacity) capacity['capacity'] = true;
  save();
  for (const m of options.multi) await attempt(m.players, m.rooms);
  console.log(`\nLive room (${os.cpus().length} CPUs; server pinned to CPU ${SERVER_CPUS}, load to ${LOAD_CPUS}); ms unless noted; capacity: largest one-room size with fan-out p99 <= ${options.capacityP99Ms} ms = ${capacity?.players ?? 'none'}`);
  printTable(rows);
  console.log(`\n${path.relative(process.cwd(), options.out)} written in ${Math.round((performance.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
