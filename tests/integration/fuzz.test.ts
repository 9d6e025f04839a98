import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../lib/content/bank';
import { ERROR_CODES } from '../../lib/protocol/errors';
import { clientEventSchemas } from '../../lib/protocol/schemas';
import { connectClient, createSession, hostOf, joinAs, removeTempDirs, rightAnswer, startServer, testQuiz, type LiveClient, type RunningServer } from './support/live-server';

/*
 * Issue 7's fuzz test: more than 100,000 random and malformed messages across every
 * client-to-server event and the HTTP routes, from connections that are strangers, players
 * and board members. The server never crashes, answers every message that asks for an answer
 * with `ok: true` or a typed error (never INTERNAL, which would be a handler that threw),
 * memory stays flat, and a real game played beside it finishes with the right scores.
 * The seed and the counts are printed; FUZZ_SEED=<n> replays a run.
 */

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SOCKET_EVENTS = Number(process.env.FUZZ_SOCKET_EVENTS ?? 100_000);
const HTTP_REQUESTS = Number(process.env.FUZZ_HTTP_REQUESTS ?? 5_000);
const CONNECTIONS = 16;
const IN_FLIGHT = 32;
const EVENTS = Object.keys(clientEventSchemas);
/** Names socket.io-client will not emit. */
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);
const CODES = new Set<string>(ERROR_CODES);

