import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { Server } from 'socket.io';
import { protocolError } from '../lib/protocol/errors';
import { PROTOCOL_VERSION } from '../lib/protocol/version';
import type { Misconception } from '../lib/content/types';
import type { PageViews } from '../lib/pages/page-views';
import type { Locale, Question, Quiz } from '../lib/quiz/types';
import { createQuizLibrary } from './live/quiz-library';
import { AwarenessRelay } from './board/awareness-relay';
import { attachBoardHandlers, boardRoom, parseBoardRoom } from './board/board-handlers';
import { BoardStore } from './board/board-store';
import { spotlightOnReveal } from './board/reveal-spotlight';
import type { Clock } from './clock';
import { CohortService, type CohortMessages } from './cohort/cohort-service';
import { CohortTransport } from './cohort/cohort-handlers';
import { toBase64 } from '../lib/board/codec';
import type { LessonCard } from '../lib/content/types';
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../lib/security/csp';
import { createApiHandler } from './http/api';
import { DEFAULT_LIMITS, type Limits } from './limits/limits';
import { JoinLimiter } from './limits/join-limiter';
import { originAllowed } from './limits/origin';
import { createSocketGuard } from './limits/socket-guard';
import { createCohortApi } from './http/cohort-api';
import { createCredentialsApi } from './http/credentials-api';
import { createPracticeApi } from './http/practice-api';
import type { ReportMessages } from './http/report-csv';
import { LiveTransport } from './live/live-handlers';
import { livePageViews } from './live/player-page-view';
import { SessionRegistry } from './live/session-registry';
import type { LiveServer } from './live/socket-types';
import { ClusterNode, type ClusterConfig } from './cluster/cluster-node';
import type { Logger } from './logger';
import type { Storage } from './persistence/types';

export interface ApplicationDeps {
  storage: Storage;
  /** Preset quizzes a host can pick whole. */
  quizzes: readonly Quiz[];
  /** The question bank: hosts pick a topic or a set from it; self-paced learners practise it. */
  bank?: readonly Question[];
  /** What wrong answers reveal, for grouping them in reports. */
  misconceptions?: readonly Misconception[];
  clock: Clock;
  logger: Logger;
  reportMessages: Record<Locale, ReportMessages>;
  /** Lesson cards a cohort space is made of (by topic). */
  lessons?: readonly LessonCard[];
  /** The words cohort figures and files use, per language, from locales/. */
  cohortMessages?: Record<Locale, CohortMessages>;
  /** Stored updates after which a shared board is compacted into one snapshot (default 100). */
  boardCompactEvery?: number;
  /** Rate and size limits; DEFAULT_LIMITS for whatever is not given. */
  limits?: Partial<Limits>;
  /** Browser origins allowed to open a socket besides the server's own (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Take the client address from X-Forwarded-For (behind a reverse proxy; TRUST_PROXY). */
  trustProxy?: boolean;
  /** Several nodes on one Redis and one PostgreSQL (REDIS_URL); alone when absent. */
  cluster?: ClusterConfig;
  /** Requests the API does not own (the Next pages); 404 when absent, as in tests. */
  fallback?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
}

export interface Application {
  io: LiveServer;
  registry: SessionRegistry;
  /** Live views for pages rendered on the server (lib/pages/page-views.ts), from whichever node runs the session. */
  pageViews: PageViews;
  /** Loads unfinished sessions so their timers run again. */
  start(): Promise<void>;
  /** Stops timers and sockets; the storage is the caller's to close. */
  close(): Promise<void>;
  /**
   * A graceful stop: takes no new event (each gets INTERNAL), tells every client the server
   * is restarting, lets pending writes finish, then closes (clients reconnect by themselves).
   */
  shutdown(): Promise<void>;
}

/** Used when a caller (a test) passes no cohort words: the English ones. */
const DEFAULT_COHORT_MESSAGES: Record<Locale, CohortMessages> = {
  en: {
    facilitator: 'Facilitator',
    csv: { member: 'Member', language: 'Language', joined: 'Joined', lastActive: 'Last active', started: 'Started', yes: 'yes', no: 'no', cardsRead: 'Cards read', cardsTotal: 'Cards in the space', answered: 'Questions answered', questionsTotal: 'Questions in the quiz', score: 'Score (%)', scoreIn: '{topic} (%)' },
  },
  get pt() {
    return this.en;
  },
};

