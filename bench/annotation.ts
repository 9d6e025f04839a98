import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FromServer, FromWorker, ServerKind, ToServer, ToWorker, WorkerReport } from './shared';
import { cpuCount, LOAD_CPUS, machineBusyMicros, nextMessage, pin, procUsage as readProcUsage, SERVER_CPUS, tasksetAvailable } from './processes';

/*
 * Annotation benchmark (issue 4): N annotators on one shared board, against our server and
 * against the y-websocket reference server doing the same work in the same run.
 *
 *   npm run bench:annotation -- [--sizes 20,50,200] [--duration 20] [--warmup 3] [--drain 5]
 *                               [--workers 4] [--no-pin]
 *
 * For each size and server: the server runs in its own process (pinned to CPU 0 where
 * `taskset` exists), the annotators in `--workers` forked processes (pinned to the other
 * CPUs). Each annotator adds then edits its own note once a second and sends its cursor at
 * 10 Hz. After a warm-up, a window of `--duration` seconds is measured; edits made in it are
 * followed for `--drain` more seconds. Writes bench/results/annotation.json and prints a table.
 *
 * Everything stays on 127.0.0.1 and every phase has a deadline, so a run always ends.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, 'results', 'annotation.json');
const KINDS: ServerKind[] = ['stackhouse', 'y-websocket'];

interface Options {
  sizes: number[];
  durationMs: number;
  warmupMs: number;
  drainMs: number;
  workers: number;
  pin: boolean;
  editIntervalMs: number;
  cursorIntervalMs: number;
  servers: ServerKind[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [20, 50, 200], durationMs: 20_000, warmupMs: 3_000, drainMs: 5_000, workers: 4, pin: true, editIntervalMs: 1_000, cursorIntervalMs: 100, servers: KINDS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    switch (flag) {
      case '--sizes':
        options.sizes = value().split(',').map((n) => Number.parseInt(n, 10)).filter((n) => n >= 2);
        break;
      case '--duration':
        options.durationMs = Number(value()) * 1000;
        break;
      case '--warmup':
        options.warmupMs = Number(value()) * 1000;
        break;
      case '--drain':
        options.drainMs = Number(value()) * 1000;
        break;
      case '--workers':
        options.workers = Math.max(1, Number.parseInt(value(), 10));
        break;
      case '--servers': {
        const names = value().split(',');
        options.servers = KINDS.filter((kind) => names.includes(kind));
        break;
      }
      case '--no-pin':
        options.pin = false;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (options.sizes.length === 0 || !(options.durationMs > 0)) throw new Error('need --sizes and a positive --duration');
  return options;
}

// ---------------------------------------------------------------------------------------
// Pinning

// taskset, when it exists: bench/processes.ts.

// ---------------------------------------------------------------------------------------
// Processes

/**
 * BENCH_PROF=<dir> writes a V8 CPU profile of every server and worker process there
 * (`node --cpu-prof`), to see where their time goes.
 */
const PROFILE_DIR = process.env.BENCH_PROF;

