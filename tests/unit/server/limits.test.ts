import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../server/limits/join-limiter';
import { originAllowed } from '../../../server/limits/origin';
import { TokenBuckets } from '../../../server/limits/token-bucket';

function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('token buckets', () => {
  it('let a burst through, then the sustained rate, per key', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(3, 2, clock);
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
    expect(buckets.take('b')).toBe(true);
    clock.advance(500);
    expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
  });

  it('500 joins from one address fit in a minute at the default rates (200 burst, 10/s)', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(200, 10, clock);
    let joined = 0;
    for (let ms = 0; ms <= 60_000 && joined < 500; ms += 50) {
      while (buckets.take('school')) joined++;
      clock.advance(50);
    }
    expect(joined).toBe(500);
    expect(clock.now() - 1_000_000).toBeLessThanOrEqual(31_000);
  });

  it('forget keys once their bucket is full again, so memory follows active keys', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(10, 10, clock);
    for (let i = 0; i < 1000; i++) buckets.take(`bot-${i}`);
    expect(buckets.size).toBe(1000);
    clock.advance(5_000);
    buckets.take('someone');
    expect(buckets.size).toBe(1);
  });
});

describe('handshake origin', () => {
  const req = (headers: Record<string, string>) => ({ headers });
  it('allows the server’s own origin, configured ones, and clients that send none', () => {
    expect(originAllowed(req({ host: 'quiz.school.example', origin: 'https://quiz.school.example' }), [], false)).toBe(true);
    expect(originAllowed(req({ host: 'localhost:3000', origin: 'http://localhost:3000' }), [], false)).toBe(true);
    expect(originAllowed(req({ host: 'localhost:3000' }), [], false)).toBe(true);
    expect(originAllowed(req({ host: 'api.example', origin: 'https://app.example' }), ['https://app.example'], false)).toBe(true);
  });
  it('refuses other sites, and a forwarded host unless the proxy is trusted', () => {
    expect(originAllowed(req({ host: 'quiz.school.example', origin: 'https://evil.example' }), [], false)).toBe(false);
    expect(originAllowed(req({ host: 'quiz.school.example', origin: 'null' }), [], false)).toBe(false);
    expect(originAllowed(req({ host: 'internal:3000', 'x-forwarded-host': 'quiz.school.example', origin: 'https://quiz.school.example' }), [], false)).toBe(false);
    expect(originAllowed(req({ host: 'internal:3000', 'x-forwarded-host': 'quiz.school.example', origin: 'https://quiz.school.example' }), [], true)).toBe(true);
  });
});

describe('client address', () => {
  const req = (headers: Record<string, string>, remoteAddress = '10.0.0.9') => ({ headers, socket: { remoteAddress } }) as never;
  it('is the peer, or the first forwarded address behind a trusted proxy only', () => {
    expect(clientAddress(req({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }), false)).toBe('10.0.0.9');
    expect(clientAddress(req({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }), true)).toBe('203.0.113.7');
    expect(clientAddress(req({}), true)).toBe('10.0.0.9');
  });
});
