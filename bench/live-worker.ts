import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Ack, JoinResult } from '../lib/protocol/events';
import { PROTOCOL_VERSION } from '../lib/protocol/version';
import type { HostView } from '../lib/quiz/views';
import {
  monoMs,
  RawSocketIo,
  recordGcPauses,
  type FromLiveWorker,
  type HostsReport,
  type JoinFigures,
  type LiveWorkerSetup,
  type PlayersReport,
  type ToLiveWorker,
} from './live-shared';

/*
 * A load process of the live-room benchmark (bench/live.ts forks several, pinned to the
 * load core). Role `players`: its share of the N players, each a raw Engine.IO/Socket.IO
 * WebSocket (RawSocketIo, see bench/live-shared.ts). Role `hosts`: one host console per room
 * that drives the game (start, then `next` after each reveal and leaderboard) and records
 * when each answer first shows in its tally.
 *
 * A player reads a `player:state` or `player:round` frame's phase and question index from its bytes (the
 * view's first fields), not by parsing it: thousands of players share one core. The receipt
 * time is taken first, on CLOCK_MONOTONIC (monoMs), the clock the server stamps with.
 */

let setup: LiveWorkerSetup | undefined;
const errors: string[] = [];
const loop = monitorEventLoopDelay({ resolution: 5 });
const gc = recordGcPauses();
let cpuAtPlay: NodeJS.CpuUsage | undefined;

function send(message: FromLiveWorker): void {
  process.send?.(message);
}

function noteError(message: string): void {
  if (errors.length < 20) errors.push(message);
}

// ---------------------------------------------------------------------------------------
// Players

interface Player {
  index: number;
  code: string;
  socket: RawSocketIo;
  id?: string;
  /** (q, phase) keys this player received. */
  seen: Set<string>;
}

const players: Player[] = [];
const receipts = new Map<string, [number, number, number]>();
/** Question receipts: [key, receivedMonoMs] until the report, when the server's stamps arrive. */
const questionReceipts: [string, number][] = [];
let repeatFrames = 0;
/** Players of this worker that received each question. */
const questionCounts = new Map<number, number>();
const answers = { sent: 0, ackOk: 0, refused: {} as Record<string, number>, unacknowledged: 0 };
const answerLog: PlayersReport['answerLog'] = [];

const PHASE = /"phase":"(\w+)"/;
const QUESTION = /"questionIndex":(-?\d+)/;

function onPlayerFrame(player: Player, frame: Buffer): void {
  const at = monoMs();
  // 42["player:state",{...}] or 42["player:round",{...}]: the view's leading fields are enough.
  const head = frame.toString('latin1', 0, Math.min(frame.length, 600));
  if (!head.startsWith('42["player:state"') && !head.startsWith('42["player:round"')) return;
  const phase = PHASE.exec(head)?.[1];
  const q = Number(QUESTION.exec(head)?.[1] ?? NaN);
  if (!phase || Number.isNaN(q)) return noteError(`unreadable view: ${head.slice(0, 120)}`);
  const key = `${player.code}|${q}|${phase}`;
  if (player.seen.has(`${q}|${phase}`)) {
    repeatFrames++;
    return;
  }
  player.seen.add(`${q}|${phase}`);
  const r = receipts.get(key);
  if (r) {
    r[0] = Math.min(r[0], at);
    r[1] = Math.max(r[1], at);
    r[2]++;
  } else receipts.set(key, [at, at, 1]);
  if (phase !== 'question') return;
  questionReceipts.push([key, at]);
  const got = (questionCounts.get(q) ?? 0) + 1;
  questionCounts.set(q, got);
  if (got === players.length) send({ type: 'progress', done: q });
  if (setup!.kind === 'stackhouse') setTimeout(() => answer(player, q), Math.random() * setup!.answerWindowMs);
}

function answer(player: Player, questionIndex: number): void {
  answers.sent++;
  const sentAt = monoMs();
  player.socket
    .emitWithAck<Ack<{ questionIndex: number }>>('answer:submit', { code: player.code, questionIndex, answer: { type: 'single', optionId: 'kr' } }, 10_000)
    .then((ack) => {
      if (!ack) return void answers.unacknowledged++;
      if (!ack.ok) {
        answers.refused[ack.error.code] = (answers.refused[ack.error.code] ?? 0) + 1;
        return;
      }
      answers.ackOk++;
      answerLog.push([player.id!, player.code, questionIndex, sentAt, monoMs() - sentAt]);
    });
}

