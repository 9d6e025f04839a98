import type { Redis } from 'ioredis';
import type { Logger } from '../logger';

/**
 * How long a node waits for the owner's answer (a little less than clients wait for theirs).
 * An owner that is merely slow is waited for, never sent the event twice; one that died is
 * noticed sooner, by its lease (server/cluster/cluster-router.ts).
 */
export const FORWARD_TIMEOUT_MS = 9000;
/** A node's heartbeat key lives this long; renewed every third of it. */
export const HEARTBEAT_TTL_MS = 3000;


/** A message between nodes; each carries its sender so the answer finds its way back. */
export type BusMessage =
  | { kind: 'request'; id: number; from: string; body: unknown }
  | { kind: 'reply'; id: number; from: string; body: unknown }
  | { kind: 'notice'; from: string; body: unknown };

export interface NodeBusDeps {
  /** For publishing and heartbeats. */
  redis: Redis;
  /** A connection of its own: a subscribed Redis connection can do nothing else. */
  subscriber: Redis;
  nodeId: string;
  /** Of every channel and key (see ClusterConfig.prefix). */
  prefix: string;
  logger: Logger;
  /** Answers another node's request (the answer is sent back to it). */
  onRequest: (from: string, body: unknown) => Promise<unknown>;
  onNotice: (from: string, body: unknown) => void;
}

/**
 * Node-to-node messages over Redis pub/sub, one channel per node: a request gets one reply
 * (or undefined after a timeout, when the other node is gone or Redis is away), a notice
 * none. Each node also keeps a heartbeat key, so others can tell it died.
 */
export class NodeBus {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (body: unknown) => void; timer: NodeJS.Timeout }>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly deps: NodeBusDeps) {
    deps.subscriber.on('message', (_channel: string, text: string) => this.receive(text));
    void deps.subscriber.subscribe(`${deps.prefix}:node:${deps.nodeId}`, `${deps.prefix}:nodes`).catch((error: unknown) => deps.logger.error('node channel not subscribed', { error: String(error) }));
    const beat = () => deps.redis.set(`${deps.prefix}:alive:${deps.nodeId}`, '1', 'PX', HEARTBEAT_TTL_MS).catch(() => undefined);
    void beat();
    this.heartbeat = setInterval(beat, HEARTBEAT_TTL_MS / 3);
    this.heartbeat.unref();
  }

  /** Sends a request; resolves to the reply, or undefined if none came in time. */
  request(to: string, body: unknown, timeoutMs = FORWARD_TIMEOUT_MS): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(undefined);
      }, timeoutMs);
      this.pending.set(id, { resolve, timer });
      this.publish(to, { kind: 'request', id, from: this.deps.nodeId, body });
    });
  }

  notify(to: string, body: unknown): void {
    this.publish(to, { kind: 'notice', from: this.deps.nodeId, body });
  }

  /** A notice to every node, this one included. */
  announce(body: unknown): void {
    const message: BusMessage = { kind: 'notice', from: this.deps.nodeId, body };
    this.deps.redis.publish(`${this.deps.prefix}:nodes`, JSON.stringify(message)).catch(() => undefined);
  }

  /** Whether a node's heartbeat is still there (true when Redis cannot be asked: not proof of death). */
  async alive(nodeId: string): Promise<boolean> {
    try {
      return (await this.deps.redis.exists(`${this.deps.prefix}:alive:${nodeId}`)) === 1;
    } catch {
      return true;
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const { resolve, timer } of this.pending.values()) {
      clearTimeout(timer);
      resolve(undefined);
    }
    this.pending.clear();
    void this.deps.redis.del(`${this.deps.prefix}:alive:${this.deps.nodeId}`).catch(() => undefined);
  }

  private publish(to: string, message: BusMessage): void {
    // A publish that fails (Redis away) is like a lost message: the request times out.
    this.deps.redis.publish(`${this.deps.prefix}:node:${to}`, JSON.stringify(message)).catch(() => undefined);
  }

  private receive(text: string): void {
    let message: BusMessage;
    try {
      message = JSON.parse(text) as BusMessage;
    } catch {
      return;
    }
    if (message.kind === 'reply') {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      clearTimeout(waiting.timer);
      waiting.resolve(message.body);
    } else if (message.kind === 'request') {
      this.deps.onRequest(message.from, message.body).then(
        (body) => this.publish(message.from, { kind: 'reply', id: message.id, from: this.deps.nodeId, body }),
        (error: unknown) => this.deps.logger.error('forwarded request failed', { error: String(error) }),
      );
    } else if (message.kind === 'notice') {
      this.deps.onNotice(message.from, message.body);
    }
  }
}
