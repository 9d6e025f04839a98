import type { Clock } from '../clock';

/**
 * Token buckets by key (a socket, an address, a room): each holds up to `capacity` tokens
 * and gains `perSecond` a second; an action takes one. A burst up to the capacity passes at
 * once, then the sustained rate. Buckets that are full again are forgotten, so memory follows
 * the keys active in the last few seconds, not every key ever seen.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    private readonly clock: Clock,
  ) {}

  /** Takes `n` tokens from `key`'s bucket; false (and nothing taken) when it has fewer. */
  take(key: string, n = 1): boolean {
    const now = this.clock.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < n) return false;
    bucket.tokens -= n;
    return true;
  }

  /** Keys currently tracked (for tests and memory checks). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    const refillMs = (this.capacity / this.perSecond) * 1000;
    if (now - this.lastSweep < Math.max(1000, refillMs)) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.at >= refillMs) this.buckets.delete(key);
  }
}
