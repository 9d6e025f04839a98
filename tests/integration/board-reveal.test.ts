import { afterAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../lib/board/model';
import { QUESTION_BANK } from '../../lib/content/bank';
import type { HotspotQuestion } from '../../lib/quiz/types';
import { BoardPeer, eventually } from './support/board-peer';
import { hostOf, joinAs, removeTempDirs, startServer, type RunningServer } from './support/live-server';

describe('the reveal of a question about a diagram region', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
    removeTempDirs();
  });

  it('spotlights that region on the open board for everyone, and keeps it after a reload of the board', async () => {
    const question = QUESTION_BANK.find((q): q is HotspotQuestion => q.type === 'hotspot')!;
    const next = QUESTION_BANK.find((q) => q.id !== question.id && q.type === 'truefalse')!;
    server = await startServer({ bank: QUESTION_BANK });
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ questionIds: [question.id, next.id], locale: 'en', scoring: 'accuracy' }),
    });
    const session = (await res.json()) as { code: string; hostSecret: string };
    const { client: host } = await hostOf(server, session);
    const ana = await joinAs(server, session.code, 'Ana', 'pt');
    const board = new BoardPeer(session.code, question.diagramId, { id: ana.playerId, role: 'player' });
    await board.join(ana.client);
    expect(readSettings(board.doc).spotlight).toBeNull();

    await host.ok('host:command', { code: session.code, command: { action: 'start' } });
    await host.ok('host:command', { code: session.code, command: { action: 'next' } });

    const about = question.about?.regionId ?? question.correctRegionIds[0];
    await eventually(() => expect(readSettings(board.doc).spotlight).toBe(about));
    // Stored like any other update: a newcomer on the board gets it too.
    const late = await server.connect();
    await late.ok('host:attach', { code: session.code, hostSecret: session.hostSecret, locale: 'en' });
    const hostBoard = new BoardPeer(session.code, question.diagramId, { id: 'host', role: 'host' });
    await hostBoard.join(late);
    expect(readSettings(hostBoard.doc).spotlight).toBe(about);
  });
});

describe('the next question', () => {
  it('takes the reveal’s spotlight off again, so it cannot point at the next answer', async () => {
    const question = QUESTION_BANK.find((q): q is HotspotQuestion => q.type === 'hotspot')!;
    const next = QUESTION_BANK.find((q) => q.id !== question.id && q.type === 'truefalse')!;
    const server = await startServer({ bank: QUESTION_BANK });
    try {
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ questionIds: [question.id, next.id], locale: 'en', scoring: 'accuracy' }),
      });
      const session = (await res.json()) as { code: string; hostSecret: string };
      const { client: host } = await hostOf(server, session);
      const ana = await joinAs(server, session.code, 'Ana');
      const board = new BoardPeer(session.code, question.diagramId, { id: ana.playerId, role: 'player' });
      await board.join(ana.client);
      await host.ok('host:command', { code: session.code, command: { action: 'start' } });
      await host.ok('host:command', { code: session.code, command: { action: 'next' } });
      await eventually(() => expect(readSettings(board.doc).spotlight).not.toBeNull());
      for (let i = 0; i < 3; i++) {
        const view = await host.ok('host:command', { code: session.code, command: { action: 'next' } });
        if (view.phase === 'question') break;
      }
      await eventually(() => expect(readSettings(board.doc).spotlight).toBeNull());
    } finally {
      await server.stop();
    }
  });
});
