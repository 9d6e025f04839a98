import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readNotes } from '../../lib/board/model';
import { QUESTION_BANK } from '../../lib/content/bank';
import { LESSONS } from '../../lib/content/lessons';
import { QUIZZES } from '../../lib/content/quizzes';
import type { CreatedCohort, MemberCredentials } from '../../lib/cohort/views';
import { addNote } from '../../lib/board/notes';
import { BoardPeer, eventually } from './support/board-peer';
import { createSession, hostOf, joinAs, rightAnswer, startServer, testQuiz, wrongAnswer, type RunningServer } from './support/live-server';
import { postgresPlaces, postgresSkipReason } from './support/postgres';
import { REDIS_URL, redisUnreachable } from './support/redis';
import { startTcpProxy } from './support/tcp-proxy';

/*
 * Several nodes in one process, each a whole application on its own port, joined by Redis
 * (the streams adapter, room leases, the relay) over one PostgreSQL schema: a game and a
 * board played by clients spread over the nodes behave as on one node.
 */

const skipReason = (await postgresSkipReason()) ?? (await redisUnreachable());
if (skipReason) console.warn(`Skipping the in-process multi-node tests: ${skipReason}.`);

const places = postgresPlaces();
afterAll(() => places.removePlaces());

const quiz = testQuiz({ limitSec: 20 });
let nodes: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(nodes.map((n) => n.stop()));
  nodes = [];
});

async function startNodes(count: number, redisUrl = REDIS_URL): Promise<RunningServer[]> {
  const place = await places.newPlace();
  const prefix = `sh-test-${randomUUID().slice(0, 8)}`;
  for (let i = 0; i < count; i++) {
    nodes.push(await startServer({ ...place, quizzes: [quiz, ...QUIZZES], bank: QUESTION_BANK, lessons: LESSONS, cluster: { redisUrl, prefix, nodeId: `node-${i}` }, limits: { joinsPerAddressBurst: 10_000, joinsPerRoomBurst: 10_000 } }));
  }
  return nodes;
}

