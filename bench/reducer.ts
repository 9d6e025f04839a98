/*
 * `npm run bench:reducer`: the live quiz's state machine alone (lib/quiz/machine.ts), in this
 * process, with no server or socket: how the cost of one join and of one answer grows with
 * the room. A join storm of n players goes through `reduce` as the server sends it (reading
 * the active count after each join, as `player:join` does), then every player answers each of
 * a few single-choice questions (each closes when the last one answers, which scores the
 * room).
 *
 * The figure that matters is the growth, each size against the smallest measured in the same
 * run: a reducer whose join or answer copies the room makes the cost per event grow with n
 * (10x the room, ~10x per join); one that does not keeps it near 1x. Absolute microseconds
 * move with the machine; the ratios much less.
 *
 * Writes bench/results/reducer.json (or --out) and prints a table.
 * Options: --sizes 1000,2000,5000,10000  --questions 3  --repeats 5  --out file
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeCount, createSession, reduce, type SessionEvent, type SessionState } from '../lib/quiz/machine';
import type { Quiz } from '../lib/quiz/types';
import { singleChoiceQuiz } from './bench-quiz';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Options {
  sizes: number[];
  questions: number;
  repeats: number;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [1_000, 2_000, 5_000, 10_000], questions: 3, repeats: 5, out: path.join(here, 'results', 'reducer.json') };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const positive = (name: string): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a positive whole number, got ${value ?? 'nothing'}`);
      i++;
      return n;
    };
    switch (argv[i]) {
      case '--sizes':
        if (!value || !/^\d+(,\d+)*$/.test(value)) throw new Error(`--sizes takes numbers separated by commas, got ${value ?? 'nothing'}`);
        options.sizes = value.split(',').map(Number);
        i++;
        break;
      case '--questions':
        options.questions = positive('--questions');
        break;
      case '--repeats':
        options.repeats = positive('--repeats');
        break;
      case '--out':
        if (!value) throw new Error('--out takes a file');
        options.out = value;
        i++;
        break;
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return options;
}

function apply(state: SessionState, event: SessionEvent, quiz: Quiz, now: number): SessionState {
  const result = reduce(state, event, { now, quiz });
  if (!result.ok) throw new Error(`${event.type} refused: ${result.code}`);
  return result.state;
}

/** One storm and one game at size n: milliseconds spent in joins and in answers. */
function play(n: number, quiz: Quiz): { joinMs: number; answerMs: number } {
  let now = 0;
  let state = createSession({ code: 'BENCH1', shuffleSeed: 'bench', quiz, scoring: 'speed', now });
  const joinStart = performance.now();
  for (let i = 0; i < n; i++) {
    state = apply(state, { type: 'join', playerId: `p${i}`, nickname: `Player ${i}`, locale: i % 2 ? 'pt' : 'en', secretHash: 'h' }, quiz, ++now);
    if (activeCount(state) !== i + 1) throw new Error('a join went missing');
  }
  const joinMs = performance.now() - joinStart;
  state = apply(state, { type: 'host', command: { action: 'start' } }, quiz, ++now);
  let answerMs = 0;
  for (let q = 0; q < quiz.questions.length; q++) {
    const question = quiz.questions[q]!;
    if (question.type !== 'single') throw new Error('the bench quiz is single-choice');
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      state = apply(state, { type: 'answer', playerId: `p${i}`, questionIndex: q, answer: { type: 'single', optionId: question.options[i % question.options.length]!.id } }, quiz, ++now);
    }
    answerMs += performance.now() - start;
    if (state.phase !== 'reveal') throw new Error(`question ${q} did not close when everyone had answered`);
    state = apply(state, { type: 'host', command: { action: 'next' } }, quiz, ++now);
    state = apply(state, { type: 'host', command: { action: 'next' } }, quiz, ++now);
  }
  if (state.phase !== 'podium') throw new Error('the game did not end');
  return { joinMs, answerMs };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const r2 = (n: number): number => Math.round(n * 100) / 100;

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const quiz = singleChoiceQuiz('bench-reducer', options.questions, 3_600);
  const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  const started = Date.now();
  // Every size once untimed first, so the compiler has seen the whole path at every size.
  for (const n of sizes) play(n, quiz);
  const rows = sizes.map((players) => {
    const runs = Array.from({ length: options.repeats }, () => play(players, quiz));
    const joinMs = median(runs.map((r) => r.joinMs));
    const answerMs = median(runs.map((r) => r.answerMs));
    return { players, questions: options.questions, joinStormMs: r2(joinMs), joinUs: r2((joinMs * 1000) / players), answerUs: r2((answerMs * 1000) / (players * options.questions)) };
  });
  const base = rows[0]!;
  const results = rows.map((row) => ({ ...row, joinGrowth: r2(row.joinUs / base.joinUs), answerGrowth: r2(row.answerUs / base.answerUs), againstPlayers: base.players }));
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);

  console.log(`State machine alone (median of ${options.repeats}); growth = microseconds per event against ${base.players} players`);
  console.log('players  join storm ms  us/join  join growth  us/answer  answer growth');
  for (const r of results) {
    console.log(
      [String(r.players).padStart(7), String(r.joinStormMs).padStart(13), String(r.joinUs).padStart(8), `${r.joinGrowth}x`.padStart(11), String(r.answerUs).padStart(10), `${r.answerGrowth}x`.padStart(14)].join('  '),
    );
  }
  console.log(`${path.relative(process.cwd(), options.out)} written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
