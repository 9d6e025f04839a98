import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createSession, removeTempDirs, rightAnswer, tempDataDir, testQuiz } from './support/live-server';
import { freePort, HostPhone, Phone, startProcess } from './support/processes';

/*
 * SIGTERM (a deploy): the server takes nothing new, tells its clients it is restarting,
 * finishes the writes under way and exits 0; whatever it acknowledged is there when the
 * next process starts, and the clients come back to it by themselves.
 */

const LIMIT_SEC = 60;
const quiz = testQuiz({ limitSec: LIMIT_SEC });

describe('a server stopped with SIGTERM', () => {
  const phones: Phone[] = [];
  let child: ChildProcess | undefined;
  afterAll(() => {
    for (const phone of phones) phone.socket.close();
    child?.kill('SIGKILL');
    removeTempDirs();
  });

  it('finishes its writes, tells clients, exits 0, and loses nothing it acknowledged', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const dataDir = tempDataDir();
    const url = `http://127.0.0.1:${port}`;
    child = await startProcess(port, dataDir, LIMIT_SEC);
    const session = await createSession(url, { quizId: quiz.id, scoring: 'accuracy' });
    const host = await HostPhone.attach(url, session);
    for (let i = 0; i < 30; i++) phones.push(new Phone(url, `p${i}`, session.code));
    await Promise.all(phones.map((p) => p.join()));
    const told: string[] = [];
    for (const p of phones) p.socket.on('server:restarting', () => told.push(p.nickname));
    await host.command('start');

    // Answers on their way as the signal arrives: each is either acknowledged (and then
    // stored) or refused with INTERNAL (and then not), never acknowledged and lost.
    const q = quiz.questions[0]!;
    const replies = phones.map((p) => p.ask('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(q) }, 5_000).catch(() => null));
    child.kill('SIGTERM');
    const exitCode = await new Promise<number | null>((resolve) => child!.once('exit', resolve));
    expect(exitCode).toBe(0);
    const outcomes = await Promise.all(replies);
    const acked = new Set(phones.filter((_, i) => outcomes[i]?.ok).map((p) => p.nickname));
    for (const outcome of outcomes) if (outcome && !outcome.ok) expect(outcome.error.code).toBe('INTERNAL');
    expect(told.length).toBeGreaterThan(0);

    const restartedAt = Date.now();
    child = await startProcess(port, dataDir, LIMIT_SEC);
    await expect.poll(() => phones.filter((p) => p.resumedAt > restartedAt).length, { timeout: 10_000, interval: 100 }).toBe(phones.length);
    for (const phone of phones) {
      expect(phone.view!.questionIndex).toBe(0);
      expect(phone.view!.myAnswer).toEqual(acked.has(phone.nickname) ? rightAnswer(q) : null);
    }
    console.log(`shutdown test: ${acked.size} of ${phones.length} answers acknowledged around the SIGTERM, all of them found after the restart`);
    host.socket.close();
  });
});
