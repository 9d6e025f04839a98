import { describe, expect, it } from 'vitest';
import { JOIN_RETRY_ATTEMPTS, joinRetryDelayMs } from '../../../lib/client/join-retry';

describe('waiting to join again after RATE_LIMITED', () => {
  it('doubles from 1 s up to 8 s', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 10].map((a) => joinRetryDelayMs(a, middle))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads a crowd told to wait at once over half to one and a half times the wait', () => {
    expect(joinRetryDelayMs(0, () => 0)).toBe(500);
    expect(joinRetryDelayMs(0, () => 0.999)).toBe(1499);
    expect(joinRetryDelayMs(3, () => 0)).toBe(4000);
  });

  it('keeps trying for about a minute and a half, long enough for a big room at the default join rate', () => {
    const total = Array.from({ length: JOIN_RETRY_ATTEMPTS }, (_, a) => joinRetryDelayMs(a, () => 0.5)).reduce((x, y) => x + y, 0);
    // 2,000 players at 300 at once, then 20 a second: the last are in after 85 s.
    expect(total).toBeGreaterThan(85_000);
    expect(total).toBeLessThan(120_000);
  });
});