async function post<T>(node: RunningServer, route: string, body: unknown): Promise<T> {
  const response = await fetch(`${node.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(201);
  return (await response.json()) as T;
}

describe.skipIf(skipReason !== undefined)('several nodes on Redis and PostgreSQL', () => {
  it('plays a question with the host and players on different nodes', async () => {
    const [a, b, c] = await startNodes(3);
    const session = await createSession(a!.url);
    const { client: host } = await hostOf(b!, session);
    const ana = await joinAs(a!, session.code, 'Ana');
    const bia = await joinAs(b!, session.code, 'Bia', 'pt');
    const caio = await joinAs(c!, session.code, 'Caio');
    await host.waitFor('host:state', (v) => v.participants.length === 3 && v.participants.every((p) => p.connected));

    await host.ok('host:command', { code: session.code, command: { action: 'start' } });
    for (const p of [ana, bia, caio]) await p.client.waitFor('player:state', (v) => v.phase === 'question');
    const question = quiz.questions[0]!;
    await ana.client.ok('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(question) });
    await bia.client.ok('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(question) });
    await caio.client.ok('answer:submit', { code: session.code, questionIndex: 0, answer: wrongAnswer(question) });
    // Everyone answered: the question closes, and every phone, on every node, sees its result.
    expect((await ana.client.waitFor('player:state', (v) => v.phase === 'reveal')).result).toMatchObject({ correct: true });
    expect((await bia.client.waitFor('player:state', (v) => v.phase === 'reveal')).result).toMatchObject({ correct: true });
    expect((await caio.client.waitFor('player:state', (v) => v.phase === 'reveal')).result).toMatchObject({ correct: false });
    const reveal = await host.waitFor('host:state', (v) => v.phase === 'reveal');
    expect(reveal.answeredCount).toBe(3);
  });

  it("renders a returning player's screen on a node that does not run the session, without taking it over", async () => {
    const [a, b] = await startNodes(2);
    const session = await createSession(a!.url);
    const { client: host } = await hostOf(a!, session);
    const ana = await joinAs(a!, session.code, 'Ana', 'pt');
    await host.ok('host:command', { code: session.code, command: { action: 'start' } });
    await ana.client.waitFor('player:state', (v) => v.phase === 'question');
    const runs = [a!, b!].find((n) => n.app.registry.holds(session.code))!;
    const other = runs === a ? b! : a!;

    // The play page rendered on the other node (behind nginx, a reload may land there) shows
    // the question in the page's language, as the node running the session would.
    const view = await other.app.pageViews.playerView(session.code, ana.playerSecret, 'pt');
    expect(view).toMatchObject({ phase: 'question', nickname: 'Ana', locale: 'pt', questionIndex: 0 });
    expect(view!.question!.prompt).toBe(quiz.questions[0]!.prompt.pt);
    expect(await other.app.pageViews.playerView(session.code, ana.playerSecret, 'en')).toMatchObject({ locale: 'en', question: { prompt: quiz.questions[0]!.prompt.en } });
    // Reading moved nothing: the session still runs where it ran.
    expect(other.app.registry.holds(session.code)).toBe(false);
    expect(runs.app.registry.holds(session.code)).toBe(true);
    // No seat for the secret, or no node running the session: no screen (the socket brings it).
    expect(await other.app.pageViews.playerView(session.code, 'A'.repeat(43), 'pt')).toBeNull();
    expect(await other.app.pageViews.playerView('ZZZZZZ', ana.playerSecret, 'pt')).toBeNull();
    expect(other.app.registry.holds('ZZZZZZ')).toBe(false);
  });

  it('keeps one shared board across nodes: a note made on one node reaches the others and is stored once', async () => {
    const [a, b, c] = await startNodes(3);
    const session = await createSession(a!.url);
    const bia = await joinAs(b!, session.code, 'Bia');
    const caio = await joinAs(c!, session.code, 'Caio');
    const biaBoard = new BoardPeer(session.code, 'house-apartment', { id: bia.playerId, role: 'player' });
    const caioBoard = new BoardPeer(session.code, 'house-apartment', { id: caio.playerId, role: 'player' });
    await biaBoard.join(bia.client);
    await caioBoard.join(caio.client);
    const ack = await biaBoard.change((doc, me) => addNote(doc, me, { id: 'n1', kind: 'note', regionId: 'ha-house-plumbing', x: 0.4, y: 0.6, text: 'Shared pipes?', createdAt: Date.now() }));
    expect(ack?.ok).toBe(true);
    await eventually(() => expect(readNotes(caioBoard.doc).map((n) => n.text)).toEqual(['Shared pipes?']));
    // Someone else's note cannot be edited from another node either: the owner checks it.
    const forged = await caioBoard.change((doc) => {
      const map = [...(doc.getMap('notes').values() as Iterable<import('yjs').Map<unknown>>)][0]!;
      map.set('text', 'forged');
    });
    expect(forged?.ok).toBe(false);
    // A newcomer on a third node gets the stored board.
    const ana = await joinAs(a!, session.code, 'Ana');
    const anaBoard = new BoardPeer(session.code, 'house-apartment', { id: ana.playerId, role: 'player' });
    await anaBoard.join(ana.client);
    expect(readNotes(anaBoard.doc).map((n) => n.text)).toEqual(['Shared pipes?']);
  });

  it('hands a game over when its owner node stops: the timer goes on and answers keep counting', async () => {
    const [a, b, c] = await startNodes(3);
    const session = await createSession(a!.url);
    const { client: host } = await hostOf(b!, session);
    const bia = await joinAs(b!, session.code, 'Bia');
    const caio = await joinAs(c!, session.code, 'Caio');
    await host.ok('host:command', { code: session.code, command: { action: 'start' } });
    const question = quiz.questions[0]!;
    await bia.client.ok('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(question) });
    await a!.stop();
    nodes = nodes.filter((n) => n !== a);
    // Caio's answer goes to a node that is not the owner; the room moves to a live node.
    await caio.client.ok('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(question) });
    const reveal = await host.waitFor('host:state', (v) => v.phase === 'reveal', { timeoutMs: 15_000 });
    expect(reveal.answeredCount).toBe(2);
    expect(reveal.participants.map((p) => p.score > 0)).toEqual([true, true]);
  });

  it('rides out a Redis outage: each node serves its own clients, nothing crashes, and the room resyncs when Redis returns', { timeout: 40_000 }, async () => {
    const redisPort = Number(new URL(REDIS_URL).port || 6379);
    const proxy = await startTcpProxy({ targetPort: redisPort, targetHost: new URL(REDIS_URL).hostname });
    try {
      const [a, b] = await startNodes(2, `redis://127.0.0.1:${proxy.port}`);
      const session = await createSession(a!.url);
      const { client: host } = await hostOf(a!, session);
      const ana = await joinAs(a!, session.code, 'Ana');
      const bia = await joinAs(b!, session.code, 'Bia');
      await host.ok('host:command', { code: session.code, command: { action: 'start' } });
      await bia.client.waitFor('player:state', (v) => v.phase === 'question');

      proxy.cut();
      // The owner's own clients go on: the answer is stored and acknowledged.
      const question = quiz.questions[0]!;
      await ana.client.ok('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(question) });
      // A client of the other node is told, not lied to: no acknowledgement for what was not stored.
      const refused = await bia.client.request('answer:submit', { code: session.code, questionIndex: 0, answer: rightAnswer(question) }, 15_000);
      expect(refused.ok).toBe(false);
      await host.ok('host:command', { code: session.code, command: { action: 'next' } });
      await new Promise((resolve) => setTimeout(resolve, 4000)); // past the lease's lifetime

      proxy.restore();
      // Back: the room is still the owner's (it renews at once), Bia's screen catches up with
      // the reveal she missed, and the game goes on across both nodes.
      const since = bia.client.frames.length;
      await bia.client.waitFor('player:state', (v) => v.phase === 'reveal', { since, timeoutMs: 15_000 });
      let view = await host.ok('host:command', { code: session.code, command: { action: 'next' } });
      while (view.phase !== 'question') view = await host.ok('host:command', { code: session.code, command: { action: 'next' } });
      await bia.client.waitFor('player:state', (v) => v.phase === 'question' && v.questionIndex === 1, { timeoutMs: 10_000 });
      await bia.client.ok('answer:submit', { code: session.code, questionIndex: 1, answer: rightAnswer(quiz.questions[1]!) });
      const hostView = await host.waitFor('host:state', (v) => v.questionIndex === 1 && v.answeredCount === 1);
      expect(hostView.participants.find((p) => p.nickname === 'Ana')?.score).toBeGreaterThan(0);
    } finally {
      await Promise.all(nodes.map((n) => n.stop()));
      nodes = [];
      await proxy.close();
    }
  });

  it('shows a facilitator on one node the members online on the others', async () => {
    const [a, b, c] = await startNodes(3);
    const space = await post<CreatedCohort>(a!, '/api/cohorts', { name: 'Platform team', locale: 'en', deadline: null, topics: ['virtual-machines'], quizId: null });
    const facilitator = await a!.connect();
    await facilitator.ok('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: space.facilitatorSecret, locale: 'en' });
    const members: MemberCredentials[] = [];
    for (const [node, name] of [[b!, 'Bia'], [c!, 'Caio']] as const) {
      const who = await post<MemberCredentials>(node, '/api/cohorts/join', { inviteCode: space.inviteCode, name, locale: 'en' });
      members.push(who);
      const client = await node.connect();
      await client.ok('cohort:member', { cohortId: who.cohortId, memberSecret: who.memberSecret, locale: 'en' });
    }
    const online = await facilitator.waitFor('cohort:dashboard', (d) => d.members.length === 2 && d.members.every((m) => m.online));
    expect(online.members.map((m) => m.name).sort()).toEqual(['Bia', 'Caio']);
  });
});

