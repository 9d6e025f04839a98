/**
 * The two-step join: while the host has it on, joining takes a short pattern of symbols that
 * only the projector shows, so a join code that leaked outside the room is not enough.
 * It is a speed bump for bots and strangers (6^3 = 216 patterns, joins rate-limited), not a
 * secret; it never travels to players, in the join link or in the QR code.
 */
export const JOIN_SYMBOLS = ['circle', 'square', 'triangle', 'star', 'heart', 'moon'] as const;
export type JoinSymbol = (typeof JOIN_SYMBOLS)[number];
/** Symbols in a pattern; a symbol may repeat. */
export const PATTERN_LENGTH = 3;

/**
 * A new pattern. `randomInt(n)` returns an integer in 0..n-1 (crypto.randomInt on the
 * server); the pattern is then stored in the host's event, so a replay gives the same one.
 */
export function newJoinPattern(randomInt: (max: number) => number): JoinSymbol[] {
  return Array.from({ length: PATTERN_LENGTH }, () => JOIN_SYMBOLS[randomInt(JOIN_SYMBOLS.length)]!);
}

/** Whether a value is a well-formed pattern (the right length, known symbols). */
export function isJoinPattern(value: readonly string[]): value is JoinSymbol[] {
  return value.length === PATTERN_LENGTH && value.every((s) => (JOIN_SYMBOLS as readonly string[]).includes(s));
}

/** Whether a player's pattern is the session's, symbol for symbol and in order. */
export function patternMatches(expected: readonly JoinSymbol[], given: readonly string[]): boolean {
  return given.length === expected.length && expected.every((s, i) => given[i] === s);
}
