import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';

/** Join-code alphabet: no 0/O, 1/I/L, so a code read off a projector is typed right. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** A fresh join code such as "K7PM3Q". */
export function newJoinCode(): string {
  return randomCode(CODE_LENGTH);
}

/** A code of `length` characters from the join-code alphabet (cohort invitations, resume codes). */
export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A bearer secret (host or participant), 43 url-safe characters. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** An opaque identifier for stored rows and players. */
export function newId(): string {
  return randomUUID().replace(/-/g, '');
}

/** What is stored instead of a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  return hashMatches(Buffer.from(hashSecret(secret), 'hex'), storedHash);
}

function hashMatches(presented: Buffer, storedHash: string): boolean {
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/**
 * The item whose stored hash is the presented secret's (a player among a session's), hashing
 * the secret once: hashing it again for each of 2,000 players made every resume cost ~2,000
 * SHA-256s, and a whole room coming back after a restart ~4 million.
 */
export function findBySecret<T extends { secretHash: string }>(items: Iterable<T>, secret: string): T | undefined {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  for (const item of items) if (hashMatches(presented, item.secretHash)) return item;
  return undefined;
}
