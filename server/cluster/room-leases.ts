import type { Redis } from 'ioredis';
import type { Logger } from '../logger';

/** How long a lease lives without renewal: an owner that died is replaced after at most this. */
export const LEASE_TTL_MS = 3000;
/** How often the owner renews its leases (three renewals fit in one lifetime). */
export const LEASE_RENEW_MS = 1000;


/*
 * Renewal in one round trip per key, atomically: still mine -> extend; gone (it expired
 * while Redis was away, or Redis restarted empty) -> take it again; someone else's -> lost.
 */
const RENEW_SCRIPT = `
local v = redis.call('GET', KEYS[1])
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;

/** Deletes the lease only while it is still this node's: never another node's. */
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export interface RoomLeasesDeps {
  redis: Redis;
  nodeId: string;
  /** Of every key (see ClusterConfig.prefix). */
  prefix: string;
  logger: Logger;
  /** A lease this node held is another node's now: drop what it ran. */
  onLost: (key: string) => void;
}

/**
 * Which node owns each room, as leases in Redis (key = room key, value = node id, with a
 * time to live). The owner renews its leases; when it dies they expire and the next node
 * that needs the room claims it. While Redis is away the held leases are kept (each node
 * goes on serving the rooms it has) and renewed, or re-taken, once Redis answers again.
 */
export class RoomLeases {
  private readonly held = new Set<string>();
  private readonly timer: NodeJS.Timeout;
  private renewing = false;

  constructor(private readonly deps: RoomLeasesDeps) {
    this.timer = setInterval(() => void this.renewAll(), LEASE_RENEW_MS);
    this.timer.unref();
    // Back from an outage: renew before any other node's watch finds these rooms ownerless.
    deps.redis.on('ready', () => void this.renewAll());
  }

  private keyOf(room: string): string {
    return `${this.deps.prefix}:owner:${room}`;
  }

  /** Whether this node holds the room's lease (as far as it knows, without asking Redis). */
  holds(key: string): boolean {
    return this.held.has(key);
  }

  heldKeys(): string[] {
    return [...this.held];
  }

  /**
   * Takes the room if nobody owns it. Resolves to the owner's node id (this node's own when
   * it holds it), or undefined when Redis cannot be asked (the caller refuses politely).
   */
  async claim(key: string): Promise<string | undefined> {
    if (this.held.has(key)) return this.deps.nodeId;
    const { redis, nodeId } = this.deps;
    try {
      const set = await redis.set(this.keyOf(key), nodeId, 'PX', LEASE_TTL_MS, 'NX');
      if (set === 'OK') {
        this.held.add(key);
        return nodeId;
      }
      const owner = await redis.get(this.keyOf(key));
      if (owner === nodeId) {
        this.held.add(key);
        return nodeId;
      }
      // Expired between the two calls: try once more.
      return owner ?? (await this.claim(key));
    } catch (error) {
      this.deps.logger.warn('lease not claimed: Redis unavailable', { key, error: String(error) });
      return undefined;
    }
  }

  /** The owner Redis names now (no claim): null when none, undefined when Redis cannot be asked. */
  async owner(key: string): Promise<string | null | undefined> {
    try {
      return await this.deps.redis.get(this.keyOf(key));
    } catch {
      return undefined;
    }
  }

  /** A room created here is this node's from the start, even before Redis confirms it. */
  adopt(key: string): void {
    this.held.add(key);
    void this.renew(key);
  }

  release(key: string): void {
    if (!this.held.delete(key)) return;
    this.deps.redis.eval(RELEASE_SCRIPT, 1, this.keyOf(key), this.deps.nodeId).catch(() => undefined);
  }

  /** Stops renewing and gives every lease back, so the next owner need not wait for them to expire. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    const keys = [...this.held];
    this.held.clear();
    await Promise.all(keys.map((key) => this.deps.redis.eval(RELEASE_SCRIPT, 1, this.keyOf(key), this.deps.nodeId).catch(() => undefined)));
  }

  private async renewAll(): Promise<void> {
    if (this.renewing || this.held.size === 0) return;
    this.renewing = true;
    try {
      await Promise.all([...this.held].map((key) => this.renew(key)));
    } finally {
      this.renewing = false;
    }
  }

  private async renew(key: string): Promise<void> {
    try {
      const kept = await this.deps.redis.eval(RENEW_SCRIPT, 1, this.keyOf(key), this.deps.nodeId, String(LEASE_TTL_MS));
      if (kept === 0 && this.held.delete(key)) {
        this.deps.logger.warn('lease lost to another node', { key });
        this.deps.onLost(key);
      }
    } catch {
      // Redis away: keep serving what this node has; the next renewal tries again.
    }
  }
}
