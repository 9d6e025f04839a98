import type { Limits } from '../../server/limits/limits';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../lib/board/codec';
import { notesOf, readNote, readNotes, readSettings, type BoardActor } from '../../lib/board/model';
import { addNote, editNote, react, replyTo, updateSettings, type NewNote } from '../../lib/board/notes';
import { MAX_BOARD_UPDATE_BYTES } from '../../lib/board/permissions';
import type { BoardUpdate } from '../../lib/protocol/events';
import { BoardPeer, eventually } from './support/board-peer';
import { createSession, hostOf, joinAs, removeTempDirs, startServer, tempDataDir, type CreatedSession, type LiveClient, type RunningServer } from './support/live-server';

/*
 * Shared boards with a real server on port 0 and real Yjs documents on the client side:
 * everyone converges, offline edits merge, acknowledged updates survive a restart, and what
 * a participant may not do is refused and undone on their screen.
 */

const DIAGRAM = 'house-apartment';
const servers: RunningServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});
afterAll(() => removeTempDirs());

async function start(dataDir?: string, limits?: Partial<Limits>): Promise<RunningServer> {
  const server = await startServer({ dataDir, limits });
  servers.push(server);
  return server;
}

const note = (id: string, extra: Partial<NewNote> = {}): NewNote => ({
  id,
  kind: 'note',
  regionId: 'ha-house-plumbing',
  x: 0.4,
  y: 0.6,
  text: `Question ${id}`,
  createdAt: 1_700_000_000_000,
  ...extra,
});

interface Room {
  session: CreatedSession;
  host: BoardPeer;
  players: { peer: BoardPeer; client: LiveClient; playerSecret: string }[];
}

/** A session with its host and `count` players, all with the diagram's board open. */
async function roomWith(server: RunningServer, count: number): Promise<Room> {
  const session = await createSession(server.url);
  const { client: hostClient } = await hostOf(server, session);
  const host = new BoardPeer(session.code, DIAGRAM, { id: 'host', role: 'host' });
  await host.join(hostClient);
  const players = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const player = await joinAs(server, session.code, `P${i}`);
      const peer = new BoardPeer(session.code, DIAGRAM, { id: player.playerId, role: 'player' });
      await peer.join(player.client);
      return { peer, client: player.client, playerSecret: player.playerSecret };
    }),
  );
  return { session, host, players };
}

/** The board as a newly arrived host sees it: the server's state. */
async function serverView(server: RunningServer, session: CreatedSession): Promise<string> {
  const { client } = await hostOf(server, session);
  const peer = new BoardPeer(session.code, DIAGRAM, { id: 'host', role: 'host' });
  await peer.join(client);
  client.close();
  return peer.view();
}

