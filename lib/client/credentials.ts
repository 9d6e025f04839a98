'use client';
import type { CredentialKind } from '../protocol/schemas';

/*
 * The browser's side of the HttpOnly credential cookies (server/http/credential-cookies.ts).
 * A secret reaches page script at most once (a join's acknowledgement, a shared facilitator
 * link, an older version's localStorage) and is handed straight to the server, which checks
 * it and keeps it in a cookie script cannot read. What stays in localStorage is only the
 * fact "this browser has a seat in session ABC123", never a secret.
 */

export type { CredentialKind };
export type StoreOutcome = 'stored' | 'refused' | 'not-found' | 'offline';

/** Hands a secret to the server, which sets the cookie only if the secret is right. */
export async function storeCredential(kind: CredentialKind, code: string, secret: string): Promise<StoreOutcome> {
  try {
    const res = await fetch('/api/credentials', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind, code, secret }) });
    if (res.ok) {
      seats.add(kind, code);
      return 'stored';
    }
    if (res.status === 404) return 'not-found';
    // 400 (not a secret at all) and 403 (not this one's) alike: it will never be accepted.
    return res.status === 400 || res.status === 403 ? 'refused' : 'offline';
  } catch {
    return 'offline';
  }
}

/** Makes the browser forget a credential (leaving, a space deleted, a session that is gone). */
export async function forgetCredential(kind: CredentialKind, code: string): Promise<void> {
  seats.remove(kind, code);
  try {
    await fetch('/api/credentials', { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind, code }) });
  } catch {
    // Offline: the cookie expires by itself, and the server refuses it once the session is gone.
  }
}

/** Where versions before the cookies kept each secret. */
const LEGACY_KEYS: Record<CredentialKind, (code: string) => string> = {
  host: (code) => `stackhouse:host:${code}`,
  player: (code) => `stackhouse:player:${code}`,
  facilitator: (cohortId) => `stackhouse:cohort:${cohortId}:facilitator`,
  member: (cohortId) => `stackhouse:cohort:${cohortId}:member`,
};

/**
 * Moves a secret an older version left in localStorage into its cookie, once, so sessions
 * open during the upgrade carry on. Kept only when the server could not be reached.
 */
export async function migrateLegacySecret(kind: CredentialKind, code: string): Promise<void> {
  const key = LEGACY_KEYS[kind](code);
  const secret = storage()?.getItem(key);
  if (!secret) return;
  const outcome = await storeCredential(kind, code, secret);
  if (outcome !== 'offline') storage()?.removeItem(key);
}

/** Non-secret facts: the sessions and spaces this browser holds a credential cookie for. */
export const seats = {
  has(kind: CredentialKind, code: string): boolean {
    return storage()?.getItem(seatKey(kind, code)) === '1';
  },
  add(kind: CredentialKind, code: string): void {
    try {
      storage()?.setItem(seatKey(kind, code), '1');
    } catch {
      // Storage full or refused: only the "already joined" shortcuts are lost.
    }
  },
  remove(kind: CredentialKind, code: string): void {
    storage()?.removeItem(seatKey(kind, code));
  },
};

const seatKey = (kind: CredentialKind, code: string) => `stackhouse:seat:${kind}:${code}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Private mode without storage: the cookies still work.
    return null;
  }
}

/**
 * A facilitator key held in this page's memory only, to show the facilitator link on the
 * dashboard right after creating the space or arriving by the link. Never stored: after a
 * reload the cookie still opens the dashboard, but the page no longer knows the key.
 */
const facilitatorKeys = new Map<string, string>();
export const facilitatorKeyInMemory = {
  keep(cohortId: string, secret: string): void {
    facilitatorKeys.set(cohortId, secret);
  },
  get(cohortId: string): string | null {
    return facilitatorKeys.get(cohortId) ?? null;
  },
  forget(cohortId: string): void {
    facilitatorKeys.delete(cohortId);
  },
};

/**
 * Takes a secret out of a shared link's fragment (`#key=<secret>`) and removes it from the
 * address bar, so it does not linger in history or screenshots. The fragment never reaches
 * the server by itself; the caller posts it with storeCredential.
 */
export function takeKeyFromFragment(): string | null {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return null;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
