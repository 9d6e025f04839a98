import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlayerView } from '../../lib/quiz/views';
import { createSession, removeTempDirs, rightAnswer, tempDataDir, testQuiz, wrongAnswer } from './support/live-server';
import { freePort, HostPhone, Phone, startProcess } from './support/processes';

/*
 * The crash test of issue 7: 200 players mid-question, the server killed with SIGKILL and
 * started again on the same data. Every answer that was acknowledged is still there, every
 * player is back by themselves within 5 s on the same question with the time that was left,
 * and the scores are what they were.
 */

const PLAYERS = 200;
const LIMIT_SEC = 40;
const quiz = testQuiz({ limitSec: LIMIT_SEC });

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
    child = await startProcess(port, dataDir, LIMIT_SEC);
    const session = await createSession(url, { quizId: quiz.id, scoring: 'accuracy' });
    const host = await HostPhone.attach(url, session);

    for (let i = 0; i < PLAYERS; i++) phones.push(new Phone(url, `p${i}`, session.code));
    await Promise.all(phones.map((p) => p.join()));
    const command = (action: string) => host.command(action);

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
    child = await startProcess(port, dataDir, LIMIT_SEC);
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
    await expect.poll(async () => (await host.attachAgain()).ok, { timeout: 5_000 }).toBe(true);
    const reveal = await command('next');
    expect(reveal.phase).toBe('reveal');
    expect(reveal.answeredCount).toBeGreaterThanOrEqual(acked.size);
    host.socket.close();
  });
});