describe('a shared board', () => {
  it('brings 20 people to the same document after concurrent edits', async () => {
    const server = await start();
    const room = await roomWith(server, 19);
    const peers = [room.host, ...room.players.map((p) => p.peer)];
    const acks = await Promise.all(peers.map((peer, i) => peer.change((doc, me) => addNote(doc, me, note(`n${i}`, { x: i / 20 })))));
    expect(acks.every((ack) => ack?.ok)).toBe(true);
    await eventually(() => {
      for (const peer of peers) expect(notesOf(peer.doc).size).toBe(20);
    });

    // Everyone at once: edit their note, reply to the next one, react to the previous one.
    const second = await Promise.all(
      peers.map((peer, i) =>
        peer.change((doc, me) => {
          editNote(doc, me, `n${i}`, { text: `Edited by ${i}` });
          replyTo(doc, me, `n${(i + 1) % 20}`, { id: `r${i}`, text: `Reply from ${i}`, at: i });
          react(doc, me, `n${(i + 19) % 20}`, 'same-question');
        }),
      ),
    );
    expect(second.map((ack) => ack?.ok)).toEqual(peers.map(() => true));

    const expected = await serverView(server, room.session);
    await eventually(() => {
      for (const peer of peers) expect(peer.view()).toBe(expected);
    });
    const notes = readNotes(room.host.doc);
    expect(notes.map((n) => n.text).sort()).toEqual(peers.map((_, i) => `Edited by ${i}`).sort());
    for (const n of notes) {
      expect(n.replies).toHaveLength(1);
      expect(Object.values(n.reactions)).toEqual(['same-question']);
    }
  });

  it('merges a long offline session larger than one update may be, in chunks, with nothing lost', async () => {
    const server = await start();
    const room = await roomWith(server, 2);
    const [ana, bia] = room.players;
    ana!.peer.goOffline();
    // 40 long notes: about 20 KiB of edits, twice what one board:update may carry.
    for (let i = 0; i < 40; i++) await ana!.peer.change((doc, me) => addNote(doc, me, note(`ana-${i}`, { text: `${i} `.padEnd(480, 'a') })));
    await bia!.peer.change((doc, me) => addNote(doc, me, note('bia-1')));
    const back = await server.connect();
    await back.ok('player:resume', { code: room.session.code, playerSecret: ana!.playerSecret });
    expect(await ana!.peer.rejoin(back)).toMatchObject({ ok: true });
    const expected = await serverView(server, room.session);
    await eventually(() => {
      for (const peer of [room.host, ana!.peer, bia!.peer]) expect(peer.view()).toBe(expected);
    });
    expect(readNotes(room.host.doc)).toHaveLength(41);
  });

  it('merges the edits of someone who was offline for a while, with nothing lost', async () => {
    const server = await start();
    const room = await roomWith(server, 2);
    const [ana, bia] = room.players;
    await ana!.peer.change((doc, me) => addNote(doc, me, note('ana-1')));
    await bia!.peer.change((doc, me) => addNote(doc, me, note('bia-1')));
    await eventually(() => expect(notesOf(ana!.peer.doc).size).toBe(2));

    ana!.peer.goOffline();
    // Offline: local edits only.
    expect(await ana!.peer.change((doc, me) => addNote(doc, me, note('ana-offline')))).toBeUndefined();
    await ana!.peer.change((doc, me) => editNote(doc, me, 'ana-1', { text: 'Rewritten in the tunnel' }));
    await ana!.peer.change((doc, me) => replyTo(doc, me, 'bia-1', { id: 'ana-r', text: 'Offline reply', at: 5 }));
    // Meanwhile, online: the others go on.
    await bia!.peer.change((doc, me) => replyTo(doc, me, 'ana-1', { id: 'bia-r', text: 'Reply while Ana is away', at: 6 }));
    await room.host.change((doc, me) => addNote(doc, me, note('host-1', { kind: 'pin' })));

    // Back online on a new connection, as a phone out of a tunnel.
    const back = await server.connect();
    await back.ok('player:resume', { code: room.session.code, playerSecret: ana!.playerSecret });
    expect(await ana!.peer.rejoin(back)).toMatchObject({ ok: true });

    const expected = await serverView(server, room.session);
    await eventually(() => {
      for (const peer of [room.host, ana!.peer, bia!.peer]) expect(peer.view()).toBe(expected);
    });
    const doc = ana!.peer.doc;
    expect(readNotes(doc).map((n) => n.id).sort()).toEqual(['ana-1', 'ana-offline', 'bia-1', 'host-1']);
    expect(readNote(doc, 'ana-1')).toMatchObject({ text: 'Rewritten in the tunnel', replies: [{ id: 'bia-r', text: 'Reply while Ana is away' }] });
    expect(readNote(doc, 'bia-1')!.replies).toEqual([{ id: 'ana-r', author: ana!.peer.actor.id, text: 'Offline reply', at: 5 }]);
  });

  it('loses no acknowledged update across a server restart', async () => {
    const dataDir = tempDataDir();
    let server = await start(dataDir);
    const room = await roomWith(server, 2);
    const [ana, bia] = room.players;
    for (let i = 0; i < 5; i++) {
      expect(await ana!.peer.change((doc, me) => addNote(doc, me, note(`ana-${i}`)))).toMatchObject({ ok: true });
    }
    await eventually(() => expect(notesOf(bia!.peer.doc).size).toBe(5));
    expect(await bia!.peer.change((doc, me) => react(doc, me, 'ana-4', 'got-it'))).toMatchObject({ ok: true });
    expect(await room.host.change((doc, me) => updateSettings(doc, me, { spotlight: 'ha-building', follow: true }))).toMatchObject({ ok: true });
    const acknowledged = bia!.peer.view();
    await server.stop();
    servers.splice(servers.indexOf(server), 1);

    server = await start(dataDir);
    expect(await serverView(server, room.session)).toBe(acknowledged);
    expect(readSettings(bia!.peer.doc)).toEqual({ locked: false, spotlight: 'ha-building', follow: true });
  });

  it('refuses forbidden edits and brings the sender back to the server’s document', async () => {
    const server = await start();
    const room = await roomWith(server, 2);
    const [ana, bia] = room.players;
    await ana!.peer.change((doc, me) => addNote(doc, me, note('ana-1')));
    await eventually(() => expect(notesOf(bia!.peer.doc).size).toBe(1));
    const agreed = room.host.view();
    let broadcasts = 0;
    ana!.client.socket.on('board:update', () => broadcasts++);

    // Someone else's note.
    const other = await bia!.peer.change((doc, me) => editNote(doc, me, 'ana-1', { text: 'Vandalised' }));
    expect(other).toMatchObject({ ok: false, error: { code: 'NOTE_NOT_YOURS' }, state: { code: room.session.code, diagramId: DIAGRAM } });
    expect(bia!.peer.view()).toBe(agreed);

    // The settings.
    const settings = await bia!.peer.change((doc, me) => updateSettings(doc, me, { spotlight: 'ha-house' }));
    expect(settings).toMatchObject({ ok: false, error: { code: 'BOARD_HOST_ONLY' } });
    expect(bia!.peer.view()).toBe(agreed);

    // An oversize update, refused before it is decoded; the connection stays open.
    const big = await bia!.peer.change((doc, me) => {
      for (let i = 0; notesOf(doc).size < 60 && Y.encodeStateAsUpdate(doc).byteLength < MAX_BOARD_UPDATE_BYTES + 600; i++) {
        addNote(doc, me, note(`bulk-${i}`, { text: 'b'.repeat(300) }));
      }
    });
    expect(big).toMatchObject({ ok: false, error: { code: 'UPDATE_TOO_LARGE' } });
    expect(bia!.peer.view()).toBe(agreed);

    // A locked board.
    expect(await room.host.change((doc, me) => updateSettings(doc, me, { locked: true }))).toMatchObject({ ok: true });
    await eventually(() => expect(readSettings(bia!.peer.doc).locked).toBe(true));
    const lockedView = room.host.view();
    const locked = await bia!.peer.change((doc, me) => addNote(doc, me, note('bia-late')));
    expect(locked).toMatchObject({ ok: false, error: { code: 'BOARD_LOCKED' } });
    expect(bia!.peer.view()).toBe(lockedView);

    // Nothing refused reached anyone else: Ana got only the host's lock.
    await eventually(() => expect(ana!.peer.view()).toBe(lockedView));
    expect(broadcasts).toBe(1);
    expect(await serverView(server, room.session)).toBe(lockedView);

    // After the host unlocks, Bia's next edit goes through as usual.
    await room.host.change((doc, me) => updateSettings(doc, me, { locked: false }));
    await eventually(() => expect(readSettings(bia!.peer.doc).locked).toBe(false));
    expect(await bia!.peer.change((doc, me) => addNote(doc, me, note('bia-1')))).toMatchObject({ ok: true });
  });

  it('compacts long histories into a snapshot and keeps the content', async () => {
    const dataDir = tempDataDir();
    // 105 updates as fast as the acknowledgements come: more than one socket may send a second.
    const unlimited = { eventsBurst: 1000 };
    let server = await start(dataDir, unlimited);
    const room = await roomWith(server, 1);
    const ana = room.players[0]!.peer;
    await ana.change((doc, me) => addNote(doc, me, note('ana-1')));
    for (let i = 0; i < 104; i++) await ana.change((doc, me) => editNote(doc, me, 'ana-1', { text: `Edit ${i}`, x: i / 104 }));
    const rows = await server.storage.boards.load(room.session.code, DIAGRAM);
    // 105 updates: the first 100 merged into one snapshot row, then the 5 after it.
    expect(rows.map((r) => [r.seq, r.snapshot])).toEqual([[100, true], [101, false], [102, false], [103, false], [104, false], [105, false]]);
    const expected = ana.view();
    expect(readNote(ana.doc, 'ana-1')!.text).toBe('Edit 103');

    await server.stop();
    servers.splice(servers.indexOf(server), 1);
    server = await start(dataDir, unlimited);
    expect(await serverView(server, room.session)).toBe(expected);
  });

  it('is dropped from memory when everyone has left, and comes back whole', async () => {
    const server = await start();
    const room = await roomWith(server, 1);
    const ana = room.players[0]!;
    await ana.peer.change((doc, me) => addNote(doc, me, note('ana-1')));
    const expected = ana.peer.view();
    room.host.goOffline();
    ana.peer.goOffline();
    await eventually(() => expect(server.app.io.sockets.adapter.rooms.has(`board:${room.session.code}:${DIAGRAM}`)).toBe(false));
    expect(await serverView(server, room.session)).toBe(expected);
  });

  it('opens only to the session’s host and players, and only after joining', async () => {
    const server = await start();
    const room = await roomWith(server, 1);
    const stranger = await server.connect();
    expect(await stranger.request('board:join', { code: room.session.code, diagramId: DIAGRAM })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    expect(await stranger.request('board:sync', { code: room.session.code, diagramId: DIAGRAM, stateVector: 'AA==' })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    // A player of the session who has not opened that diagram's board.
    const cy = await joinAs(server, room.session.code, 'Cy');
    expect(await cy.client.request('board:update', { code: room.session.code, diagramId: 'stacks', update: 'AAA=' })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORIZED' } });
    expect(await cy.client.request('board:join', { code: room.session.code, diagramId: 'nowhere' as 'stacks' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});

describe('presence on a board', () => {
  it('relays cursors in batches and tells the others when someone leaves', async () => {
    const server = await start();
    const room = await roomWith(server, 2);
    const [ana, bia] = room.players;
    const cursors = (client: LiveClient, peer: BoardPeer) => {
      const awareness = new Awareness(peer.doc);
      client.socket.on('board:awareness', (payload: BoardUpdate) => applyAwarenessUpdate(awareness, fromBase64(payload.update), 'server'));
      return awareness;
    };
    const anaSees = cursors(ana!.client, ana!.peer);
    const biaSees = cursors(bia!.client, bia!.peer);
    const biaLocal = new Awareness(new Y.Doc());
    const send = (client: LiveClient, awareness: Awareness, state: Record<string, unknown>) => {
      awareness.setLocalState(state);
      client.socket.emit('board:awareness', { code: room.session.code, diagramId: DIAGRAM, update: toBase64(encodeAwarenessUpdate(awareness, [awareness.clientID])) });
    };
    // Ten cursor moves within one tick arrive as the last one.
    for (let i = 0; i <= 10; i++) send(bia!.client, biaLocal, { name: 'Bia', color: '#0a0', cursor: { x: i / 10, y: 0.5 } });
    await eventually(() => expect(anaSees.getStates().get(biaLocal.clientID)).toEqual({ name: 'Bia', color: '#0a0', cursor: { x: 1, y: 0.5 } }));
    expect(ana!.client.all('board:awareness').length).toBeLessThanOrEqual(3);
    expect(biaSees.getStates().get(biaLocal.clientID)).toBeDefined();

    // Ana cannot move Bia's cursor by sending an update under Bia's client id.
    const forged = new Awareness(new Y.Doc());
    forged.clientID = biaLocal.clientID;
    // A clock far ahead of Bia's, so only ownership (not staleness) can stop it.
    for (let n = 0; n < 100; n++) forged.setLocalState({ name: 'Not Bia', cursor: { x: 0, y: 0 }, n });
    ana!.client.socket.emit('board:awareness', { code: room.session.code, diagramId: DIAGRAM, update: toBase64(encodeAwarenessUpdate(forged, [biaLocal.clientID])) });
    const framesBefore = bia!.client.all('board:awareness').length;
    send(bia!.client, biaLocal, { name: 'Bia', color: '#0a0', cursor: { x: 0.2, y: 0.2 } });
    await eventually(() => expect(bia!.client.all('board:awareness').length).toBeGreaterThan(framesBefore));
    await eventually(() => expect(anaSees.getStates().get(biaLocal.clientID)).toMatchObject({ name: 'Bia', cursor: { x: 0.2, y: 0.2 } }));
    expect(bia!.client.all('board:awareness').every((f) => !Buffer.from(fromBase64(f.update)).toString().includes('Not Bia'))).toBe(true);
    forged.destroy();

    bia!.client.close();
    await eventually(() => expect(anaSees.getStates().has(biaLocal.clientID)).toBe(false));
    anaSees.destroy();
    biaSees.destroy();
    biaLocal.destroy();
  });
});
