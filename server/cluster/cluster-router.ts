import type { PageViews } from '../../lib/pages/page-views';
import { protocolError } from '../../lib/protocol/errors';
import type { Locale } from '../../lib/quiz/types';
import type { PlayerView } from '../../lib/quiz/views';
import type { Logger } from '../logger';
import type { LiveServer, LiveSocket } from '../live/socket-types';
import { clientAddress } from '../limits/join-limiter';
import { FORWARD_TIMEOUT_MS, type NodeBus } from './node-bus';
import { mergeSocketData, ProxySocket, type ForwardedResult, type SocketSnapshot } from './proxy-socket';
import type { RoomLeases } from './room-leases';
import { roomsOfSocket, routeKey } from './route-key';

/** How often a node looks for rooms its clients are in that no node owns any more. */
export const WATCH_INTERVAL_MS = 1000;
/** How long a node keeps trying to reach or take over a room whose owner went silent. */
const TAKEOVER_PATIENCE_MS = 8000;
/** How long an event waits for Redis to answer before the client is told to try again. */
const REDIS_PATIENCE_MS = 3000;
/** How often held leases nobody needs any more are given back. */
const SWEEP_INTERVAL_MS = 15_000;
/**
 * How long a page being rendered waits for the owner's player view: past it, the page goes
 * out without the screen and the socket brings it (as on one node before a resume).
 */
export const PAGE_VIEW_TIMEOUT_MS = 500;

/** Requests between nodes. */
type ForwardRequest =
  | { type: 'event'; key: string; event: string; args: unknown[]; socket: SocketSnapshot }
  /** After a takeover: this socket was bound to the room on the old owner; count it here. */
  | { type: 'rebind'; key: string; socket: SocketSnapshot }
  /** A page rendered on another node: the player's current screen, read only. */
  | { type: 'pageView'; code: string; playerSecret: string; locale: Locale };
type ForwardReply = { type: 'result'; result: ForwardedResult } | { type: 'not-owner'; owner: string | undefined } | { type: 'no-handler' };
type PageViewReply = { type: 'view'; view: PlayerView | null };
type Notice = { type: 'gone'; socketId: string } | { type: 'taken-over'; key: string; owner: string };

export interface ClusterRouterDeps {
  io: LiveServer;
  nodeId: string;
  bus: NodeBus;
  leases: RoomLeases;
  logger: Logger;
  trustProxy: boolean;
  /** Wires the same handlers as a local connection gets (not the limits: the receiving node applied them). */
  attachHandlers: (socket: LiveSocket) => void;
  /** A room no node owned is this node's now: load what it holds (timers, state for clients). */
  takeOver: (key: string) => Promise<void>;
  /** A socket of another node was bound to the room before a takeover: the new owner counts it as connected. */
  rebound: (socket: LiveSocket, key: string) => void;
  /** Whether this node still needs a room it holds the lease of (a session or a board in memory). */
  stillNeeded: (key: string) => boolean;
  /** The player views of the sessions this node holds (server/live/player-page-view.ts). */
  pageViews: PageViews;
}

const unavailable = (message: string) => ({ ok: false, error: protocolError('INTERNAL', message) });

/**
 * Runs each room's events on its owner node. A node receiving an event for a room it owns
 * (or that nobody owns: it claims it) runs it as usual; otherwise it relays the event with
 * what the socket carries to the owner, which runs the same handlers on a stand-in
 * (ProxySocket) and answers; the acknowledgement and the socket's new rooms and bindings
 * come back to the real socket. An owner that stops answering is replaced: once its lease
 * runs out the next node claims the room and loads it from the database.
 */
export class ClusterRouter {
  /** Stand-ins for sockets of other nodes, on this node as owner, by socket id. */
  private readonly proxies = new Map<string, { proxy: ProxySocket; node: string }>();
  private readonly watch: NodeJS.Timeout;
  private readonly sweep: NodeJS.Timeout;
  private watching = false;
  private readonly takeovers = new Map<string, Promise<void>>();
  /** Rooms seen without an owner at the last look: claimed only if still so at the next. */
  private readonly ownerless = new Set<string>();

  constructor(private readonly deps: ClusterRouterDeps) {
    this.watch = setInterval(() => void this.watchRooms(), WATCH_INTERVAL_MS);
    this.watch.unref();
    this.sweep = setInterval(() => this.sweepLeases(), SWEEP_INTERVAL_MS);
    this.sweep.unref();
  }

