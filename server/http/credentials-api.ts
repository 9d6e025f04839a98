import type { IncomingMessage, ServerResponse } from 'node:http';
import { protocolError } from '../../lib/protocol/errors';
import { forgetCredentialBodySchema, storeCredentialBodySchema, type StoreCredentialBody } from '../../lib/protocol/schemas';
import type { CohortService } from '../cohort/cohort-service';
import type { SessionRegistry } from '../live/session-registry';
import type { Logger } from '../logger';
import { findBySecret, secretMatches } from '../secrets';
import { clearCredentialCookie, requestIsSecure, serializeCredentialCookie } from './credential-cookies';
import { readJson, sendBodyError, sendError, sendJson, sendMethodNotAllowed } from './json';

export interface CredentialsApiDeps {
  registry: SessionRegistry;
  cohorts: CohortService;
  logger: Logger;
  trustProxy?: boolean;
}

/**
 * /api/credentials: turns a secret the page holds once (a join's acknowledgement, a shared
 * facilitator link, a secret left in localStorage by an older version) into an HttpOnly
 * cookie, after checking it; DELETE forgets one. Returns false for any other path.
 */
export function createCredentialsApi(deps: CredentialsApiDeps): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  return async function handleCredentials(req, res, url) {
    if (url.pathname !== '/api/credentials') return false;
    try {
      await route(req, res);
    } catch (error) {
      // Checking a secret reads the database: a failure there is the likely cause.
      deps.logger.error('credentials api failed', { error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendError(res, 'STORAGE_UNAVAILABLE');
      else res.end();
    }
    return true;
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method !== 'POST' && method !== 'DELETE') return sendMethodNotAllowed(res, 'POST, DELETE');
    const body = await readJson(req);
    if (!body.ok) return sendBodyError(res, body);
    const cookie = { secure: requestIsSecure(req, deps.trustProxy ?? false) };

    if (method === 'DELETE') {
      const parsed = forgetCredentialBodySchema.safeParse(body.value);
      if (!parsed.success) return sendError(res, 'BAD_REQUEST', invalid(parsed.error.issues));
      res.setHeader('set-cookie', clearCredentialCookie(parsed.data.kind, parsed.data.code, cookie));
      return sendJson(res, 200, { kind: parsed.data.kind, code: parsed.data.code, stored: false });
    }

    const parsed = storeCredentialBodySchema.safeParse(body.value);
    if (!parsed.success) return sendError(res, 'BAD_REQUEST', invalid(parsed.error.issues));
    const verdict = await check(parsed.data);
    if (verdict === 'not-found') return sendError(res, 'NOT_FOUND');
    // 403, not 401: a credential was presented and it is not this one's. No cookie is set.
    if (verdict === 'refused') return sendJson(res, 403, { error: protocolError('NOT_AUTHORIZED', 'That secret does not open this session or space.') });
    res.setHeader('set-cookie', serializeCredentialCookie(parsed.data.kind, parsed.data.code, parsed.data.secret, cookie));
    return sendJson(res, 200, { kind: parsed.data.kind, code: parsed.data.code, stored: true });
  }

  /** Whether the secret opens what it claims to, checked the way the socket handlers check it. */
  async function check({ kind, code, secret }: StoreCredentialBody): Promise<'ok' | 'refused' | 'not-found'> {
    if (kind === 'host' || kind === 'player') {
      const room = await deps.registry.read(code);
      if (!room) return 'not-found';
      if (kind === 'host') return secretMatches(secret, room.record.hostSecretHash) ? 'ok' : 'refused';
      const player = findBySecret(room.state.participants.values(), secret);
      return player && !player.removed ? 'ok' : 'refused';
    }
    if (!(await deps.cohorts.find(code))) return 'not-found';
    const found = kind === 'facilitator' ? await deps.cohorts.asFacilitator(code, secret) : await deps.cohorts.asMember(code, secret);
    return found ? 'ok' : 'refused';
  }
}

function invalid(issues: readonly { path: PropertyKey[] }[]): string {
  return `Invalid body: ${issues.map((i) => i.path.join('.') || '(body)').join(', ')}`;
}
