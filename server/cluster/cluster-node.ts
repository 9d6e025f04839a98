import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { PageViews } from '../../lib/pages/page-views';
import type { Locale } from '../../lib/quiz/types';
import type { PlayerView } from '../../lib/quiz/views';
import type { Logger } from '../logger';
import type { LiveServer, LiveSocket } from '../live/socket-types';
import { ClusterRouter } from './cluster-router';
import { NodeBus } from './node-bus';
import { openRedisLinks, newNodeId, type RedisLinks } from './redis-links';
import { RoomLeases } from './room-leases';

export interface ClusterConfig {
  /** redis:// URL of the Redis all nodes share (REDIS_URL). */
  redisUrl: string;
  /** This node's id; a fresh one per process by default. */
  nodeId?: string;
  /** Prefix of every Redis key, channel and stream (default "stackhouse"): several deployments (or test runs) can share one Redis. */
  prefix?: string;
}

/**
 * After an outage, how long before the rooms are resynced: broadcasts queued during it are
 * sent first, so the fresh state is what clients keep.
 */
const RESYNC_AFTER_OUTAGE_MS = 1500;

/** What the application gives the cluster once it is built. */
export interface ClusterHooks {
  io: LiveServer;
  trustProxy: boolean;
  attachHandlers: (socket: LiveSocket) => void;
  rebound: (socket: LiveSocket, key: string) => void;
  takeOver: (key: string) => Promise<void>;
  stillNeeded: (key: string) => boolean;
  onLost: (key: string) => void;
  /** Sends every client of the rooms this node runs their whole state (after a Redis outage). */
  resyncAll: () => void;
  /** The player views of the sessions this node holds, for pages rendered on other nodes. */
  pageViews: PageViews;
}

/**
 * One node of several (REDIS_URL set): the Socket.io Redis Streams adapter (broadcasts reach
 * every node; connection state recovery works with it), the room leases and the relay.
 */
export class ClusterNode {
  readonly nodeId: string;
  private readonly prefix: string;
  private readonly links: RedisLinks;
  readonly leases: RoomLeases;
  private hooks: ClusterHooks | undefined;
  private bus: NodeBus | undefined;
  private router: ClusterRouter | undefined;

  constructor(
    config: ClusterConfig,
    private readonly logger: Logger,
  ) {
    this.nodeId = config.nodeId ?? newNodeId();
    this.prefix = config.prefix ?? 'stackhouse';
    this.links = openRedisLinks(config.redisUrl, logger);
    this.leases = new RoomLeases({ redis: this.links.commands, nodeId: this.nodeId, prefix: this.prefix, logger, onLost: (key) => this.hooks?.onLost(key) });
  }

  /** For `new Server(..., { adapter })`. */
  adapter() {
    return createAdapter(this.links.adapter, { streamName: `${this.prefix}:socket.io`, channelPrefix: `${this.prefix}:socket.io`, sessionKeyPrefix: `${this.prefix}:sio:session:` });
  }

  /** Connects the relay to the built application. */
  wire(hooks: ClusterHooks): void {
    this.hooks = hooks;
    this.links.onBack(() => setTimeout(() => this.hooks?.resyncAll(), RESYNC_AFTER_OUTAGE_MS).unref());
    this.bus = new NodeBus({
      redis: this.links.commands,
      subscriber: this.links.subscriber,
      nodeId: this.nodeId,
      prefix: this.prefix,
      logger: this.logger,
      onRequest: (from, body) => this.router!.serve(from, body),
      onNotice: (from, body) => this.router?.notice(from, body),
    });
    this.router = new ClusterRouter({ ...hooks, nodeId: this.nodeId, bus: this.bus, leases: this.leases, logger: this.logger });
  }

  /** A player's screen from the node running their session (null if none answers; see ClusterRouter). */
  ownersPlayerView(code: string, playerSecret: string, locale: Locale): Promise<PlayerView | null> {
    return this.router ? this.router.ownersPlayerView(code, playerSecret, locale) : Promise.resolve(null);
  }

  /** Installs the relay on a new connection. */
  intercept(socket: LiveSocket): void {
    this.router?.intercept(socket);
  }

  /** Waits (a little) for Redis, so sessions resumed at start can be claimed. */
  async ready(): Promise<void> {
    if (!(await this.links.ready(5000))) this.logger.warn('Redis not answering yet; starting anyway');
  }

  /** Gives the leases back (the next owner need not wait for them to expire) and hangs up. */
  async close(): Promise<void> {
    this.router?.close();
    this.bus?.close();
    await this.leases.close();
    await this.links.close();
  }
}
