import { describe, expect, it } from 'vitest';
import { findBySecret, hashSecret, newSecret, secretMatches } from '../../../server/secrets';

describe('secrets', () => {
  it('a secret matches its own stored hash only', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secretMatches(secret, hashSecret(secret))).toBe(true);
    expect(secretMatches(newSecret(), hashSecret(secret))).toBe(false);
    expect(secretMatches(secret, 'not hex')).toBe(false);
  });

  it("finds the player a secret belongs to among a room's, or nobody", () => {
    const players = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, secret: newSecret() })).map((p) => ({ id: p.id, secret: p.secret, secretHash: hashSecret(p.secret) }));
    expect(findBySecret(players, players[1999]!.secret)?.id).toBe('p1999');
    expect(findBySecret(players, players[0]!.secret)?.id).toBe('p0');
    expect(findBySecret(players, newSecret())).toBeUndefined();
    // A stored hash is not a secret: presenting it finds nobody.
    expect(findBySecret(players, players[5]!.secretHash)).toBeUndefined();
    expect(findBySecret([], players[0]!.secret)).toBeUndefined();
  });
});
