import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { watchFireAndForget } from './fire-and-forget';

export interface RedisLinks {
  /** Leases, heartbeats, publishing: fails at once while Redis is away (callers decide what to do). */
  commands: Redis;
  /** Subscribed to this node's channel; re-subscribes by itself after a reconnection. */
  subscriber: Redis;
  /** The Socket.io adapter's: waits out an outage (its stream reads resume where they stopped). */
  adapter: Redis;
  /** Called each time Redis answers again after an outage. */
  onBack(listener: () => void): void;
  /** Resolves once the command connection is up (or after `timeoutMs`, so a node starts without Redis). */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** A node id unique across restarts: a restarted node must not inherit a dead one's leases. */
export function newNodeId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** The Redis connections one node needs; none of their errors can take the process down. */
export function openRedisLinks(url: string, logger: Logger): RedisLinks {
  // Reconnect attempts at most half a second apart: a node is back in step soon after Redis is.
  const retryStrategy = (times: number) => Math.min(times * 100, 500);
  const commands = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, retryStrategy });
  const adapter = watchFireAndForget(new Redis(url, { maxRetriesPerRequest: null, retryStrategy }), (command, error) =>
    logger.warn('Redis command of the Socket.io adapter failed', { command, error: error instanceof Error ? error.message : String(error) }),
  );
  let down = false;
  const backListeners: (() => void)[] = [];
  for (const [name, client] of Object.entries({ commands, subscriber, adapter })) {
    // Without a listener ioredis only prints; with one, an outage is logged once, not per retry.
    client.on('error', (error: Error) => {
      if (name === 'commands' && !down) {
        down = true;
        logger.warn('Redis unavailable; serving this node\'s own rooms until it returns', { error: error.message });
      }
    });
    if (name === 'commands') {
      client.on('ready', () => {
        if (down) {
          logger.info('Redis is back');
          for (const listener of backListeners) listener();
        }
        down = false;
      });
    }
  }
  return {
    commands,
    subscriber,
    adapter,
    onBack(listener) {
      backListeners.push(listener);
    },
    ready(timeoutMs) {
      if (commands.status === 'ready') return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        commands.once('ready', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
    async close() {
      await Promise.all([commands, subscriber, adapter].map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}