  /** Installs the relay on a new local connection (after the limits, before the handlers). */
  intercept(socket: LiveSocket): void {
    const owners = new Set<string>();
    // One event at a time per socket, so relaying never reorders what a client sent.
    let chain: Promise<void> = Promise.resolve();
    socket.use((packet, next) => {
      const [event, ...args] = packet as [string, ...unknown[]];
      const ack = args.at(-1);
      const key = typeof ack === 'function' ? routeKey(event, args[0]) : undefined;
      if (!key) return next();
      const reply = ack as (response: unknown) => void;
      chain = chain
        .then(() => this.route(socket, key, event, args.slice(0, -1), owners))
        .then(
          (outcome) => (outcome === 'local' ? next() : reply(outcome.ack)),
          (error: unknown) => {
            this.deps.logger.error('relay failed', { event, error: String(error) });
            reply(unavailable('Try again in a moment.'));
          },
        );
    });
    socket.on('disconnect', () => {
      for (const node of owners) this.deps.bus.notify(node, { type: 'gone', socketId: socket.id } satisfies Notice);
    });
  }

  /**
   * A player's current screen from the node that runs their session, for a page this node
   * renders: null when no node runs it (a page never loads nor claims a session), when this
   * node is the owner (the caller read its own), or when the owner does not answer in time.
   */
  ownersPlayerView(code: string, playerSecret: string, locale: Locale): Promise<PlayerView | null> {
    const ask = async (): Promise<PlayerView | null> => {
      const owner = await this.deps.leases.owner(code);
      if (!owner || owner === this.deps.nodeId) return null;
      const reply = (await this.deps.bus.request(owner, { type: 'pageView', code, playerSecret, locale } satisfies ForwardRequest, PAGE_VIEW_TIMEOUT_MS)) as PageViewReply | undefined;
      return reply?.type === 'view' ? reply.view : null;
    };
    // The owner lookup counts too: a Redis that hangs must not hold a page up.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PAGE_VIEW_TIMEOUT_MS)));
    return Promise.race([ask().catch(() => null), late]).finally(() => clearTimeout(timer));
  }

  /** Another node's request. */
  async serve(from: string, body: unknown): Promise<ForwardReply | PageViewReply> {
    const request = body as ForwardRequest;
    if (request?.type === 'pageView') {
      // Only a session this node runs: reading never claims one.
      const view = this.deps.leases.holds(request.code) ? await this.deps.pageViews.playerView(request.code, request.playerSecret, request.locale) : null;
      return { type: 'view', view };
    }
    if (request?.type !== 'event' && request?.type !== 'rebind') return { type: 'no-handler' };
    if (!this.deps.leases.holds(request.key)) {
      const owner = await this.deps.leases.claim(request.key);
      if (owner !== this.deps.nodeId) return { type: 'not-owner', owner };
    }
    let entry = this.proxies.get(request.socket.id);
    if (!entry) {
      const proxy = new ProxySocket(this.deps.io, request.socket);
      this.deps.attachHandlers(proxy.asSocket());
      entry = { proxy, node: from };
      this.proxies.set(request.socket.id, entry);
    }
    if (request.type === 'rebind') {
      entry.proxy.data = structuredClone(request.socket.data);
      this.deps.rebound(entry.proxy.asSocket(), request.key);
      return { type: 'no-handler' };
    }
    const result = await entry.proxy.run(request.socket, request.event, request.args, FORWARD_TIMEOUT_MS);
    return result ? { type: 'result', result } : { type: 'no-handler' };
  }

  notice(_from: string, body: unknown): void {
    const notice = body as Notice;
    if (notice?.type === 'taken-over') return this.rebind(notice.key, notice.owner);
    if (notice?.type !== 'gone') return;
    const entry = this.proxies.get(notice.socketId);
    if (!entry) return;
    this.proxies.delete(notice.socketId);
    entry.proxy.gone();
  }

