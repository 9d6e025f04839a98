import type { IncomingMessage } from 'node:http';

/**
 * Whether a Socket.io handshake may go ahead, by its Origin header. A browser always sends
 * one: it must be this server's own origin (same host as the request) or one configured in
 * ALLOWED_ORIGINS. Clients that are not browsers (tests, benchmarks, other tools) send none
 * and are let through: an Origin check protects people's browsers from other sites, not the
 * server from scripts (rate limits do that).
 */
export function originAllowed(req: Pick<IncomingMessage, 'headers'>, allowed: readonly string[], trustProxy: boolean): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  // Behind a trusted proxy the browser's Host is the one the proxy passes on, if it says so.
  const forwardedHost = trustProxy ? req.headers['x-forwarded-host'] : undefined;
  const requestHost = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? req.headers.host;
  return host === requestHost;
}
