import type { IncomingHttpHeaders } from 'node:http';
import type { CredentialKind } from '../../lib/protocol/schemas';

/**
 * The secrets that let a browser back into a session or a cohort space, kept as HttpOnly
 * cookies so that script on the page (an injected one included) cannot read them. One cookie
 * per kind and code, so a cookie for session A says nothing about session B. Pure: it only
 * reads and writes header text.
 */

/** How long each kind of cookie lives: a live game is over in an hour, a cohort runs for weeks. */
export const CREDENTIAL_MAX_AGE_SECONDS: Record<CredentialKind, number> = {
  // The host reads the report and downloads its CSV for days after the game.
  host: 7 * 24 * 3600,
  player: 24 * 3600,
  facilitator: 180 * 24 * 3600,
  member: 180 * 24 * 3600,
};

const PREFIX = 'sh_';
/** Session codes and cohort ids: what may follow the kind in a cookie name (a cookie-name token). */
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
/** What a secret may look like (lib/protocol/schemas.ts); anything else in a cookie is ignored. */
const SECRET = /^[A-Za-z0-9_-]{32,64}$/;

/** The cookie name of one credential, e.g. `sh_host_K7PM3Q`. */
export function credentialCookieName(kind: CredentialKind, key: string): string {
  if (!KEY.test(key)) throw new Error(`not a session code or cohort id: ${key}`);
  return `${PREFIX}${kind}_${key}`;
}

export interface CookieOptions {
  /** The request came over https (see requestIsSecure): the cookie then travels over https only. */
  secure: boolean;
}

/** A Set-Cookie value that stores `secret`. */
export function serializeCredentialCookie(kind: CredentialKind, key: string, secret: string, options: CookieOptions): string {
  if (!SECRET.test(secret)) throw new Error('not a secret');
  return attributes(`${credentialCookieName(kind, key)}=${secret}`, CREDENTIAL_MAX_AGE_SECONDS[kind], options);
}

/** A Set-Cookie value that makes the browser forget the credential. */
export function clearCredentialCookie(kind: CredentialKind, key: string, options: CookieOptions): string {
  return attributes(`${credentialCookieName(kind, key)}=`, 0, options);
}

function attributes(pair: string, maxAge: number, { secure }: CookieOptions): string {
  // Strict: a link or form on another site never carries the cookie, so no cross-site request
  // acts as the host; Path=/ because the socket (/socket.io/) and the API both read it.
  return `${pair}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** name -> value of a Cookie header; the first of duplicate names wins, as browsers send the most specific first. */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (name && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

/** The secret of one kind and code that a Cookie header carries, if it carries a well-formed one. */
export function credentialFromCookie(header: string | undefined, kind: CredentialKind, key: string): string | undefined {
  if (!KEY.test(key)) return undefined;
  const value = parseCookieHeader(header).get(credentialCookieName(kind, key));
  return value && SECRET.test(value) ? value : undefined;
}

/**
 * Whether the browser reached us over https: a TLS socket, or, behind a reverse proxy we were
 * told to trust (TRUST_PROXY), an `X-Forwarded-Proto: https` it set. Without trust the header
 * is anyone's to write, so it is ignored.
 */
export function requestIsSecure(req: { headers: IncomingHttpHeaders; socket: { encrypted?: boolean } | object }, trustProxy: boolean): boolean {
  if ('encrypted' in req.socket && req.socket.encrypted) return true;
  if (!trustProxy) return false;
  const forwarded = req.headers['x-forwarded-proto'];
  // A chain of proxies appends: the first entry is what the browser used.
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}
