import { PROTOCOL_VERSION } from '../../lib/protocol/version';
import v8 from 'node:v8';
import vm from 'node:vm';
import WebSocket from 'ws';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createSession, hostOf, removeTempDirs, startServer, testQuiz, type RunningServer } from './support/live-server';
import { Phone } from './support/processes';

/*
 * Networks in classrooms: a phone's connection drops for a moment while the game moves on
 * (it comes back on the current question, nothing missed), and a flood of oversize or
 * fragmented frames (each connection is closed at the cap, memory stays flat, the game goes on).
 */

const quiz = testQuiz({ limitSec: 60 });
const servers: RunningServer[] = [];
const phones: Phone[] = [];
afterEach(async () => {
  for (const phone of phones.splice(0)) phone.socket.close();
  for (const server of servers.splice(0)) await server.stop();
});
afterAll(() => removeTempDirs());

const gc: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

describe('network cuts and floods', () => {
  it('a phone cut off while the game moves on comes back by itself on the current question', async () => {
    const server = await startServer({ quizzes: [quiz] });
    servers.push(server);
    const session = await createSession(server.url, { quizId: quiz.id });
    const { client: host } = await hostOf(server, session);
    const phone = new Phone(server.url, 'Ana', session.code);
    phones.push(phone);
    await phone.join();
    await host.ok('host:command', { code: session.code, command: { action: 'start' } });
    await expect.poll(() => phone.view?.phase).toBe('question');

    // The transport dies (Wi-Fi gone); meanwhile the host skips to the next question.
    const cutAt = Date.now();
    (phone.socket.io as unknown as { engine: { close(): void } }).engine.close();
    let view = await host.ok('host:command', { code: session.code, command: { action: 'skip' } });
    while (view.phase !== 'question') view = await host.ok('host:command', { code: session.code, command: { action: 'next' } });
    expect(view.questionIndex).toBe(1);

    await expect.poll(() => phone.resumedAt > cutAt, { timeout: 8_000 }).toBe(true);
    await expect.poll(() => [phone.view?.phase, phone.view?.questionIndex]).toEqual(['question', 1]);
  });

  it('oversize and endlessly fragmented frames close only their own connection; memory stays flat', async () => {
    const server = await startServer({ quizzes: [quiz] });
    servers.push(server);
    const session = await createSession(server.url, { quizId: quiz.id });
    const phone = new Phone(server.url, 'Ana', session.code);
    phones.push(phone);
    await phone.join();
    const wsUrl = `${server.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`;

    const attack = async (kind: 'oversize' | 'fragments') =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(wsUrl);
        ws.on('error', () => undefined);
        ws.on('close', (code) => resolve(code));
        ws.on('open', () => {
          ws.send(`40{"protocol":${PROTOCOL_VERSION}}`);
          if (kind === 'oversize') ws.send(`42["player:join",{"nickname":"${'x'.repeat(40_000)}"}]`);
          else {
            // A message that never ends: 1 KB fragments, never a final one.
            const chunk = Buffer.alloc(1024, 'x');
            let sent = 0;
            const send = () => {
              if (ws.readyState !== WebSocket.OPEN || sent++ > 64) return;
              ws.send(chunk, { fin: false, binary: false }, () => setImmediate(send));
            };
            send();
          }
        });
      });

    gc();
    const before = process.memoryUsage().heapUsed;
    for (let round = 0; round < 5; round++) {
      const codes = await Promise.all(Array.from({ length: 40 }, (_, i) => attack(i % 2 ? 'oversize' : 'fragments')));
      // 1009: message too big. Every attacking connection is closed by the server.
      expect(codes.every((c) => c === 1009 || c === 1006)).toBe(true);
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    console.log(`flood: 200 connections closed at the cap; heap grew ${grownMb.toFixed(1)} MB`);
    expect(grownMb).toBeLessThan(20);
    // The honest player beside it still plays.
    expect(phone.socket.connected).toBe(true);
    expect((await phone.ask('player:locale', { code: session.code, locale: 'pt' })).ok).toBe(true);
  });
});
