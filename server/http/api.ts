import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSessionBodySchema, sessionCodeSchema } from '../../lib/protocol/schemas';
import { buildReport } from '../../lib/quiz/report';
import type { Misconception } from '../../lib/content/types';
import { LOCALES, type Locale } from '../../lib/quiz/types';
import type { Logger } from '../logger';
import type { QuizSelection } from '../live/quiz-library';
import type { SessionRegistry } from '../live/session-registry';
import type { Storage } from '../persistence/types';
import { secretMatches } from '../secrets';
import { credentialFromCookie, requestIsSecure, serializeCredentialCookie } from './credential-cookies';
import { readJson, sendBodyError, sendError, sendJson, sendMethodNotAllowed } from './json';
import { playersCsv, questionsCsv, type ReportMessages } from './report-csv';

export interface ApiDeps {
  storage: Storage;
  registry: SessionRegistry;
  logger: Logger;
  /** The report's words (CSV headers, true/false) per language, from locales/. */
  reportMessages: Record<Locale, ReportMessages>;
  /** The catalogue wrong answers are grouped by in reports. */
  misconceptions: readonly Misconception[];
  /** Behind a reverse proxy: X-Forwarded-Proto says whether the browser used https (cookies get `Secure`). */
  trustProxy?: boolean;
}

/**
 * The JSON API under /api. Returns false for a path it does not own, so the caller can
 * hand the request to Next.
 */
export function createApiHandler(deps: ApiDeps) {
  return async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) return false;
    try {
      await route(deps, req, res, url);
    } catch (error) {
      deps.logger.error('api failed', { path: url.pathname, error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendError(res, 'INTERNAL');
      else res.end();
    }
    return true;
  };
}

async function route(deps: ApiDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const { pathname } = url;
  const method = req.method ?? 'GET';

  if (pathname === '/api/health') {
    if (method !== 'GET' && method !== 'HEAD') return sendMethodNotAllowed(res, 'GET, HEAD');
    try {
      await deps.storage.ping();
      return sendJson(res, 200, { status: 'ok', database: deps.storage.dialect });
    } catch (error) {
      deps.logger.warn('health check: database unreachable', { error: String(error) });
      return sendJson(res, 503, { status: 'error', database: 'unreachable' });
    }
  }

  if (pathname === '/api/sessions') {
    if (method !== 'POST') return sendMethodNotAllowed(res, 'POST');
    const body = await readJson(req);
    if (!body.ok) return sendBodyError(res, body);
    const parsed = createSessionBodySchema.safeParse(body.value);
    if (!parsed.success) return sendError(res, 'BAD_REQUEST', `Invalid body: ${parsed.error.issues.map((i) => i.path.join('.') || '(body)').join(', ')}`);
    let created;
    try {
      const { locale, scoring } = parsed.data;
      const selection: QuizSelection =
        'quizId' in parsed.data
          ? { kind: 'quiz', quizId: parsed.data.quizId }
          : 'topic' in parsed.data
            ? { kind: 'topic', topic: parsed.data.topic }
            : { kind: 'questions', questionIds: parsed.data.questionIds };
      created = await deps.registry.create({ selection, locale, scoring });
    } catch (error) {
      deps.logger.error('session not stored', { error: String(error) });
      return sendError(res, 'STORAGE_UNAVAILABLE');
    }
    if (!created) return sendError(res, 'NOT_FOUND', 'No quiz, topic or questions by those ids.');
    // The browser keeps the host secret where page script cannot read it; the body still has it for other clients.
    res.setHeader('set-cookie', serializeCredentialCookie('host', created.code, created.hostSecret, { secure: requestIsSecure(req, deps.trustProxy ?? false) }));
    return sendJson(res, 201, created);
  }

  const match = /^\/api\/sessions\/([^/]+)(\/report(?:\/(questions|players)\.csv)?)?$/.exec(pathname);
  if (!match) return sendError(res, 'NOT_FOUND', 'No such API route.');
  if (method !== 'GET') return sendMethodNotAllowed(res, 'GET');
  const code = sessionCodeSchema.safeParse(safeDecode(match[1]!));
  if (!code.success) return sendError(res, 'NOT_FOUND');
  const room = await deps.registry.read(code.data);
  if (!room) return sendError(res, 'NOT_FOUND');

  if (!match[2]) {
    // Public facts a join screen needs before asking for a nickname.
    return sendJson(res, 200, { code: room.code, phase: room.state.phase, locked: room.state.locked });
  }

  // A bearer token (other clients) or the host's cookie (the built-in pages).
  const secret = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? credentialFromCookie(req.headers.cookie, 'host', room.code);
  if (!secret || !secretMatches(secret, room.record.hostSecretHash)) return sendError(res, 'NOT_AUTHORIZED');
  const requested = url.searchParams.get('locale');
  const locale: Locale = LOCALES.find((l) => l === requested) ?? room.record.hostLocale;
  const messages = deps.reportMessages[locale];
  const report = buildReport(room.state, room.quiz, locale, messages, deps.misconceptions);
  if (!match[3]) return sendJson(res, 200, report);
  const csv = match[3] === 'questions' ? questionsCsv(report, messages) : playersCsv(report, messages);
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="stackhouse-${room.code}-${match[3]}.csv"`,
    'cache-control': 'no-store',
  });
  // A byte-order mark so spreadsheet programs read the accents right.
  res.end('\uFEFF' + csv);
}

/** A path segment decoded, or '' when it is not valid percent-encoding. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
