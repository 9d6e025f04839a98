import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../lib/board/codec';
import { createBoardDoc } from '../lib/board/model';
import { addNote, editNote } from '../lib/board/notes';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { HostView } from '../lib/quiz/views';
import { connectClient, createSession, rightAnswer, testQuiz, wrongAnswer, type LiveClient } from '../tests/integration/support/live-server';

/*
 * Soak benchmark (issue 7): games and annotation without pause for `--minutes` (30 by
 * default), against the real server in its own process. Game after game, `--players`
 * phones join a new session, answer every question after a human-like pause and leave at the
 * podium; meanwhile `--annotators` people edit notes on the session's board every 2 s and
 * move cursors at 5 Hz. Every `--window` seconds it records the server's memory, CPU and
 * event-loop delay, and the acknowledgement latency of answers and board updates; at the end
 * it reports the drift (last window against the first) and writes bench/results/soak.json.
 *
 *   npm run bench:soak -- [--minutes 30] [--players 30] [--annotators 10] [--window 30]
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, 'results', 'soak.json');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const MINUTES = option('minutes', 30);
const PLAYERS = option('players', 30);
const ANNOTATORS = option('annotators', 10);
const WINDOW_S = option('window', 30);
const quiz = testQuiz({ id: 'soak', limitSec: 4 });

interface Usage {
  rssMb: number;
  heapMb: number;
  cpuMicros: number;
  loopP99Ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (values: number[], q: number) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

let stopping = false;
let answerLatencies: number[] = [];
let boardLatencies: number[] = [];
let games = 0;
let errors = 0;

async function timed<T>(latencies: number[], work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  latencies.push(performance.now() - start);
  return result;
}

/** One game from lobby to podium, with annotation on its board beside it. */
async function playGame(url: string): Promise<void> {
  const session = await createSession(url, { quizId: quiz.id, scoring: 'speed' });
  const host = await connectClient(url);
  await host.ok('host:attach', { code: session.code, hostSecret: session.hostSecret, locale: 'en' });
  const phones: Array<{ client: LiveClient; index: number; playerId: string }> = [];
  for (let i = 0; i < PLAYERS; i++) {
    const client = await connectClient(url);
    const joined = await client.ok('player:join', { code: session.code, nickname: `p${i}`, locale: i % 2 ? 'pt' : 'en' });
    phones.push({ client, index: i, playerId: joined.playerId });
  }
  // Annotators are players too: the first ANNOTATORS phones open the board.
  let annotating = true;
  const annotation = Promise.all(
    phones.slice(0, ANNOTATORS).map(async ({ client, index, playerId }) => {
      const doc = createBoardDoc();
      const awareness = new Awareness(new Y.Doc());
      const state = await client.ok('board:join', { code: session.code, diagramId: 'stacks' });
      Y.applyUpdate(doc, fromBase64(state.update));
      client.socket.on('board:update', (p) => Y.applyUpdate(doc, fromBase64(p.update)));
      const actor = { id: playerId, role: 'player' as const };
      let n = 0;
      while (annotating && !stopping) {
        const before = Y.encodeStateVector(doc);
        if (n === 0) addNote(doc, actor, { id: `n-${session.code}-${index}`, kind: 'note', regionId: 'st-vm-hypervisor', x: Math.random(), y: Math.random(), text: `note ${n}`, createdAt: Date.now() });
        else editNote(doc, actor, `n-${session.code}-${index}`, { text: `edit ${n}`, x: Math.random() });
        n++;
        const update = toBase64(Y.encodeStateAsUpdate(doc, before));
        const ack = await timed(boardLatencies, () => client.request('board:update', { code: session.code, diagramId: 'stacks', update }));
        if (!ack.ok) errors++;
        for (let k = 0; k < 10 && annotating; k++) {
          awareness.setLocalState({ id: playerId, role: 'player', name: `p${index}`, cursor: { x: Math.random(), y: Math.random() }, selected: null });
          client.socket.emit('board:awareness', { code: session.code, diagramId: 'stacks', update: toBase64(encodeAwarenessUpdate(awareness, [awareness.clientID])) });
          await sleep(200);
        }
      }
      awareness.destroy();
    }),
  );
  await host.ok('host:command', { code: session.code, command: { action: 'start' } });
  for (let q = 0; q < quiz.questions.length && !stopping; q++) {
    const question = quiz.questions[q]!;
    await Promise.all(
      phones.map(async ({ client, index }) => {
        await sleep(200 + Math.random() * 2500);
        const answer = index % 3 === 0 ? wrongAnswer(question) : rightAnswer(question);
        const ack = await timed(answerLatencies, () => client.request('answer:submit', { code: session.code, questionIndex: q, answer }));
        if (!ack.ok && ack.error.code !== 'TOO_LATE') errors++;
      }),
    );
    let view: HostView = await host.ok('host:command', { code: session.code, command: { action: 'next' } });
    while (view.phase !== 'question' && view.phase !== 'podium') view = await host.ok('host:command', { code: session.code, command: { action: 'next' } });
  }
  annotating = false;
  await annotation;
  for (const { client } of phones) client.close();
  host.close();
  games++;
}