const gc: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Values that are sometimes right, mostly wrong. */
function fieldPool(real: { code: string; inviteCode: string; cohortId: string }) {
  const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constant('<script>alert(1)</script>'), fc.constant('e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301'), fc.constant(''));
  return {
    code: fc.oneof(fc.constant(real.code), fc.constant(real.code.toLowerCase()), fc.string({ minLength: 6, maxLength: 6 }), fc.constant(real.inviteCode), text, fc.integer()),
    cohortId: fc.oneof(fc.constant(real.cohortId), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 }), text),
    secret: fc.oneof(fc.base64String({ minLength: 44, maxLength: 44 }).map((s) => s.slice(0, 43).replace(/[+/=]/g, 'a')), text),
    locale: fc.constantFrom('en', 'pt', 'fr', '', 'EN'),
    id: fc.oneof(fc.constantFrom('it-single', 'it-multi', 'q1', 'card-x', 'ha-house'), text),
    diagramId: fc.constantFrom('house-apartment', 'stacks', 'together', 'image-registry', 'nope'),
    base64: fc.oneof(fc.base64String({ maxLength: 200 }), fc.uint8Array({ maxLength: 150 }).map((b) => Buffer.from(b).toString('base64')), text),
    index: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.constant('0')),
    answer: fc.oneof(
      fc.record({ type: fc.constantFrom('single', 'multiple', 'truefalse', 'short', 'ordering', 'matching', 'sorting', 'hotspot', 'labelling', 'poll', 'x'), optionId: text, optionIds: fc.array(text, { maxLength: 4 }), value: fc.boolean(), text, regionId: text, x: fc.double(), y: fc.double() }, { requiredKeys: ['type'] }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    command: fc.oneof(
      fc.record({ action: fc.constantFrom('start', 'next', 'pause', 'resume', 'extend', 'skip', 'end', 'lock', 'unlock', 'remove', 'extraTime', 'scoring', 'twoStep', 'blockWords', 'unblockWord', 'jump'), seconds: fc.integer({ min: -10, max: 500 }), playerId: text, mode: text, on: fc.boolean(), words: fc.array(text, { maxLength: 12 }), word: text }, { requiredKeys: ['action'] }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    selection: fc.oneof(fc.record({ kind: fc.constantFrom('most-missed', 'questions', 'quiz', 'all'), count: fc.integer({ min: -1, max: 50 }), questionIds: fc.array(text, { maxLength: 3 }) }, { requiredKeys: ['kind'] }), fc.jsonValue({ maxDepth: 1 })),
    ids: fc.array(text, { maxLength: 4 }),
  };
}

/** Every field a payload may have, each drawn from the pool (so some pass validation). */
function fieldArbitraries(pool: ReturnType<typeof fieldPool>): Record<string, fc.Arbitrary<unknown>> {
  return {
    code: pool.code,
    cohortId: pool.cohortId,
    hostSecret: pool.secret,
    playerSecret: pool.secret,
    memberSecret: pool.secret,
    facilitatorSecret: pool.secret,
    nickname: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('<img src=x onerror=alert(1)>')),
    locale: pool.locale,
    questionIndex: pool.index,
    answer: pool.answer,
    command: pool.command,
    diagramId: pool.diagramId,
    update: pool.base64,
    stateVector: pool.base64,
    cardId: pool.id,
    questionId: pool.id,
    replyIds: pool.ids,
    selection: pool.selection,
    scoring: fc.constantFrom('speed', 'accuracy', 'fast'),
    pattern: fc.oneof(fc.array(fc.constantFrom('circle', 'square', 'triangle', 'star', 'heart', 'moon', 'x'), { maxLength: 4 }), pool.id),
  };
}

/**
 * A payload for `event`: mostly its own fields (each value sometimes right, often wrong,
 * sometimes missing), sometimes with a field too many, sometimes anything at all.
 */
function payloadFor(pool: ReturnType<typeof fieldPool>, event?: string): fc.Arbitrary<unknown> {
  const all = fieldArbitraries(pool);
  const schema = event ? (clientEventSchemas as Record<string, { shape?: Record<string, unknown> }>)[event] : undefined;
  const keys = schema?.shape ? Object.keys(schema.shape) : Object.keys(all);
  const own = Object.fromEntries(keys.map((k) => [k, all[k] ?? fc.jsonValue({ maxDepth: 1 })]));
  const shaped = fc.oneof(
    { weight: 6, arbitrary: fc.record(own) },
    { weight: 2, arbitrary: fc.record(own, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.record({ ...own, extra: fc.jsonValue({ maxDepth: 1 }) }) },
  );
  return fc.oneof({ weight: 8, arbitrary: shaped }, { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, '', [], 'x'.repeat(5000)) });
}

interface FuzzEvent {
  event: string;
  args: unknown[];
  /** Sent with an acknowledgement callback (awareness and some malformed ones are not). */
  withAck: boolean;
}

function eventArbitrary(pool: ReturnType<typeof fieldPool>): fc.Arbitrary<FuzzEvent> {
  const name = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...EVENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }).filter((s) => !RESERVED.has(s)) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'host:*', 'answer') });
  const argsFor = (event: string): fc.Arbitrary<unknown[]> =>
    fc.oneof(
      { weight: 8, arbitrary: payloadFor(pool, event).map((p): unknown[] => [p]) },
      { weight: 1, arbitrary: fc.constant<unknown[]>([]) },
      { weight: 1, arbitrary: fc.tuple(payloadFor(pool, event), payloadFor(pool)).map((t): unknown[] => [...t]) },
    );
  return name.chain((event) => argsFor(event).map((args): FuzzEvent => ({ event, args, withAck: event !== 'board:awareness' })));
}

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers.splice(0)) await server.stop();
  removeTempDirs();
});

