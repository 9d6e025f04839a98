import type { LessonCard, Misconception } from '../../../lib/content/types';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, JoinResult, ServerToClientEvents } from '../../../lib/protocol/events';
import { PROTOCOL_VERSION } from '../../../lib/protocol/version';
import type { ScoringMode } from '../../../lib/quiz/scoring';
import type { Answer, Locale, Question, Quiz } from '../../../lib/quiz/types';
import { withHostDelta, type HostDelta } from '../../../lib/quiz/host-delta';
import { withRound, type OwnView, type RoundView } from '../../../lib/quiz/round-view';
import type { HostView, PlayerView } from '../../../lib/quiz/views';
import { createApplication, type Application } from '../../../server/app';
import { systemClock, type Clock } from '../../../server/clock';
import { loadReportMessages } from '../../../server/http/report-csv';
import type { Limits } from '../../../server/limits/limits';
import type { ClusterConfig } from '../../../server/cluster/cluster-node';
import { silentLogger } from '../../../server/logger';
import { openStorage } from '../../../server/persistence/database';
import type { Storage } from '../../../server/persistence/types';

/*
 * A real server for the integration tests: the whole application (HTTP API, Socket.io,
 * live sessions, storage) without Next, on a free port of 127.0.0.1, and real socket.io
 * clients that record every frame they receive.
 */

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The report's words per language, from locales/, as the server loads them. */
export const REPORT_MESSAGES = loadReportMessages(new URL('../../../locales/', import.meta.url));

// ---------------------------------------------------------------------------------------
// Temporary data directories

const tempDirs: string[] = [];

/** A fresh, empty directory for a SQLite file; removed by removeTempDirs(). */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackhouse-it-'));
  tempDirs.push(dir);
  return dir;
}

/** Removes every directory tempDataDir() made. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------
// The server

export interface StartOptions {
  /** A storage the caller opened (and closes); otherwise one is opened from dataDir / databaseUrl. */
  storage?: Storage;
  /** SQLite directory; a fresh temporary one when neither this nor databaseUrl is given. */
  dataDir?: string;
  databaseUrl?: string;
  quizzes?: readonly Quiz[];
  /** Bank questions a session can pick by id (and misconceptions for its report). */
  bank?: readonly Question[];
  misconceptions?: readonly Misconception[];
  /** Lesson cards cohort spaces are made of. */
  lessons?: readonly LessonCard[];
  /** Rate and size limits other than the defaults. */
  limits?: Partial<Limits>;
  clock?: Clock;
  /** One node of several (Redis). */
  cluster?: ClusterConfig;
  /** Believe X-Forwarded-For / X-Forwarded-Proto, as behind a reverse proxy (TRUST_PROXY). */
  trustProxy?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  app: Application;
  storage: Storage;
  /** A connected client of this server, closed by stop(). */
  connect(options?: ConnectOptions): Promise<LiveClient>;
  /** Closes the application (timers, sockets), the HTTP server and the storage it opened. */
  stop(): Promise<void>;
}

/** Starts the application on port 0 of 127.0.0.1. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const ownsStorage = !options.storage;
  const storage =
    options.storage ??
    (await openStorage({
      databaseUrl: options.databaseUrl,
      dataDir: options.dataDir ?? (options.databaseUrl ? path.join(os.tmpdir(), 'stackhouse-it-unused') : tempDataDir()),
    }));
  const httpServer = http.createServer();
  const app = createApplication(httpServer, {
    storage,
    quizzes: options.quizzes ?? [testQuiz()],
    bank: options.bank,
    misconceptions: options.misconceptions,
    lessons: options.lessons,
    limits: options.limits,
    cluster: options.cluster,
    trustProxy: options.trustProxy,
    clock: options.clock ?? systemClock,
    logger: silentLogger,
    reportMessages: REPORT_MESSAGES,
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  await app.start();
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const clients = new Set<LiveClient>();
  let stopped: Promise<void> | undefined;

  return {
    url,
    port,
    app,
    storage,
    async connect(connectOptions) {
      const client = await connectClient(url, connectOptions);
      clients.add(client);
      return client;
    },
    stop() {
      stopped ??= (async () => {
        // app.close() disconnects every socket and closes the HTTP server as well.
        await app.close();
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
        for (const client of clients) client.close();
        if (ownsStorage) await storage.close();
      })();
      return stopped;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Clients

export interface ConnectOptions {
  /** The handshake auth; the right protocol version by default. */
  auth?: Record<string, unknown>;
  /** Extra handshake headers (an Origin, as a browser would send). */
  headers?: Record<string, string>;
}

export interface Frame {
  event: string;
  payload: unknown;
}

