import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { Ack, JoinResult } from '../../lib/protocol/events';
import { PROTOCOL_VERSION } from '../../lib/protocol/version';
import type { HostView, PlayerView } from '../../lib/quiz/views';
import { createSession, removeTempDirs, rightAnswer, tempDataDir, testQuiz, wrongAnswer, type ClientSocket } from './support/live-server';

/*
 * The crash test of issue 7: 200 players mid-question, the server killed with SIGKILL and
 * started again on the same data. Every answer that was acknowledged is still there, every
 * player is back by themselves within 5 s on the same question with the time that was left,
 * and the scores are what they were.
 */

const PLAYERS = 200;
const LIMIT_SEC = 40;
const quiz = testQuiz({ limitSec: LIMIT_SEC });

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function startProcess(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/support/server-process.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, QUESTION_LIMIT_SEC: String(LIMIT_SEC) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server process not ready within 30 s')), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('ready')) return;
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
  });
}

/** A phone: reconnects by itself, as the real client does, and resumes with its secret. */
class Phone {
  readonly socket: ClientSocket;
  secret: string | undefined;
  playerId: string | undefined;
  view: PlayerView | undefined;
  /** When the last resume after a reconnection was acknowledged. */
  resumedAt = 0;
  constructor(url: string, readonly nickname: string, private readonly code: string) {
    this.socket = io(url, { auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 1000 });
    this.socket.on('player:state', (v) => (this.view = v));
    this.socket.on('connect', () => {
      if (!this.secret) return;
      void this.ask<PlayerView>('player:resume', { code: this.code, playerSecret: this.secret }).then((r) => {
        if (!r.ok) return;
        this.view = r.data;
        this.resumedAt = Date.now();
      });
    });
  }
  ask<T>(event: string, payload: unknown, timeoutMs = 10_000): Promise<Ack<T>> {
    return (this.socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<T>> }).emitWithAck(event, payload);
  }
  connected(): Promise<void> {
    return this.socket.connected ? Promise.resolve() : new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }
  async join(): Promise<void> {
    await this.connected();
    const r = await this.ask<JoinResult>('player:join', { code: this.code, nickname: this.nickname, locale: 'en' });
    if (!r.ok) throw new Error(`join ${this.nickname}: ${r.error.code}`);
    this.secret = r.data.playerSecret;
    this.playerId = r.data.playerId;
    this.view = r.data.view;
  }
}

describe('a server killed with SIGKILL mid-question', () => {
  const phones: Phone[] = [];
  let child: ChildProcess | undefined;
  afterAll(() => {
    for (const phone of phones) phone.socket.close();
    child?.kill('SIGKILL');
    removeTempDirs();
  });

  it('comes back with every acknowledged answer; 200 players are back within 5 s on the same question, scores unchanged', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const dataDir = tempDataDir();
    const url = `http://127.0.0.1:${port}`;
    child = await startProcess(port, dataDir);
    const session = await createSession(url, { quizId: quiz.id, scoring: 'accuracy' });
    const host = io(url, { auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 1000 });
    const hostAsk = <T>(event: string, payload: unknown) => (host.timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<T>> }).emitWithAck(event, payload);
    const attach = () => hostAsk<HostView>('host:attach', { code: session.code, hostSecret: session.hostSecret, locale: 'en' });
    host.on('connect', () => void attach());
    await new Promise<void>((resolve) => host.once('connect', () => resolve()));
    expect((await attach()).ok).toBe(true);

    for (let i = 0; i < PLAYERS; i++) phones.push(new Phone(url, `p${i}`, session.code));
    await Promise.all(phones.map((p) => p.join()));
    const command = async (action: string) => {
      const r = await hostAsk<HostView>('host:command', { code: session.code, command: { action } });
      if (!r.ok) throw new Error(`${action}: ${r.error.code}`);
      return r.data;
    };

    // Question 1 in full: even-numbered players right, odd ones wrong; then the reveal.
    await command('start');
    const q1 = quiz.questions[0]!;
    await Promise.all(phones.map((p, i) => p.ask('answer:submit', { code: session.code, questionIndex: 0, answer: i % 2 === 0 ? rightAnswer(q1) : wrongAnswer(q1) })));
    // Everyone answered, so the question has closed by itself; on to question 2.
    let q2view = await command('next');
    while (q2view.phase !== 'question') q2view = await command('next');
    expect(q2view.questionIndex).toBe(1);
    const scoresBefore = new Map<string, number>();
    await Promise.all(phones.map(async (p) => {
      const r = await p.ask<PlayerView>('player:resume', { code: session.code, playerSecret: p.secret });
      if (!r.ok) throw new Error(r.error.code);
      scoresBefore.set(p.nickname, r.data.me.score);
    }));

    // Question 2: 150 answers acknowledged, then 50 sent as the server is killed.
    const q2 = quiz.questions[1]!;
    const acked = new Set<string>();
    await Promise.all(phones.slice(0, 150).map(async (p) => {
      const r = await p.ask('answer:submit', { code: session.code, questionIndex: 1, answer: rightAnswer(q2) });
      if (r.ok) acked.add(p.nickname);
    }));
    expect(acked.size).toBe(150);
    const lateReplies = phones.slice(150).map((p) =>
      p.ask('answer:submit', { code: session.code, questionIndex: 1, answer: rightAnswer(q2) }, 3_000).then(
        (r) => {
          if (r.ok) acked.add(p.nickname);
        },
        () => undefined,
      ),
    );
    const endsAt = q2view.timer!.endsAt!;
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    await Promise.all(lateReplies);

    // Down for a moment, then up again on the same port and data.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const restartedAt = Date.now();
    child = await startProcess(port, dataDir);
    const upAt = Date.now();
    await expect.poll(() => phones.filter((p) => p.resumedAt > restartedAt).length, { timeout: 5_000, interval: 100 }).toBe(PLAYERS);
    const backWithinMs = Math.max(...phones.map((p) => p.resumedAt)) - upAt;
    console.log(`crash test: ${PLAYERS} players back ${backWithinMs} ms after the restart; ${acked.size} answers acknowledged to question 2`);
    expect(backWithinMs).toBeLessThanOrEqual(5_000);

    for (const phone of phones) {
      const v = phone.view!;
      expect(v.phase).toBe('question');
      expect(v.questionIndex).toBe(1);
      // The same deadline: the time that was left, still running.
      expect(v.timer?.endsAt).toBe(endsAt);
      expect(v.me.score).toBe(scoresBefore.get(phone.nickname));
      if (acked.has(phone.nickname)) expect(v.myAnswer).toEqual(rightAnswer(q2));
    }

    // The question closes with every acknowledged answer counted.
    await expect.poll(async () => (await attach()).ok, { timeout: 5_000 }).toBe(true);
    const reveal = await command('next');
    expect(reveal.phase).toBe('reveal');
    expect(reveal.answeredCount).toBeGreaterThanOrEqual(acked.size);
    host.close();
  });
});
