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
    server = await startServer({ bank: QUESTION_BANK });
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ questionIds: [question.id], locale: 'en', scoring: 'accuracy' }),
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