/** Largest socket message accepted: quiz messages are small, anything bigger is refused unread. */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;

/**
 * Builds the whole server on an HTTP server: the /api routes, Socket.io and the live quiz.
 * Everything it needs comes in `deps`, so tests build one on port 0 with what they choose.
 */
export function createApplication(httpServer: HttpServer, deps: ApplicationDeps): Application {
  const { logger, clock } = deps;
  const limits: Limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const trustProxy = deps.trustProxy ?? false;
  const joins = new JoinLimiter(limits, clock);
  const cluster = deps.cluster ? new ClusterNode(deps.cluster, logger) : undefined;
  const clustered = cluster !== undefined;
  const io: LiveServer = new Server(httpServer, {
    // A page of another site may not open a socket in a visitor's browser.
    allowRequest: (req, callback) => callback(null, originAllowed(req, deps.allowedOrigins ?? [], trustProxy)),
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    perMessageDeflate: false,
    // Other upgrade requests (Next's dev reloader) belong to someone else: leave them alone.
    destroyUpgrade: false,
    serveClient: false,
    ...(cluster ? { adapter: cluster.adapter() } : {}),
  });
  let transport: LiveTransport | undefined;
  let spotlight: ReturnType<typeof spotlightOnReveal> | undefined;
  let cohortTransport: CohortTransport | undefined;
  const registry = new SessionRegistry({
    sessions: deps.storage.sessions,
    library: createQuizLibrary(deps.quizzes, deps.bank ?? []),
    clock,
    logger,
    onCommit: (room, event, previous) => {
      transport?.onCommit(room, event, previous);
      spotlight?.(room, event, previous);
      if (room.state.phase !== previous.phase) cohortTransport?.sessionChanged(room.code, room.state.phase === 'podium');
    },
    onLoad: (room) => transport?.resync(room),
    ...(cluster
      ? {
          // A session runs on the node holding its lease (server/cluster).
          claim: async (code: string) => (await cluster.leases.claim(code)) === cluster.nodeId,
          adopt: (code: string) => cluster.leases.adopt(code),
          release: (code: string) => cluster.leases.release(code),
        }
      : {}),
  });
  transport = new LiveTransport({ io, registry, clock, logger, joins, trustProxy, maxPlayersPerRoom: limits.maxPlayersPerRoom, clustered });
  const live = transport;

  io.use((socket, next) => {
    const auth = socket.handshake.auth as { protocol?: unknown };
    if (auth.protocol !== PROTOCOL_VERSION) {
      const error = new Error('PROTOCOL_MISMATCH') as Error & { data: unknown };
      error.data = protocolError('PROTOCOL_MISMATCH', `This server speaks protocol ${PROTOCOL_VERSION}.`);
      return next(error);
    }
    next();
  });
  const boards = new BoardStore({
    boards: deps.storage.boards,
    clock,
    logger,
    compactEvery: deps.boardCompactEvery,
    // Cohort spaces' boards (8-character room codes) feed their dashboards.
    onApplied: (code) => {
      if (code.length === 8) void cohortTransport?.boardChanged(code).catch((error: unknown) => logger.warn('cohort board change not handled', { code, error: String(error) }));
    },
  });
  const cohortMessages = deps.cohortMessages ?? DEFAULT_COHORT_MESSAGES;
  const cohorts = new CohortService({
    cohorts: deps.storage.cohorts,
    boards,
    registry,
    presets: deps.quizzes,
    bank: deps.bank ?? [],
    lessons: deps.lessons ?? [],
    misconceptions: deps.misconceptions ?? [],
    messages: cohortMessages,
    clock,
    logger,
  });
  cohortTransport = new CohortTransport({ io, service: cohorts, logger, clustered });
  const cohortLive = cohortTransport;
  cohorts.onBoardChange = (code, diagramId, update) => io.to(boardRoom(code, diagramId)).emit('board:update', { code, diagramId, update: toBase64(update) });
  spotlight = spotlightOnReveal({ io, boards, logger });
  const presence = new AwarenessRelay(io, boardRoom);
  // A board nobody has open is dropped from memory; its rows stay in storage.
  io.of('/').adapter.on('delete-room', (room: string) => {
    const board = parseBoardRoom(room);
    if (board) void boards.unload(board.code, board.diagramId).catch((error: unknown) => logger.warn('board not unloaded', { room, error: String(error) }));
  });
  let closing = false;
  const guard = createSocketGuard(limits, clock, logger, () => closing);
  // The play page renders a returning player's current screen into its first HTML: read here
  // when this node runs the session, else asked of the node that does.
  const localPageViews = livePageViews(registry, clock);
  const pageViews: PageViews = {
    async playerView(code, playerSecret, locale) {
      if (registry.holds(code) || !cluster) return localPageViews.playerView(code, playerSecret, locale);
      return cluster.ownersPlayerView(code, playerSecret, locale);
    },
  };
  cluster?.wire({
    io,
    trustProxy,
    pageViews: localPageViews,
    // What an event relayed from another node runs: the same handlers as here.
    attachHandlers: (socket) => {
      live.attach(socket);
      attachBoardHandlers(socket, { io, store: boards, presence, logger });
    },
    takeOver: async (key) => {
      await registry.get(key);
    },
    rebound: (socket, key) => live.rebound(socket, key),
    stillNeeded: (key) => registry.holds(key) || boards.holdsAny(key),
    resyncAll: () => {
      for (const code of registry.heldCodes()) void registry.get(code).then((room) => room && live.resync(room), () => undefined);
    },
    onLost: (key) => {
      void registry.discard(key);
      void boards.unloadRoom(key);
    },
  });
  io.on('connection', (socket) => {
    guard(socket);
    cluster?.intercept(socket);
    live.attach(socket);
    cohortLive.attach(socket);
    attachBoardHandlers(socket, { io, store: boards, presence, logger });
  });

  const api = createApiHandler({ storage: deps.storage, registry, logger, reportMessages: deps.reportMessages, misconceptions: deps.misconceptions ?? [], trustProxy });
  const credentials = createCredentialsApi({ registry, cohorts, logger, trustProxy });
  const practice = createPracticeApi({ bank: deps.bank ?? [], misconceptions: deps.misconceptions ?? [] });
  const cohortApi = createCohortApi({ service: cohorts, messages: cohortMessages, logger, joins, trustProxy, onJoined: (id) => cohortLive.dashboardChanged(id) });
  httpServer.on('request', (req, res) => {
    // Socket.io answers its own polling requests on this same server.
    if (req.url?.startsWith('/socket.io/')) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    // Pages get their own policy, with a nonce, from proxy.ts; everything else runs nothing.
    if (url.pathname.startsWith('/api')) res.setHeader('content-security-policy', API_CONTENT_SECURITY_POLICY);
    // The practice routes first; every other /api path (and unknown ones, as JSON 404s) is the API's.
    void practice(req, res, url)
      .then(async (done) => done || cohortApi(req, res, url))
      .then(async (done) => done || credentials(req, res, url))
      .then(async (done) => done || api(req, res))
      .then(async (handled) => {
      if (handled) return;
      if (deps.fallback) return deps.fallback(req, res);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }).catch((error: unknown) => {
      logger.error('request failed', { url: req.url, error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  return {
    io,
    registry,
    pageViews,
    async start() {
      await cluster?.ready();
      const count = await registry.resumeLive();
      if (count > 0) logger.info('resumed live sessions', { count });
    },
    async shutdown() {
      closing = true;
      io.emit('server:restarting', {});
      await this.close();
    },
    async close() {
      closing = true;
      presence.close();
      cohortLive.close();
      await registry.close();
      await boards.close();
      // The last acknowledgements were just emitted (events stored while draining): let them
      // leave before the sockets close, or a stored answer would look lost to its phone.
      await socketsFlushed(io, SOCKET_FLUSH_MS);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await cluster?.close();
    },
  };
}

/** Longest a shutdown waits for the sockets' queued frames to be written. */
const SOCKET_FLUSH_MS = 2_000;

/** Resolves once no Engine.IO socket has frames queued (or after `timeoutMs`). */
async function socketsFlushed(io: LiveServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Engine.IO keeps both private (engine.io 6): its clients by id, each with its write queue.
  const clients = (io.engine as unknown as { clients: Record<string, { writeBuffer: unknown[] }> }).clients;
  const queued = () => Object.values(clients).some((c) => c.writeBuffer.length > 0);
  while (queued() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}
