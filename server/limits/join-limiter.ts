import type { IncomingMessage } from 'node:http';
import type { Clock } from '../clock';
import type { Limits } from './limits';
import { TokenBuckets } from './token-bucket';

/**
 * Joins are limited per address and per room, so a flood of bots on a public code is slowed
 * while a whole class behind one school address still gets in (see DEFAULT_LIMITS).
 */
export class JoinLimiter {
  private readonly perAddress: TokenBuckets;
  private readonly perRoom: TokenBuckets;

  constructor(limits: Limits, clock: Clock) {
    this.perAddress = new TokenBuckets(limits.joinsPerAddressBurst, limits.joinsPerAddressPerSecond, clock);
    this.perRoom = new TokenBuckets(limits.joinsPerRoomBurst, limits.joinsPerRoomPerSecond, clock);
  }

  /** Whether one more join from `address` into `room` may go ahead now (it is counted if so). */
  allow(address: string, room: string): boolean {
    // The room is checked first so that a full room does not use up the address's tokens.
    if (!this.perRoom.take(room)) return false;
    return this.perAddress.take(address);
  }
}

/**
 * The address a request comes from: the socket's peer, or, behind a reverse proxy we were
 * told to trust, the left-most X-Forwarded-For entry it set.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