async function main(): Promise<void> {
  const server: ChildProcess = fork(path.join(here, 'soak-server.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    server.once('message', (m: { type: string; url?: string }) => (m.type === 'ready' ? resolve(m.url!) : reject(new Error('server failed'))));
    server.once('exit', () => reject(new Error('server exited')));
  });
  const usage = () =>
    new Promise<Usage>((resolve) => {
      server.once('message', (m: Usage & { type: string }) => resolve(m));
      server.send({ type: 'usage' });
    });

  console.log(`soak: ${MINUTES} min, ${PLAYERS} players and ${ANNOTATORS} annotators per game, windows of ${WINDOW_S} s`);
  const windows: Array<Record<string, number | null>> = [];
  let last = await usage();
  const started = Date.now();
  const games$ = (async () => {
    while (!stopping) {
      try {
        await playGame(url);
      } catch (error) {
        errors++;
        console.error(`game failed: ${String(error)}`);
        await sleep(1000);
      }
    }
  })();
  while (Date.now() - started < MINUTES * 60_000) {
    await sleep(Math.min(WINDOW_S * 1000, MINUTES * 60_000 - (Date.now() - started)));
    const now = await usage();
    const w = {
      atS: Math.round((Date.now() - started) / 1000),
      games,
      rssMb: Math.round(now.rssMb * 10) / 10,
      heapMb: Math.round(now.heapMb * 10) / 10,
      cpuPct: Math.round(((now.cpuMicros - last.cpuMicros) / 1e4 / WINDOW_S) * 10) / 10,
      eventLoopP99Ms: Math.round(now.loopP99Ms * 10) / 10,
      answers: answerLatencies.length,
      answerAckP50Ms: round(quantile(answerLatencies, 0.5)),
      answerAckP99Ms: round(quantile(answerLatencies, 0.99)),
      boardUpdates: boardLatencies.length,
      boardAckP50Ms: round(quantile(boardLatencies, 0.5)),
      boardAckP99Ms: round(quantile(boardLatencies, 0.99)),
      errors,
    };
    windows.push(w);
    console.log(JSON.stringify(w));
    answerLatencies = [];
    boardLatencies = [];
    last = now;
  }
  stopping = true;
  await Promise.race([games$, sleep(30_000)]);
  server.send({ type: 'stop' });

  // Drift: the last window against the first full one (the first carries the warm-up).
  const first = windows[Math.min(1, windows.length - 1)]!;
  const end = windows.at(-1)!;
  const ratio = (key: string) => (first[key] && end[key] ? Math.round(((end[key] as number) / (first[key] as number)) * 100) / 100 : null);
  const result = {
    minutes: MINUTES,
    players: PLAYERS,
    annotators: ANNOTATORS,
    games,
    errors,
    drift: {
      rssMb: Math.round(((end.rssMb as number) - (first.rssMb as number)) * 10) / 10,
      heapMb: Math.round(((end.heapMb as number) - (first.heapMb as number)) * 10) / 10,
      answerAckP99Ratio: ratio('answerAckP99Ms'),
      boardAckP99Ratio: ratio('boardAckP99Ms'),
      eventLoopP99Ratio: ratio('eventLoopP99Ms'),
    },
    windows,
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify(result, null, 2) + '\n');
  console.log(`soak: ${games} games, ${errors} errors; drift ${JSON.stringify(result.drift)}; written ${path.relative(process.cwd(), RESULTS)}`);
  process.exit(0);
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

void main();