  /**
   * Loads a room whose owner is gone, then has every node bind its sockets of that room to
   * this one (the old owner counted them as connected; this one must too).
   */
  private takeOver(key: string): Promise<void> {
    // The watch and a relayed event may both find the room ownerless: one takeover, not two.
    let running = this.takeovers.get(key);
    if (running) return running;
    running = (async () => {
      await this.deps.takeOver(key);
      for (const socket of this.deps.io.of('/').sockets.values()) this.deps.rebound(socket, key);
      this.deps.bus.announce({ type: 'taken-over', key, owner: this.deps.nodeId } satisfies Notice);
    })();
    this.takeovers.set(key, running);
    const forget = () => setTimeout(() => this.takeovers.delete(key), 5000).unref();
    running.then(forget, forget);
    return running;
  }

  /** This node's sockets bound to a room that moved: the new owner learns of them. */
  private rebind(key: string, owner: string): void {
    if (owner === this.deps.nodeId) return;
    for (const socket of this.deps.io.of('/').sockets.values()) {
      if (!(key in (socket.data.playerOf ?? {})) && !(key in (socket.data.hostOf ?? {}))) continue;
      void this.deps.bus.request(owner, { type: 'rebind', key, socket: this.snapshot(socket) } satisfies ForwardRequest);
    }
  }

  close(): void {
    clearInterval(this.watch);
    clearInterval(this.sweep);
    for (const { proxy } of this.proxies.values()) proxy.gone();
    this.proxies.clear();
  }

  private async route(socket: LiveSocket, key: string, event: string, args: unknown[], owners: Set<string>): Promise<'local' | { ack: unknown }> {
    const { leases, nodeId, bus } = this.deps;
    const giveUpAt = Date.now() + TAKEOVER_PATIENCE_MS;
    let owner = leases.holds(key) ? nodeId : await this.claimPatiently(key);
    for (;;) {
      if (owner === nodeId) return 'local';
      if (owner === undefined) return { ack: unavailable('The classroom is out of reach for a moment; try again.') };
      const snapshot = this.snapshot(socket);
      // A board opened through another node must already hold this socket when the owner
      // reads its state, or an update accepted in between would never reach it.
      const preJoined = event === 'board:join' || event === 'board:sync' ? this.preJoin(socket, args[0]) : undefined;
      if (preJoined) snapshot.rooms.push(preJoined);
      owners.add(owner);
      const reply = await this.requestWhileOwnerLives(owner, key, { type: 'event', key, event, args, socket: snapshot });
      if (reply === undefined || reply === 'owner-gone') {
        if (preJoined) await socket.leave(preJoined);
        // Still the owner, and silent: the event may have been applied, so it is not sent again.
        if (reply === undefined) return { ack: unavailable('No answer in time; try again.') };
        // The owner is gone: wait for its lease to run out (or a new owner), then send it there.
        if (Date.now() > giveUpAt) return { ack: unavailable('The classroom is moving to another server; try again.') };
        this.deps.logger.warn('owner gone, taking the room over', { key, owner });
        owner = await this.waitForOwner(key, owner, giveUpAt);
        continue;
      }
      if (reply.type === 'result') {
        mergeSocketData(socket.data, snapshot.data, reply.result.data);
        if (reply.result.joined.length > 0) await socket.join(reply.result.joined);
        for (const room of reply.result.left) await socket.leave(room);
        // Refused: the socket does not stay in a board it could not open.
        if (preJoined && (reply.result.ack as { ok?: unknown } | undefined)?.ok !== true) await socket.leave(preJoined);
        return { ack: reply.result.ack ?? unavailable('No answer in time; try again.') };
      }
      if (preJoined) await socket.leave(preJoined);
      if (reply.type === 'no-handler') return 'local';
      owner = reply.owner;
    }
  }