describe('fuzzing every event and route', () => {
  it(`answers ${SOCKET_EVENTS} random socket events and ${HTTP_REQUESTS} random requests with typed errors, stays up and flat, and a game beside it finishes right`, { timeout: 300_000 }, async () => {
    console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const quiz = testQuiz({ limitSec: 2 });
    // Limits off: the point is to reach every handler, not to be rate-limited (limits.test.ts covers those).
    const server = await startServer({ quizzes: [quiz], bank: QUESTION_BANK, limits: { eventsBurst: 1e9, eventsPerSecond: 1e9, strikesPerMinute: 1e9, joinsPerAddressBurst: 1e9, joinsPerRoomBurst: 1e9 } });
    servers.push(server);

    // Real targets for the fuzzers: a session, a cohort space, and bound connections.
    const target = await createSession(server.url, { quizId: quiz.id });
    const cohort = (await (await fetch(`${server.url}/api/cohorts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Fuzz', locale: 'en', topics: ['containers'], quizId: null, deadline: null }) })).json()) as { cohortId: string; inviteCode: string };
    const real = { code: target.code, inviteCode: cohort.inviteCode, cohortId: cohort.cohortId };
    const pool = fieldPool(real);
    const clients: LiveClient[] = [];
    const problems: string[] = [];
    const lastSent: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const client = i % 4 === 0 ? await server.connect() : (await joinAs(server, target.code, `fuzz${i}`)).client;
      if (i % 4 === 1) await client.ok('board:join', { code: target.code, diagramId: 'stacks' });
      client.socket.on('disconnect', (reason) => problems.push(`connection ${i} closed: ${reason} after ${lastSent[i] ?? 'nothing'}`));
      clients.push(client);
    }

    // The game beside it, on a session the fuzzers do not know: all right, accuracy scoring.
    const game = await createSession(server.url, { quizId: quiz.id, scoring: 'accuracy' });
    // The game's host and players connect before the storm (on a loaded 2-core machine a
    // connection made during it can take longer than a client waits); they play during it.
    const { client: host } = await hostOf(server, game);
    const players = await Promise.all(['Ana', 'Bia', 'Caio'].map((n) => joinAs(server, game.code, n)));
    const play = async () => {
      await host.ok('host:command', { code: game.code, command: { action: 'start' } });
      for (let q = 0; q < quiz.questions.length; q++) {
        for (const p of players) await p.client.ok('answer:submit', { code: game.code, questionIndex: q, answer: rightAnswer(quiz.questions[q]!) });
        let view = await host.ok('host:command', { code: game.code, command: { action: 'next' } });
        while (view.phase !== 'question' && view.phase !== 'podium') view = await host.ok('host:command', { code: game.code, command: { action: 'next' } });
      }
      const final = await players[0]!.client.ok('player:resume', { code: game.code, playerSecret: players[0]!.playerSecret });
      return final.me.score;
    };

    const events = fc.sample(eventArbitrary(pool), { numRuns: SOCKET_EVENTS, seed: SEED });
    // Sampled up front, like the socket events, so the heap measured below is the server's and
    // the clients', not the generator's.
    // HTTP: every route, wrong methods, random paths and bodies.
    const routes = ['/api/sessions', `/api/sessions/${target.code}`, `/api/sessions/${target.code}/report`, `/api/sessions/${target.code}/report/players.csv`, '/api/practice/check', '/api/cohorts', '/api/cohorts/join', '/api/cohorts/resume', `/api/cohorts/invite/${cohort.inviteCode}`, `/api/cohorts/${cohort.cohortId}/export.csv`, '/api/credentials', '/api/health'];
    const requests = fc.sample(
      fc.record({
        path: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...routes) }, { weight: 1, arbitrary: fc.webPath().map((p) => `/api${p}`) }),
        method: fc.constantFrom('GET', 'POST', 'POST', 'PUT', 'DELETE', 'HEAD'),
        body: fc.oneof(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), payloadFor(pool, 'cohort:answer').map((v) => JSON.stringify(v ?? null)), fc.string({ maxLength: 100 }), fc.constant('{"name":')),
        // Header values are bytes: what fetch would refuse to send is sent as its UTF-8 bytes in latin-1.
        auth: fc.oneof(fc.constant(undefined), pool.secret.map((s) => `Bearer ${Buffer.from(String(s)).toString('latin1')}`)),
      }),
      { numRuns: HTTP_REQUESTS, seed: SEED + 1 },
    );

    // Started once the samples are drawn: drawing them holds this process (and the server in
    // it) for seconds, longer than a client waits for an acknowledgement on a loaded machine.
    const playGame = play();
    const counts = { sent: 0, ok: 0, typed: 0, withoutAck: 0, byCode: {} as Record<string, number> };
    let heapAfterWarmup = 0;
    const heapLog: string[] = [];
    let next = 0;
    const lane = async (client: LiveClient) => {
      for (;;) {
        const index = next++;
        if (index >= events.length) return;
            if (index === Math.floor(events.length / 5)) heapAfterWarmup = heapMb();
        if (index % Math.floor(events.length / 5) === 0) heapLog.push(`${index}: ${heapMb().toFixed(1)} MB`);
        const e = events[index]!;
        counts.sent++;
        lastSent[clients.indexOf(client)] = `${e.event} ${JSON.stringify(e.args).slice(0, 300)}`;
        if (!e.withAck) {
          (client.socket.emit as (ev: string, ...a: unknown[]) => void)(e.event, ...e.args);
          counts.withoutAck++;
          continue;
        }
        let reply: unknown;
        try {
          reply = await (client.socket.timeout(10_000) as unknown as { emitWithAck(ev: string, ...a: unknown[]): Promise<unknown> }).emitWithAck(e.event, ...e.args);
        } catch {
          problems.push(`no reply to ${e.event} ${JSON.stringify(e.args).slice(0, 200)}`);
          continue;
        }
        const r = reply as { ok?: unknown; error?: { code?: unknown } };
        if (r?.ok === true) counts.ok++;
        else if (r?.ok === false && typeof r.error?.code === 'string' && CODES.has(r.error.code) && r.error.code !== 'INTERNAL') {
          counts.typed++;
          counts.byCode[r.error.code] = (counts.byCode[r.error.code] ?? 0) + 1;
        } else problems.push(`${e.event} ${JSON.stringify(e.args).slice(0, 200)} -> ${JSON.stringify(reply).slice(0, 200)}`);
      }
    };
    await Promise.all(clients.flatMap((client) => Array.from({ length: IN_FLIGHT / 2 }, () => lane(client))));

    const statuses: Record<number, number> = {};
    let nextRequest = 0;
    const httpLane = async () => {
      for (;;) {
        const index = nextRequest++;
        if (index >= requests.length) return;
        const q = requests[index]!;
        const withBody = q.method === 'POST' || q.method === 'PUT' || q.method === 'DELETE';
        const res = await fetch(`${server.url}${q.path}`, { method: q.method, headers: { 'content-type': 'application/json', ...(q.auth ? { authorization: q.auth } : {}) }, body: withBody ? q.body : undefined });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const text = await res.text();
        if (res.status >= 500) problems.push(`${q.method} ${q.path} ${q.body.slice(0, 100)} -> ${res.status} ${text.slice(0, 200)}`);
        else if (res.status >= 400 && q.method !== 'HEAD') {
          const code = (() => {
            try {
              return (JSON.parse(text) as { error?: { code?: string } }).error?.code;
            } catch {
              return undefined;
            }
          })();
          if (!code || !CODES.has(code)) problems.push(`${q.method} ${q.path} -> ${res.status} without a typed error: ${text.slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, httpLane));

    heapLog.push(`after the HTTP requests: ${heapMb().toFixed(1)} MB`);
    const heapAtEnd = heapMb();
    console.log(`heap: ${heapLog.join(', ')}`);
    const score = await playGame;
    console.log(
      `fuzz: ${counts.sent} socket events (${counts.ok} ok, ${counts.typed} typed errors, ${counts.withoutAck} without acknowledgement), ${requests.length} HTTP requests ${JSON.stringify(statuses)}; ` +
        `errors by code ${JSON.stringify(counts.byCode)}; heap ${heapAfterWarmup.toFixed(1)} MB after 20%, ${heapAtEnd.toFixed(1)} MB at the end`,
    );
    expect(problems.slice(0, 10)).toEqual([]);
    expect(counts.sent + requests.length).toBeGreaterThanOrEqual(100_000);
    expect(counts.typed).toBeGreaterThan(counts.sent / 2);
    // Still up, and the game beside it scored as it should: 1000 + 1100 + 1200 + 1300.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(score).toBe(4600);
    expect(heapAtEnd - heapAfterWarmup).toBeLessThan(40);
  });
});