function forkTs(file: string, args: string[] = []): ChildProcess {
  // One folder per kind of process; Node names each thread's profile (the main thread's is the largest).
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.join(path.resolve(PROFILE_DIR), [path.basename(file, '.ts'), ...args].join('-'))}`] : [];
  return fork(path.join(here, file), args, { execArgv: ['--import', 'tsx', ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}


/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
/**
 * The server's CPU time and RSS, read from /proc where it exists: a saturated server (the
 * y-websocket peer at 200 annotators) may not answer an IPC message for many seconds, and
 * /proc needs nothing from its event loop. Elsewhere, asked over IPC.
 */
function procUsage(pid: number | undefined): Extract<FromServer, { type: 'usage' }> | undefined {
  const read = readProcUsage(pid);
  return read && { type: 'usage', ...read, heapUsedBytes: 0 };
}

async function usage(server: ChildProcess): Promise<Extract<FromServer, { type: 'usage' }>> {
  const fromProc = procUsage(server.pid);
  if (fromProc) return fromProc;
  const answer = nextMessage<FromServer>(server, (m) => m.type === 'usage', 10_000, 'server usage');
  server.send({ type: 'usage' } satisfies ToServer);
  return (await answer) as Extract<FromServer, { type: 'usage' }>;
}

function stopChild(child: ChildProcess, message: ToServer | ToWorker): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (child.connected) child.send(message);
    else child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------------------------------
// One server, one size

interface Figures {
  server: ServerKind;
  clients: number;
  workers: number;
  measuredSeconds: number;
  /** Edits made during the measured window. */
  edits: number;
  /** Of those, edits every other annotator had received by the end of the drain. */
  editsConverged: number;
  /** Per edit: time from the author applying it to the last other annotator having it. */
  convergenceP50Ms: number | null;
  convergenceP99Ms: number | null;
  convergenceMaxMs: number | null;
  /** Per (edit, receiver): time from the author applying it to that receiver having it. */
  deliveryP50Ms: number | null;
  deliveryP99Ms: number | null;
  /** TCP bytes per annotator per second, received / sent / both. */
  bytesInPerClientPerSec: number;
  bytesOutPerClientPerSec: number;
  bytesPerClientPerSec: number;
  /** Awareness (cursor) messages only: WebSocket payload plus frame header. */
  cursorBytesInPerClientPerSec: number;
  cursorBytesOutPerClientPerSec: number;
  cursorBytesPerClientPerSec: number;
  cursorMessagesInPerClientPerSec: number;
  /** Cursor states received per annotator per second, and that over the n x 10 Hz sent (everyone's, own included). */
  cursorStatesInPerClientPerSec: number;
  cursorDelivery: number;
  /** Received bytes per annotator per second by Socket.io event or y-protocols message type. */
  bytesInByKindPerClientPerSec: Record<string, number>;
  /** Cursor updates the annotators managed to send, over the 10 per second asked. */
  cursorSendRate: number;
  editsRefused: number;
  /** Annotator processes' CPU over the window, as a share of the CPUs they may use. */
  loadCpuPercent: number;
  /** False when the load generator could not keep up (cursor send rate < 90% or load CPU > 90%): the figures then measure the clients as much as the server. */
  loadKeptUp: boolean;
  serverCpuPercent: number;
  /**
   * CPU the rest of the machine used during the window (100 = one core): all CPUs' busy time
   * in /proc/stat less the server's and the workers'. Other people's tests running on the
   * machine show here; high values make the latencies noisy.
   */
  otherProcessesCpuPercent: number | null;
  /**
   * Event-loop delay (perf_hooks.monitorEventLoopDelay, 10 ms resolution) over the window:
   * the server's (null if it did not answer in time, or took the window's start so late that
   * its figures cover less than half the window: a saturated server), and the largest of the workers'. A late loop
   * delays every message it handles, so these say on which side a latency tail arises.
   */
  serverLoopDelayP99Ms: number | null;
  serverLoopDelayMaxMs: number | null;
  loadLoopDelayP99Ms: number;
  loadLoopDelayMaxMs: number;
  serverRssMaxMb: number;
  pinned: boolean;
  /**
   * Receivers read each update's note text from its bytes rather than applying it (see
   * bench/annotator-worker.ts); one annotator also applies them to a real document and
   * compares: the notes it compared (a mismatch is in `errors`).
   */
  byteReadingCheckedNotes: number;
  errors: string[];
}

/** Value at quantile q (0..1) of sorted values, +Infinity standing for "never". */
function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return Number.isFinite(value) ? value : null;
}

function histogramQuantile(histogram: number[], q: number): number | null {
  const total = histogram.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const target = Math.ceil(q * total);
  let sum = 0;
  for (let ms = 0; ms < histogram.length; ms++) {
    sum += histogram[ms]!;
    if (sum >= target) return ms;
  }
  return null;
}

async function runOne(kind: ServerKind, size: number, options: Options): Promise<Figures> {
  const server = forkTs('bench-server.ts', [kind]);
  const workers: ChildProcess[] = [];
  try {
    const ready = (await nextMessage<FromServer>(server, (m) => m.type === 'ready', 30_000, `${kind} server start`)) as Extract<FromServer, { type: 'ready' }>;
    const pinned = pin(server.pid, SERVER_CPUS, options.pin);

    const count = Math.min(options.workers, size);
    const connects: Promise<unknown>[] = [];
    for (let w = 0; w < count; w++) {
      const worker = forkTs('annotator-worker.ts', [kind]);
      workers.push(worker);
      pin(worker.pid, LOAD_CPUS, options.pin);
      const indexes: number[] = [];
      for (let i = w; i < size; i += count) indexes.push(i);
      connects.push(nextMessage<FromWorker>(worker, (m) => m.type === 'connected', 120_000, `${kind} worker ${w} connect`));
      worker.send({
        type: 'setup',
        setup: { kind, url: ready.url, code: ready.code, indexes, roomSize: size, editIntervalMs: options.editIntervalMs, cursorIntervalMs: options.cursorIntervalMs },
      } satisfies ToWorker);
    }
    await Promise.all(connects);

    const schedule = { startAt: Date.now() + 1_000, warmupMs: options.warmupMs, measureMs: options.durationMs, drainMs: options.drainMs };
    const total = schedule.startAt - Date.now() + schedule.warmupMs + schedule.measureMs + schedule.drainMs;
    const reports = workers.map((worker, w) => nextMessage<FromWorker>(worker, (m) => m.type === 'report', total + 60_000, `${kind} worker ${w} report`));
    // Awaited below; a failure before that must not go unhandled.
    for (const report of reports) report.catch(() => undefined);
    for (const worker of workers) worker.send({ type: 'start', schedule } satisfies ToWorker);

    // Server CPU over the measured window, memory sampled every second.
    const measureAt = schedule.startAt + schedule.warmupMs;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, measureAt - Date.now())));
    const machineBefore = machineBusyMicros();
    server.send({ type: 'loop', reset: true } satisfies ToServer);
    const before = await usage(server);
    const beforeAt = process.hrtime.bigint();
    let rssMax = before.rssBytes;
    const sampler = setInterval(() => {
      usage(server).then(
        (u) => (rssMax = Math.max(rssMax, u.rssBytes)),
        () => undefined,
      );
    }, 1_000);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, measureAt + schedule.measureMs - Date.now())));
    clearInterval(sampler);
    const after = await usage(server);
    const machineAfter = machineBusyMicros();
    // A saturated server may answer late or not at all: then null.
    const loopAnswer = nextMessage<FromServer>(server, (m) => m.type === 'loop', 30_000, 'server loop').then(
      (m) => m as Extract<FromServer, { type: 'loop' }>,
      () => null,
    );
    server.send({ type: 'loop', reset: false } satisfies ToServer);
    const elapsedMicros = Number(process.hrtime.bigint() - beforeAt) / 1_000;
    rssMax = Math.max(rssMax, after.rssBytes);

    const done = (await Promise.all(reports)).map((m) => (m as Extract<FromWorker, { type: 'report' }>).report);
    // A saturated server handles the reset late: figures covering less than half the window say nothing.
    const serverLoop = await loopAnswer.then((m) => (m && m.coveredMs >= schedule.measureMs / 2 ? m : null));
    return finish(summarise(kind, size, count, options, done, {
      cpuPercent: (100 * (after.cpuMicros - before.cpuMicros)) / elapsedMicros,
      loop: serverLoop,
      machineBusyPercent: machineBefore === undefined || machineAfter === undefined ? null : (100 * (machineAfter - machineBefore)) / elapsedMicros,
      elapsedMicros,
      rssMaxMb: rssMax / 2 ** 20,
      pinned,
      loadCpus: pinned ? Math.max(1, cpuCount - 1) : cpuCount,
    }));
  } finally {
    await Promise.all(workers.map((worker) => stopChild(worker, { type: 'stop' })));
    await stopChild(server, { type: 'stop' });
  }
}

function finish(f: Figures): Figures {
  f.loadKeptUp = f.cursorSendRate >= 0.9 && f.loadCpuPercent <= 90;
  return f;
}

function summarise(
  kind: ServerKind,
  size: number,
  workerCount: number,
  options: Options,
  reports: WorkerReport[],
  server: { cpuPercent: number; loop: Extract<FromServer, { type: 'loop' }> | null; machineBusyPercent: number | null; elapsedMicros: number; rssMaxMb: number; pinned: boolean; loadCpus: number },
): Figures {
  const seconds = options.durationMs / 1000;
  const made = new Set(reports.flatMap((r) => r.made));
  const seen = new Map<string, [number, number]>();
  for (const report of reports) {
    for (const [key, receivers, latency] of report.edits) {
      if (!made.has(key)) continue;
      const entry = seen.get(key);
      if (entry) {
        entry[0] += receivers;
        entry[1] = Math.max(entry[1], latency);
      } else seen.set(key, [receivers, latency]);
    }
  }
  // An edit converged once all size - 1 other annotators had it; one that never did counts as +Infinity.
  const convergence: number[] = [];
  let converged = 0;
  for (const key of made) {
    const entry = seen.get(key);
    if (entry && entry[0] >= size - 1) {
      converged++;
      convergence.push(entry[1]);
    } else convergence.push(Number.POSITIVE_INFINITY);
  }
  convergence.sort((a, b) => a - b);
  const histogram = reports[0]!.deliveryHistogram.map((_, ms) => reports.reduce((sum, r) => sum + (r.deliveryHistogram[ms] ?? 0), 0));

  const clients = reports.flatMap((r) => r.clients);
  const perClient = (pick: (c: (typeof clients)[number]) => number) => clients.reduce((sum, c) => sum + pick(c), 0) / clients.length / seconds;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    server: kind,
    clients: size,
    workers: workerCount,
    measuredSeconds: seconds,
    edits: made.size,
    editsConverged: converged,
    convergenceP50Ms: quantile(convergence, 0.5),
    convergenceP99Ms: quantile(convergence, 0.99),
    convergenceMaxMs: quantile(convergence, 1),
    deliveryP50Ms: histogramQuantile(histogram, 0.5),
    deliveryP99Ms: histogramQuantile(histogram, 0.99),
    bytesInPerClientPerSec: round(perClient((c) => c.bytesIn)),
    bytesOutPerClientPerSec: round(perClient((c) => c.bytesOut)),
    bytesPerClientPerSec: round(perClient((c) => c.bytesIn + c.bytesOut)),
    cursorBytesInPerClientPerSec: round(perClient((c) => c.cursorBytesIn)),
    cursorBytesOutPerClientPerSec: round(perClient((c) => c.cursorBytesOut)),
    cursorBytesPerClientPerSec: round(perClient((c) => c.cursorBytesIn + c.cursorBytesOut)),
    cursorMessagesInPerClientPerSec: round(perClient((c) => c.cursorMessagesIn)),
    cursorStatesInPerClientPerSec: round(perClient((c) => c.cursorStatesIn)),
    cursorDelivery: Math.round((perClient((c) => c.cursorStatesIn) / (size * (1000 / options.cursorIntervalMs))) * 1000) / 1000,
    bytesInByKindPerClientPerSec: Object.fromEntries(
      [...new Set(clients.flatMap((c) => Object.keys(c.messageBytesIn)))].sort().map((kind) => [kind, round(perClient((c) => c.messageBytesIn[kind] ?? 0))]),
    ),
    cursorSendRate: Math.round((perClient((c) => c.cursorsSent) / (1000 / options.cursorIntervalMs)) * 1000) / 1000,
    editsRefused: clients.reduce((sum, c) => sum + c.editsRefused, 0),
    loadCpuPercent: round((100 * reports.reduce((sum, r) => sum + r.cpuMicros, 0)) / (options.durationMs * 1000) / server.loadCpus),
    loadKeptUp: false,
    serverCpuPercent: round(server.cpuPercent),
    serverLoopDelayP99Ms: server.loop?.p99Ms ?? null,
    serverLoopDelayMaxMs: server.loop?.maxMs ?? null,
    loadLoopDelayP99Ms: Math.max(...reports.map((r) => r.loopDelayP99Ms)),
    loadLoopDelayMaxMs: Math.max(...reports.map((r) => r.loopDelayMaxMs)),
    otherProcessesCpuPercent:
      server.machineBusyPercent === null ? null : round(Math.max(0, server.machineBusyPercent - server.cpuPercent - (100 * reports.reduce((sum, r) => sum + r.cpuMicros, 0)) / server.elapsedMicros)),
    serverRssMaxMb: round(server.rssMaxMb),
    pinned: server.pinned,
    byteReadingCheckedNotes: reports.reduce((sum, r) => sum + r.checkedNotes, 0),
    errors: [...new Set(reports.flatMap((r) => r.errors))].slice(0, 10),
  };
}

// ---------------------------------------------------------------------------------------
// Results

const ratio = (ours: number | null, peer: number | null) => (ours === null || peer === null || peer === 0 ? null : Math.round((ours / peer) * 1000) / 1000);

const RATIO_METRICS = [
  'convergenceP50Ms',
  'convergenceP99Ms',
  'deliveryP50Ms',
  'deliveryP99Ms',
  'bytesInPerClientPerSec',
  'bytesOutPerClientPerSec',
  'bytesPerClientPerSec',
  'cursorBytesPerClientPerSec',
  'serverCpuPercent',
  'serverRssMaxMb',
] as const;

const TARGET_SIZE = 200;
const TARGET_P99_MS = 200;
/** Growth exponent above which cursor bytes per client count as growing faster than linearly. */
const MAX_GROWTH_EXPONENT = 1.5;
/** Below this share of cursor states delivered, bytes say more about drops than about growth. */
const MIN_CURSOR_DELIVERY = 0.9;

function machine() {
  return {
    cpus: cpuCount,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    taskset: tasksetAvailable(),
  };
}

/**
 * Cursor growth: with n annotators each receives the other n - 1 cursors, so linear growth of
 * cursor bytes per client from size a to size b is (b - 1) / (a - 1) and quadratic growth its
 * square. The exponent k = ln(bytes_b / bytes_a) / ln((b - 1) / (a - 1)) is 1 for linear and 2
 * for quadratic; the test passes when k <= 1.5, i.e. the growth is nearer linear than quadratic.
 * It only counts when both sizes delivered at least 90% of the cursor states sent (volatile
 * frames dropped by an overloaded server would make the bytes shrink); otherwise `linear` is null.
 */
function growth(base: Figures | undefined, at: Figures) {
  if (!base || base.clients === at.clients || base.cursorBytesPerClientPerSec === 0) return null;
  const roomRatio = (at.clients - 1) / (base.clients - 1);
  const bytesRatio = at.cursorBytesPerClientPerSec / base.cursorBytesPerClientPerSec;
  const exponent = Math.log(bytesRatio) / Math.log(roomRatio);
  return {
    fromClients: base.clients,
    bytesRatio: Math.round(bytesRatio * 100) / 100,
    linearRatio: Math.round(roomRatio * 100) / 100,
    quadraticRatio: Math.round(roomRatio ** 2 * 100) / 100,
    exponent: Math.round(exponent * 100) / 100,
    cursorDelivery: [base.cursorDelivery, at.cursorDelivery],
    linear: Math.min(base.cursorDelivery, at.cursorDelivery) < MIN_CURSOR_DELIVERY ? null : exponent <= MAX_GROWTH_EXPONENT,
    test: `exponent = ln(bytesRatio) / ln(linearRatio) <= ${MAX_GROWTH_EXPONENT} (1 = linear, 2 = quadratic), valid only when both sizes delivered >= ${MIN_CURSOR_DELIVERY * 100}% of the cursor states sent`,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  console.log(`annotation benchmark: sizes ${options.sizes.join(', ')}, ${options.durationMs / 1000} s measured per size and server, ${options.workers} worker processes, ${cpuCount} CPUs`);
  const figures = new Map<number, Partial<Record<ServerKind, Figures>>>();
  const failures: string[] = [];
  for (const size of options.sizes) {
    const row: Partial<Record<ServerKind, Figures>> = {};
    figures.set(size, row);
    for (const kind of options.servers) {
      process.stdout.write(`  ${kind} with ${size} annotators ... `);
      try {
        row[kind] = await runOne(kind, size, options);
        const f = row[kind]!;
        console.log(`p50 ${f.convergenceP50Ms} ms, p99 ${f.convergenceP99Ms} ms, ${f.bytesPerClientPerSec} B/s per client, server CPU ${f.serverCpuPercent}%`);
      } catch (error) {
        const message = `${kind} at ${size}: ${error instanceof Error ? error.message : String(error)}`;
        failures.push(message);
        console.log(`failed: ${message}`);
      }
    }
  }

  const info = machine();
  const sizes = [...figures.keys()].sort((a, b) => a - b);
  const base = (kind: ServerKind) => figures.get(sizes[0]!)?.[kind];
  const results = sizes.map((size) => {
    const ours = figures.get(size)!.stackhouse;
    const peer = figures.get(size)!['y-websocket'];
    const ratios = Object.fromEntries(RATIO_METRICS.map((metric) => [metric, ratio(ours?.[metric] ?? null, peer?.[metric] ?? null)]));
    const ourGrowth = ours ? growth(base('stackhouse'), ours) : null;
    const p99 = ours?.convergenceP99Ms ?? null;
    const peerP99 = peer?.convergenceP99Ms ?? null;
    // More than 1% of the peer's edits never reached everyone: its p99 is beyond what was
    // watched. Each of them was still missing somewhere `drain` seconds after the window, so
    // that is a lower bound on its p99 (and the ratio an upper bound on ours to it).
    const peerBeyondWatch = peer !== undefined && peerP99 === null && peer.edits - peer.editsConverged > peer.edits * 0.01;
    const peerP99Reported = peerBeyondWatch ? options.drainMs : peerP99;
    return {
      // The output contract (other tools read these six).
      clients: size,
      convergenceP50Ms: ours?.convergenceP50Ms ?? null,
      convergenceP99Ms: p99,
      peerConvergenceP99Ms: peerP99Reported,
      ratioToPeer: ratio(p99, peerP99Reported),
      /** True when peerConvergenceP99Ms is a lower bound (the peer's edits did not all converge while watched). */
      peerConvergenceP99IsLowerBound: peerBeyondWatch,
      bytesPerClientPerSec: ours?.bytesPerClientPerSec ?? null,
      // Everything else.
      ours: ours ?? null,
      peer: peer ?? null,
      ratios,
      cursorGrowth: { ours: ourGrowth, peer: peer ? growth(base('y-websocket'), peer) : null },
      targets: {
        appliesAt: TARGET_SIZE,
        p99WithinMs: size === TARGET_SIZE ? p99 !== null && p99 <= TARGET_P99_MS : null,
        p99NoWorseThanPeer: size === TARGET_SIZE ? p99 !== null && (peerP99 === null || p99 <= peerP99) : null,
        cursorBytesLinear: ourGrowth ? ourGrowth.linear : null,
        /** Both runs' load generators kept up; when false the verdicts above measure the clients too. */
        loadKeptUp: Boolean(ours?.loadKeptUp && peer?.loadKeptUp),
        notes: `p99 target: convergence p99 <= ${TARGET_P99_MS} ms at ${TARGET_SIZE} annotators and <= the peer's (a peer whose edits never all converged counts as worse); cursor test: see cursorGrowth.ours.test`,
      },
      machine: info,
      settings: {
        measuredSeconds: options.durationMs / 1000,
        warmupSeconds: options.warmupMs / 1000,
        drainSeconds: options.drainMs / 1000,
        workers: options.workers,
        editIntervalMs: options.editIntervalMs,
        cursorIntervalMs: options.cursorIntervalMs,
        serverCpus: tasksetAvailable() && options.pin ? SERVER_CPUS : 'unpinned',
        loadCpus: tasksetAvailable() && options.pin ? LOAD_CPUS : 'unpinned',
      },
      failures: failures.filter((f) => f.endsWith(`at ${size}`) || f.includes(` at ${size}:`)),
      measuredAt: new Date().toISOString(),
    };
  });
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const rows = sizes.flatMap((size) =>
    options.servers.map((kind) => {
      const f = figures.get(size)![kind];
      return f
        ? {
            clients: size,
            server: kind,
            'p50 ms': f.convergenceP50Ms,
            'p99 ms': f.convergenceP99Ms,
            converged: `${f.editsConverged}/${f.edits}`,
            'B/s/client': f.bytesPerClientPerSec,
            'cursor B/s/client': f.cursorBytesPerClientPerSec,
            'cursors delivered': f.cursorDelivery,
            'cpu %': f.serverCpuPercent,
            'load cpu %': f.loadCpuPercent,
            'load ok': f.loadKeptUp,
            'others cpu %': f.otherProcessesCpuPercent,
            'loop p99 srv/load': `${f.serverLoopDelayP99Ms}/${f.loadLoopDelayP99Ms}`,
            'rss MB': f.serverRssMaxMb,
          }
        : { clients: size, server: kind, 'p50 ms': 'failed' };
    }),
  );
  console.table(rows);
  for (const r of results) {
    console.log(
      `${r.clients}: p99 ratio ours/peer ${r.ratioToPeer}, bytes ratio ${r.ratios.bytesPerClientPerSec}, cursor growth ${r.cursorGrowth.ours ? `x${r.cursorGrowth.ours.bytesRatio} from ${r.cursorGrowth.ours.fromClients} (linear x${r.cursorGrowth.ours.linearRatio}, quadratic x${r.cursorGrowth.ours.quadraticRatio}, exponent ${r.cursorGrowth.ours.exponent})` : 'n/a'}` +
        (r.clients === TARGET_SIZE ? `; targets: p99 <= ${TARGET_P99_MS} ms ${r.targets.p99WithinMs}, no worse than peer ${r.targets.p99NoWorseThanPeer}, cursor linear ${r.targets.cursorBytesLinear}` : ''),
    );
  }
  console.log(`written ${path.relative(process.cwd(), RESULTS)}`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