/** Client events that take an acknowledgement (all of them). */
export type EventWithAck = {
  [E in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[E]>[1] extends (r: Ack<infer _T>) => void ? E : never;
}[keyof ClientToServerEvents];
export type AckData<E extends EventWithAck> = Parameters<ClientToServerEvents[E]>[1] extends (r: Ack<infer T>) => void ? T : never;
type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

export const ACK_TIMEOUT_MS = 5_000;
const WAIT_TIMEOUT_MS = 8_000;

/** Sends an event and waits for its acknowledgement; no answer within the timeout rejects. */
export function emitWithAck<E extends EventWithAck>(
  socket: ClientSocket,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<Ack<AckData<E>>> {
  return rawEmitWithAck(socket, event, [payload], timeoutMs) as Promise<Ack<AckData<E>>>;
}

/** Like emitWithAck, with any event name and arguments: for payloads the types forbid. */
export function rawEmitWithAck(socket: ClientSocket, event: string, args: unknown[], timeoutMs = ACK_TIMEOUT_MS): Promise<unknown> {
  // timeout() sets a flag on the same socket and returns it; the cast drops the event typing.
  const timed = socket.timeout(timeoutMs) as unknown as { emitWithAck(ev: string, ...a: unknown[]): Promise<unknown> };
  return timed.emitWithAck(event, ...args);
}

/**
 * A socket.io client that keeps every frame the server sent it, in order. A `player:round`
 * is also kept as the `player:state` the app makes of it (`withRound` on the player's last
 * view and the `player:own` before it, as components/player/usePlayerSession.ts does), and a `host:delta` as the
 * `host:state` (`withHostDelta`, as components/host/useHostSession.ts), so tests read what
 * a phone or the projector shows.
 */
export class LiveClient {
  readonly frames: Frame[] = [];
  private readonly listeners = new Set<() => void>();
  /** This player's view as the app holds it: from acknowledgements, `player:state` and rounds. */
  private view: PlayerView | undefined;
  /** This player's own part of the step whose round comes next (reveal, leaderboard, podium). */
  private pendingOwn: OwnView | null = null;
  /** The host's view as the app holds it: from acknowledgements, `host:state` and deltas. */
  private hostView: HostView | undefined;

  constructor(readonly socket: ClientSocket) {
    socket.onAny((event: string, ...args: unknown[]) => {
      this.frames.push({ event, payload: args[0] });
      if (event === 'player:state') this.view = args[0] as PlayerView;
      if (event === 'player:own') this.pendingOwn = args[0] as OwnView;
      if (event === 'player:round' && this.view) {
        this.view = withRound(this.view, args[0] as RoundView, this.pendingOwn);
        this.frames.push({ event: 'player:state', payload: this.view });
      }
      if (event === 'player:round') this.pendingOwn = null;
      if (event === 'host:state') this.hostView = args[0] as HostView;
      if (event === 'host:delta' && this.hostView) {
        this.hostView = withHostDelta(this.hostView, args[0] as HostDelta);
        this.frames.push({ event: 'host:state', payload: this.hostView });
      }
      for (const listener of [...this.listeners]) listener();
    });
  }

  get id(): string | undefined {
    return this.socket.id;
  }

  request<E extends EventWithAck>(event: E, payload: Parameters<ClientToServerEvents[E]>[0], timeoutMs = ACK_TIMEOUT_MS): Promise<Ack<AckData<E>>> {
    // A callback, not emitWithAck: it runs as the acknowledgement is read, before any frame
    // after it (a promise would settle after them), so a round that follows finds the view.
    return new Promise((resolve, reject) => {
      const timed = this.socket.timeout(timeoutMs) as unknown as { emit(ev: string, p: unknown, cb: (err: Error | null, r: Ack<unknown>) => void): void };
      timed.emit(event, payload, (err, r) => {
        if (err) return reject(err);
        if (r.ok && (event === 'host:attach' || event === 'host:command')) this.hostView = r.data as HostView;
        if (r.ok && (event === 'player:join' || event === 'player:resume' || event === 'player:locale')) {
          this.view = event === 'player:join' ? (r.data as JoinResult).view : (r.data as PlayerView);
        }
        // The phone that answered shows its answer from the acknowledgement (usePlayerSession).
        if (r.ok && event === 'answer:submit' && this.view?.questionIndex === (r.data as { questionIndex: number }).questionIndex) {
          const answer = (payload as { answer: PlayerView['myAnswer'] }).answer;
          this.view = { ...this.view, myAnswer: this.view.myAnswer ?? answer };
          this.frames.push({ event: 'player:state', payload: this.view });
          for (const listener of [...this.listeners]) listener();
        }
        resolve(r as Ack<AckData<E>>);
      });
    });
  }

  /** The acknowledged data, or a thrown error naming the code the server refused with. */
  async ok<E extends EventWithAck>(event: E, payload: Parameters<ClientToServerEvents[E]>[0]): Promise<AckData<E>> {
    return unwrap(await this.request(event, payload), event);
  }

  /** Payloads of every frame of one event received so far. */
  all<E extends keyof ServerToClientEvents>(event: E): Payload<E>[] {
    return this.frames.filter((f) => f.event === event).map((f) => f.payload as Payload<E>);
  }

  latest<E extends keyof ServerToClientEvents>(event: E): Payload<E> | undefined {
    return this.all(event).at(-1);
  }

  /**
   * The first frame of `event` (received already, from index `since` of frames, or later)
   * that satisfies `match`.
   */
  waitFor<E extends keyof ServerToClientEvents>(
    event: E,
    match: (payload: Payload<E>) => boolean = () => true,
    { since = 0, timeoutMs = WAIT_TIMEOUT_MS }: { since?: number; timeoutMs?: number } = {},
  ): Promise<Payload<E>> {
    return new Promise((resolve, reject) => {
      let checked = since;
      const check = (): boolean => {
        for (; checked < this.frames.length; checked++) {
          const frame = this.frames[checked]!;
          if (frame.event === event && match(frame.payload as Payload<E>)) {
            resolve(frame.payload as Payload<E>);
            return true;
          }
        }
        return false;
      };
      if (check()) return;
      const listener = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        const last = this.latest(event);
        reject(new Error(`no matching ${event} within ${timeoutMs} ms; last one: ${JSON.stringify(last)?.slice(0, 400)}`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }

  /** Resolves when the server closes this connection. */
  disconnected(timeoutMs = WAIT_TIMEOUT_MS): Promise<string> {
    if (this.socket.disconnected) return Promise.resolve('already disconnected');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`still connected after ${timeoutMs} ms`)), timeoutMs);
      this.socket.once('disconnect', (reason) => {
        clearTimeout(timer);
        resolve(reason);
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** A raw socket with the test defaults, not yet known to be connected. */
export function rawSocket(url: string, options: ConnectOptions = {}): ClientSocket {
  return io(url, {
    auth: options.auth ?? { protocol: PROTOCOL_VERSION },
    transports: ['websocket'],
    extraHeaders: options.headers,
    forceNew: true,
    // Tests reconnect explicitly, with a new socket, as a reloaded page would.
    reconnection: false,
  });
}

/** Connects a client and waits for the connection (rejects on connect_error). */
export async function connectClient(url: string, options: ConnectOptions = {}): Promise<LiveClient> {
  const socket = rawSocket(url, options);
  const client = new LiveClient(socket);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no connection to ${url} within ${WAIT_TIMEOUT_MS} ms`)), WAIT_TIMEOUT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
  return client;
}

/** The data of a successful ack; a failed one throws with its code, so the test shows why. */
export function unwrap<T>(ack: Ack<T>, what = 'request'): T {
  if (!ack.ok) throw new Error(`${what} failed: ${ack.error.code} (${ack.error.message})`);
  return ack.data;
}

// ---------------------------------------------------------------------------------------
// HTTP

export interface CreatedSession {
  code: string;
  hostSecret: string;
}

/** POST /api/sessions; fails the test unless the server answers 201 with a code and secret. */
export async function createSession(
  url: string,
  { quizId = TEST_QUIZ_ID, locale = 'en', scoring = 'accuracy' }: { quizId?: string; locale?: Locale; scoring?: ScoringMode } = {},
): Promise<CreatedSession> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ quizId, locale, scoring }),
  });
  const body = (await res.json()) as CreatedSession;
  if (res.status !== 201) throw new Error(`POST /api/sessions answered ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

/** GET with the host's bearer secret. */
export function getWithSecret(url: string, hostSecret: string): Promise<Response> {
  return fetch(url, { headers: { authorization: `Bearer ${hostSecret}` } });
}

// ---------------------------------------------------------------------------------------
// Game steps

/** A host console: a connected client attached to a session. */
export async function hostOf(server: { connect: RunningServer['connect'] }, session: CreatedSession, locale: Locale = 'en'): Promise<{ client: LiveClient; view: HostView }> {
  const client = await server.connect();
  const view = await client.ok('host:attach', { code: session.code, hostSecret: session.hostSecret, locale });
  return { client, view };
}

export interface Player {
  client: LiveClient;
  nickname: string;
  playerId: string;
  playerSecret: string;
  view: PlayerView;
}

/** A phone that joined the session. */
export async function joinAs(server: { connect: RunningServer['connect'] }, code: string, nickname: string, locale: Locale = 'en'): Promise<Player> {
  const client = await server.connect();
  const joined: JoinResult = await client.ok('player:join', { code, nickname, locale });
  return { client, nickname, ...joined };
}

/** The answer the quiz data says is right, built from the answer key (not from the server). */
export function rightAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.correctOptionId };
    case 'multiple':
      return { type: 'multiple', optionIds: [...question.correctOptionIds] };
    case 'truefalse':
      return { type: 'truefalse', value: question.correct };
    case 'ordering':
      return { type: 'ordering', optionIds: question.options.map((o) => o.id) };
    default:
      throw new Error(`the test quiz has no ${question.type} question`);
  }
}

/** A well-formed answer that is wrong. */
export function wrongAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.options.find((o) => o.id !== question.correctOptionId)!.id };
    case 'multiple':
      // Only a wrong option: no partial credit either (a right one picked would earn some).
      return { type: 'multiple', optionIds: [question.options.find((o) => !question.correctOptionIds.includes(o.id))!.id] };
    case 'truefalse':
      return { type: 'truefalse', value: !question.correct };
    case 'ordering':
      return { type: 'ordering', optionIds: question.options.map((o) => o.id).reverse() };
    default:
      throw new Error(`the test quiz has no ${question.type} question`);
  }
}

// ---------------------------------------------------------------------------------------
// The test quiz

export const TEST_QUIZ_ID = 'it-quiz';

/**
 * Four short questions, one of each type, every text distinct per language, explanations
 * easy to search for in recorded frames. Ordering options are listed in the correct order.
 */
export function testQuiz({ id = TEST_QUIZ_ID, limitSec = 3 }: { id?: string; limitSec?: number } = {}): Quiz {
  return {
    id,
    title: { en: 'Integration quiz', pt: 'Quiz de integração' },
    description: { en: 'Four short questions', pt: 'Quatro perguntas curtas' },
    questions: [
      {
        id: 'it-single',
        type: 'single',
        topic: 'containers',
        source: 'S1',
        timeLimitSec: limitSec,
        prompt: { en: 'What do containers share with their host?', pt: 'O que os contêineres compartilham com o host?' },
        explanation: { en: 'EXPLAIN-EN-single: the kernel is shared.', pt: 'EXPLICA-PT-single: o kernel é compartilhado.' },
        options: [
          { id: 'hw', text: { en: 'The motherboard only', pt: 'Só a placa-mãe' } },
          { id: 'kr', text: { en: 'The kernel', pt: 'O núcleo do sistema' } },
          { id: 'nt', text: { en: 'Nothing at all', pt: 'Absolutamente nada' } },
        ],
        correctOptionId: 'kr',
      },
      {
        id: 'it-multiple',
        type: 'multiple',
        topic: 'virtual-machines',
        source: 'S2',
        timeLimitSec: limitSec,
        prompt: { en: 'Which of these does every VM carry?', pt: 'Quais destes itens toda VM carrega?' },
        explanation: { en: 'EXPLAIN-EN-multiple: a whole guest OS and its kernel.', pt: 'EXPLICA-PT-multiple: um sistema convidado inteiro e seu kernel.' },
        options: [
          { id: 'os', text: { en: 'A guest operating system', pt: 'Um sistema operacional convidado' } },
          { id: 'nb', text: { en: 'A network cable', pt: 'Um cabo de rede' } },
          { id: 'gk', text: { en: 'Its own kernel', pt: 'Um kernel próprio' } },
          { id: 'ph', text: { en: 'A physical CPU of its own', pt: 'Uma CPU física só dela' } },
        ],
        correctOptionIds: ['os', 'gk'],
      },
      {
        id: 'it-truefalse',
        type: 'truefalse',
        topic: 'analogy',
        source: 'S3',
        timeLimitSec: limitSec,
        prompt: { en: 'A VM is like a house with its own foundations.', pt: 'Uma VM é como uma casa com fundação própria.' },
        explanation: { en: 'EXPLAIN-EN-truefalse: houses stand alone.', pt: 'EXPLICA-PT-truefalse: casas ficam sozinhas.' },
        correct: true,
      },
      {
        id: 'it-ordering',
        type: 'ordering',
        topic: 'together',
        source: 'S4',
        timeLimitSec: limitSec,
        prompt: { en: 'Order the layers from the bottom up.', pt: 'Ordene as camadas de baixo para cima.' },
        explanation: { en: 'EXPLAIN-EN-ordering: hardware first, app last.', pt: 'EXPLICA-PT-ordering: hardware primeiro, aplicação por último.' },
        options: [
          { id: 'hwr', text: { en: 'Hardware', pt: 'Equipamento' } },
          { id: 'hyp', text: { en: 'Hypervisor', pt: 'Hipervisor' } },
          { id: 'gos', text: { en: 'Guest OS', pt: 'Sistema convidado' } },
          { id: 'app', text: { en: 'Application', pt: 'Aplicação' } },
        ],
      },
    ],
  };
}
