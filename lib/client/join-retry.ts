/**
 * Told RATE_LIMITED (too many joins into the room or from the school's address at once), the
 * join page asks again by itself instead of making each student tap again: after 1, 2, 4, then
 * 8 s, each wait stretched or shrunk at random (x0.5 to x1.5) so that a crowd told to wait at
 * the same moment does not come back at the same moment. 15 attempts are about 100 s: at the
 * default 20 joins a second a room of 2,000 is in within that.
 */
export const JOIN_RETRY_ATTEMPTS = 15;

export function joinRetryDelayMs(attempt: number, random: () => number): number {
  const base = Math.min(8_000, 1_000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.5 + random()));
}