async function connectPlayers(s: LiveWorkerSetup): Promise<number> {
  let failed = 0;
  const connectOne = async (slot: (typeof s.players)[number]) => {
    const socket = new RawSocketIo(s.url, { protocol: PROTOCOL_VERSION });
    socket.ws.on('error', (error) => noteError(`socket: ${String(error)}`));
    try {
      await socket.connected;
    } catch (error) {
      failed++;
      noteError(`connect: ${String(error)}`);
      return;
    }
    const player: Player = { index: slot.index, code: slot.code, socket, seen: new Set() };
    socket.onEventFrame = (frame) => onPlayerFrame(player, frame);
    players.push(player);
  };
  // A few dozen handshakes at a time: the server takes them without a storm of its own.
  const queue = [...s.players];
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      for (let slot = queue.shift(); slot; slot = queue.shift()) await connectOne(slot);
    }),
  );
  return failed;
}

async function joinStorm(s: LiveWorkerSetup, startMonoMs: number, spreadMs: number): Promise<JoinFigures> {
  const figures: JoinFigures = { attempted: s.players.length, ok: 0, ackMs: [], failures: {} };
  const offsets = new Map(s.players.map((p) => [p.index, p.joinAt * spreadMs]));
  await Promise.all(
    players.map(async (player) => {
      const wait = startMonoMs + offsets.get(player.index)! - monoMs();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const sentAt = monoMs();
      const ack = await player.socket.emitWithAck<Ack<JoinResult>>('player:join', { code: player.code, nickname: `p${player.index}`, locale: 'en' }, 15_000);
      if (ack?.ok) {
        figures.ok++;
        figures.ackMs.push(monoMs() - sentAt);
        player.id = ack.data.playerId;
      } else {
        const code = ack ? ack.error.code : 'NO_ACK';
        figures.failures[code] = (figures.failures[code] ?? 0) + 1;
      }
    }),
  );
  figures.failures['NOT_CONNECTED'] = s.players.length - players.length;
  if (!figures.failures['NOT_CONNECTED']) delete figures.failures['NOT_CONNECTED'];
  return figures;
}

function playersReport(stamps: Record<string, number>): PlayersReport {
  const questionLatencyMs: Record<number, number[]> = {};
  for (const [key, at] of questionReceipts) {
    const commit = stamps[key];
    if (commit === undefined) noteError(`no server stamp for ${key}`);
    else (questionLatencyMs[Number(key.split('|')[1])] ??= []).push(Math.round((at - commit) * 100) / 100);
  }
  const cpu = process.cpuUsage(cpuAtPlay);
  return {
    role: 'players',
    questionLatencyMs,
    receipts: Object.fromEntries(receipts),
    answers,
    answerLog,
    repeatFrames,
    bytesIn: players.reduce((sum, p) => sum + p.socket.bytesIn, 0),
    cpuMicros: cpu.user + cpu.system,
    loopDelayP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
    gcPauses: gc.pauses,
    errors,
  };
}

// ---------------------------------------------------------------------------------------
// Hosts

interface Host {
  code: string;
  hostSecret: string;
  socket: RawSocketIo;
  /** Phases already acted on, as `q|phase`. */
  handled: Set<string>;
  finished: boolean;
}

const hosts: Host[] = [];
const tallies: HostsReport['tallies'] = {};
const revealCounts: HostsReport['revealCounts'] = {};
let hostFrames = 0;
let hostBytes = 0;
let finishedHosts = 0;

type HostViewPart = Pick<HostView, 'phase' | 'questionIndex' | 'participants' | 'answeredCount'>;

/**
 * What the host needs of a whole view but its roster, read from the text. A whole host view
 * at 2,000 players is ~55 KB (the roster); parsing every one (five a question: the broadcasts
 * of the question, the reveal and the leaderboard, and two command acks) made the host
 * process, which shares the load core with the players, pause for its garbage during some
 * questions' fan-out (`hostGcMs` in bench/README.md). Only a running question's roster is
 * needed (who answered); the view's fields before `participants` are scalars and the
 * question, so the first match of each is the view's own.
 */
function hostViewHead(json: string): HostViewPart | null {
  const phase = /"phase":"(\w+)"/.exec(json)?.[1] as HostView['phase'] | undefined;
  const questionIndex = /"questionIndex":(-?\d+)/.exec(json)?.[1];
  const answeredCount = /"answeredCount":(\d+)/.exec(json)?.[1];
  if (!phase || questionIndex === undefined || answeredCount === undefined) return null;
  return { phase, questionIndex: Number(questionIndex), answeredCount: Number(answeredCount), participants: [] };
}

