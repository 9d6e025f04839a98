import { protocolError, type ErrorCode } from '../../lib/protocol/errors';
import { clientEventSchemas } from '../../lib/protocol/schemas';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { LiveSocket } from '../live/socket-types';
import type { Limits } from './limits';
import { TokenBuckets } from './token-bucket';

/** Events that carry Yjs bytes: their size is checked by their own handlers (10 KiB, 2 KiB). */
const BINARY_EVENTS = new Set(['board:update', 'board:sync', 'board:awareness']);
const STRIKE_WINDOW_MS = 60_000;
const KNOWN_EVENTS = new Set<string>(Object.keys(clientEventSchemas));

/**
 * Runs before any handler sees a message: a payload over the size cap or a socket over its
 * rate gets RATE_LIMITED / BAD_REQUEST in its acknowledgement (an awareness frame is just
 * dropped), and a socket that keeps at it is disconnected. Shared buckets, one per socket id.
 */
export function createSocketGuard(limits: Limits, clock: Clock, logger: Logger, closing: () => boolean = () => false) {
  const events = new TokenBuckets(limits.eventsBurst, limits.eventsPerSecond, clock);
  const awareness = new TokenBuckets(limits.awarenessBurst, limits.awarenessPerSecond, clock);

  return function guard(socket: LiveSocket): void {
    const strikes: number[] = [];
    const strike = (event: string, code: ErrorCode, ack: unknown, message?: string) => {
      if (typeof ack === 'function') (ack as (r: unknown) => void)({ ok: false, error: protocolError(code, message) });
      const now = clock.now();
      strikes.push(now);
      while (strikes.length > 0 && strikes[0]! <= now - STRIKE_WINDOW_MS) strikes.shift();
      if (strikes.length > limits.strikesPerMinute) {
        logger.warn('socket disconnected for abuse', { address: socket.handshake.address, event });
        socket.disconnect(true);
      }
    };

    socket.use((packet, next) => {
      const [event, ...args] = packet as [string, ...unknown[]];
      const ack = args.at(-1);
      if (closing()) {
        // Shutting down: nothing new is taken (so nothing is acknowledged that will not be stored).
        if (typeof ack === 'function') (ack as (r: unknown) => void)({ ok: false, error: protocolError('INTERNAL', 'The server is restarting; reconnect and try again.') });
        return;
      }
      if (event === 'board:awareness') {
        // Over the rate, a cursor frame is dropped like a lost one; no strike: a fast mouse is not abuse.
        if (awareness.take(socket.id)) next();
        return;
      }
      if (!events.take(socket.id)) return strike(event, 'RATE_LIMITED', ack);
      if (!KNOWN_EVENTS.has(event)) return strike(String(event), 'BAD_REQUEST', ack, 'No such event.');
      if (!BINARY_EVENTS.has(event) && jsonSize(args) > limits.maxEventBytes) return strike(event, 'BAD_REQUEST', ack, `The ${event} payload is larger than ${limits.maxEventBytes} bytes.`);
      next();
    });
  };
}

/** Bytes of the arguments as JSON, acknowledgement callback left out. */
function jsonSize(args: unknown[]): number {
  try {
    return Buffer.byteLength(JSON.stringify(args.filter((a) => typeof a !== 'function')) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