  /** Claims (or finds the owner), waiting up to a few seconds for Redis when it does not answer. */
  private async claimPatiently(key: string): Promise<string | undefined> {
    const until = Date.now() + REDIS_PATIENCE_MS;
    for (;;) {
      const owner = await this.deps.leases.claim(key);
      if (owner !== undefined || Date.now() > until) return owner;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /**
   * Sends a request to the owner and waits for its reply, watching its lease meanwhile: if
   * the lease runs out or moves (the owner died) the wait ends early with 'owner-gone'.
   * Undefined when the owner kept its lease and did not answer in time.
   */
  private async requestWhileOwnerLives(owner: string, key: string, body: ForwardRequest): Promise<ForwardReply | 'owner-gone' | undefined> {
    let settled = false;
    const reply = this.deps.bus.request(owner, body, FORWARD_TIMEOUT_MS).then((r) => {
      settled = true;
      return r as ForwardReply | undefined;
    });
    const gone = (async (): Promise<'owner-gone' | undefined> => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      while (!settled) {
        const current = await this.deps.leases.owner(key);
        if (current === null || (current !== undefined && current !== owner)) return 'owner-gone';
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      return undefined;
    })();
    const first = await Promise.race<ForwardReply | 'owner-gone' | undefined>([reply, gone.then((g): Promise<ForwardReply | 'owner-gone' | undefined> => (g ? Promise.resolve(g) : reply))]);
    settled = true;
    return first;
  }

  /** Polls until the silent owner's lease is gone (then claims) or another owner appears. */
  private async waitForOwner(key: string, silent: string, giveUpAt: number): Promise<string | undefined> {
    while (Date.now() < giveUpAt) {
      const owner = await this.deps.leases.owner(key);
      if (owner !== undefined && owner !== silent) {
        const claimed = await this.deps.leases.claim(key);
        if (claimed === this.deps.nodeId) await this.takeOver(key);
        return claimed;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return silent;
  }

  private preJoin(socket: LiveSocket, payload: unknown): string | undefined {
    const { code, diagramId } = (payload ?? {}) as { code?: unknown; diagramId?: unknown };
    if (typeof code !== 'string' || typeof diagramId !== 'string') return undefined;
    const room = `board:${routeKey('board:join', { code }) ?? ''}:${diagramId}`;
    if (socket.rooms.has(room)) return undefined;
    void socket.join(room);
    return room;
  }

  private snapshot(socket: LiveSocket): SocketSnapshot {
    return {
      id: socket.id,
      data: structuredClone(socket.data),
      rooms: [...socket.rooms].filter((room) => room !== socket.id),
      headers: socket.request.headers,
      address: clientAddress(socket.request, this.deps.trustProxy),
    };
  }

  /**
   * Rooms this node's clients are in whose owner is gone: claim them and load them from the
   * database, so a game whose node died goes on (its timer included) even if nobody acts.
   */
  private async watchRooms(): Promise<void> {
    if (this.watching) return;
    this.watching = true;
    try {
      const wanted = new Set<string>();
      for (const socket of this.deps.io.of('/').sockets.values()) {
        for (const key of roomsOfSocket(socket.data, socket.rooms)) if (!this.deps.leases.holds(key)) wanted.add(key);
      }
      for (const key of this.ownerless) if (!wanted.has(key)) this.ownerless.delete(key);
      for (const key of wanted) {
        if ((await this.deps.leases.owner(key)) !== null) {
          this.ownerless.delete(key);
          continue;
        }
        // Seen twice, a second apart: an owner back from a Redis outage renews its leases at
        // once (RoomLeases), so it keeps its rooms instead of racing this node for them.
        if (!this.ownerless.has(key)) {
          this.ownerless.add(key);
          continue;
        }
        this.ownerless.delete(key);
        if ((await this.deps.leases.claim(key)) !== this.deps.nodeId) continue;
        this.deps.logger.info('room taken over', { key });
        await this.takeOver(key).catch((error: unknown) => this.deps.logger.error('takeover failed', { key, error: String(error) }));
      }
      // Stand-ins of a node that died: their handlers' disconnect work runs now.
      const nodes = new Set([...this.proxies.values()].map((entry) => entry.node));
      for (const node of nodes) {
        if (await this.deps.bus.alive(node)) continue;
        for (const [id, entry] of this.proxies) {
          if (entry.node !== node) continue;
          this.proxies.delete(id);
          entry.proxy.gone();
        }
      }
    } finally {
      this.watching = false;
    }
  }

  private sweepLeases(): void {
    const bound = new Set<string>();
    for (const { proxy } of this.proxies.values()) for (const key of roomsOfSocket(proxy.data, proxy.rooms)) bound.add(key);
    for (const socket of this.deps.io.of('/').sockets.values()) for (const key of roomsOfSocket(socket.data, socket.rooms)) bound.add(key);
    for (const key of this.deps.leases.heldKeys()) {
      if (!bound.has(key) && !this.deps.stillNeeded(key)) this.deps.leases.release(key);
    }
  }
}