function onHostView(host: Host, view: HostViewPart, at: number): void {
  const q = view.questionIndex;
  if (view.phase === 'question') {
    const seen = ((tallies[host.code] ??= {})[q] ??= {});
    for (const p of view.participants) if (p.answered && seen[p.id] === undefined) seen[p.id] = at;
    return;
  }
  const key = `${q}|${view.phase}`;
  if (host.handled.has(key)) return;
  host.handled.add(key);
  if (view.phase === 'reveal') {
    // The question closed: every answer it took is in this view's count.
    (revealCounts[host.code] ??= {})[q] = view.answeredCount;
    const seen = ((tallies[host.code] ??= {})[q] ??= {});
    seen['*reveal'] = at;
  }
  if (view.phase === 'podium') {
    host.finished = true;
    finishedHosts++;
    send({ type: 'progress', done: finishedHosts });
    return;
  }
  if (view.phase === 'reveal' || view.phase === 'leaderboard') {
    setTimeout(() => void command(host, 'next'), setup!.hostPauseMs);
  }
}

async function command(host: Host, action: 'start' | 'next'): Promise<void> {
  // The ack's view is read for its phase only: a command's view has no answers yet, and the
  // broadcast of the same state brings the roster.
  const ack = await host.socket.emitWithAck<Ack<HostViewPart> | null>('host:command', { code: host.code, command: { action } }, 15_000, (args) => {
    if (args.startsWith('[{"ok":true')) {
      const head = hostViewHead(args);
      return head ? { ok: true, data: head } : null;
    }
    return (JSON.parse(args) as [Ack<HostViewPart>])[0];
  });
  if (!ack) return noteError(`host:command ${action}: no ack, or an unreadable one`);
  if (!ack.ok) return noteError(`host:command ${action}: ${ack.error.code}`);
  onHostView(host, ack.data, monoMs());
}

async function attachHosts(s: LiveWorkerSetup): Promise<void> {
  for (const room of s.rooms) {
    const socket = new RawSocketIo(s.url, { protocol: PROTOCOL_VERSION });
    await socket.connected;
    const host: Host = { code: room.code, hostSecret: room.hostSecret, socket, handled: new Set(), finished: false };
    socket.onEventFrame = (frame) => {
      const at = monoMs();
      hostFrames++;
      hostBytes += frame.length;
      const text = frame.toString('utf8', 2);
      // A delta (same phase and question as the last whole view) carries the roster entries
      // that changed: small, parsed. A whole view is parsed only while a question runs.
      const isDelta = text.startsWith('["host:delta"');
      if (!isDelta && !text.startsWith('["host:state"')) return;
      const head = isDelta ? null : hostViewHead(text);
      if (!isDelta && !head) return noteError(`unreadable host view: ${text.slice(0, 120)}`);
      if (head && head.phase !== 'question') return onHostView(host, head, at);
      const [, view] = JSON.parse(text) as [string, HostView];
      onHostView(host, view, at);
    };
    const ack = await socket.emitWithAck<Ack<HostView>>('host:attach', { code: room.code, hostSecret: room.hostSecret, locale: 'en' }, 15_000);
    if (!ack?.ok) throw new Error(`host:attach: ${ack ? ack.error.code : 'no ack'}`);
    hosts.push(host);
  }
}

// ---------------------------------------------------------------------------------------

process.on('message', (message: ToLiveWorker) => {
  const run = async () => {
    switch (message.type) {
      case 'setup':
        setup = message.setup;
        if (setup.role === 'players') send({ type: 'connected', failed: await connectPlayers(setup) });
        else {
          await attachHosts(setup);
          send({ type: 'connected', failed: 0 });
        }
        break;
      case 'join':
        send({ type: 'joined', joins: await joinStorm(setup!, message.startMonoMs, message.spreadMs) });
        break;
      case 'play':
        loop.enable();
        gc.reset();
        cpuAtPlay = process.cpuUsage();
        if (setup!.role === 'hosts') for (const host of hosts) void command(host, 'start');
        break;
      case 'report':
        if (setup!.role === 'players') send({ type: 'report', report: playersReport(message.stamps) });
        else {
          const cpu = process.cpuUsage(cpuAtPlay);
          send({ type: 'report', report: { role: 'hosts', tallies, revealCounts, hostFrames, hostBytes, finished: finishedHosts, cpuMicros: cpu.user + cpu.system, gcPauses: gc.pauses, errors } });
        }
        break;
      case 'stop':
        for (const p of players) p.socket.close();
        for (const h of hosts) h.socket.close();
        process.exit(0);
    }
  };
  run().catch((error: unknown) => send({ type: 'error', message: String(error) }));
});

process.on('disconnect', () => process.exit(0));
