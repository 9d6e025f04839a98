import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOPIC_NAMES } from '../../lib/content/topics';
import { toCsv } from '../../lib/quiz/csv';
import type { CohortDashboard } from '../../lib/cohort/views';
import { cohortIdSchema, createCohortBodySchema, inviteCodeSchema, joinCohortBodySchema, resumeCohortBodySchema } from '../../lib/protocol/schemas';
import { LOCALES, type Locale } from '../../lib/quiz/types';
import type { ZodType } from 'zod';
import type { CohortMessages, CohortService } from '../cohort/cohort-service';
import { clientAddress, type JoinLimiter } from '../limits/join-limiter';
import type { Logger } from '../logger';
import { credentialFromCookie, requestIsSecure, serializeCredentialCookie } from './credential-cookies';
import { readJson, sendBodyError, sendError, sendJson, sendMethodNotAllowed } from './json';

export interface CohortApiDeps {
  service: CohortService;
  messages: Record<Locale, CohortMessages>;
  logger: Logger;
  joins?: JoinLimiter;
  trustProxy?: boolean;
  /** Told when a member joins, so the facilitator's dashboard shows them at once. */
  onJoined?: (cohortId: string) => void;
}

/**
 * /api/cohorts: create a space, read an invitation, join, resume on another device, and the
 * facilitator's CSV export. Returns false for any other path.
 */
export function createCohortApi(deps: CohortApiDeps): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const { service } = deps;
  return async function handleCohorts(req, res, url) {
    if (url.pathname !== '/api/cohorts' && !url.pathname.startsWith('/api/cohorts/')) return false;
    try {
      await route(req, res, url);
    } catch (error) {
      // Every route reads or writes the database: a failure there is the likely cause.
      deps.logger.error('cohort api failed', { path: url.pathname, error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendError(res, 'STORAGE_UNAVAILABLE', 'The space could not be read or stored; nothing was changed. Try again.');
      else res.end();
    }
    return true;
  };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/api/cohorts' || path === '/api/cohorts/join' || path === '/api/cohorts/resume') {
      if (method !== 'POST') {
        sendMethodNotAllowed(res, 'POST');
        return true;
      }
      if (path === '/api/cohorts') {
        const body = await parseBody(req, res, createCohortBodySchema);
        if (!body) return true;
        const created = await service.create(body);
        if (created.ok) {
          setCookie(req, res, 'facilitator', created.value.cohortId, created.value.facilitatorSecret);
          sendJson(res, 201, created.value);
        }
        else sendError(res, created.code, created.code === 'BAD_REQUEST' ? 'The deadline must lie in the future.' : 'No question in that quiz and those topics.');
        return true;
      }
      if (path === '/api/cohorts/join') {
        const body = await parseBody(req, res, joinCohortBodySchema);
        if (!body) return true;
        if (deps.joins && !deps.joins.allow(clientAddress(req, deps.trustProxy ?? false), `cohort:${body.inviteCode}`)) {
          sendError(res, 'RATE_LIMITED');
          return true;
        }
        const joined = await service.join(body);
        if (!joined.ok) {
          sendError(res, joined.code, joined.code === 'NOT_FOUND' ? 'No space has that invitation code.' : undefined);
          return true;
        }
        deps.onJoined?.(joined.value.cohortId);
        setCookie(req, res, 'member', joined.value.cohortId, joined.value.memberSecret);
        sendJson(res, 201, joined.value);
        return true;
      }
      const body = await parseBody(req, res, resumeCohortBodySchema);
      if (!body) return true;
      // Guessing resume codes costs join tokens, like joining does.
      if (deps.joins && !deps.joins.allow(clientAddress(req, deps.trustProxy ?? false), 'cohort:resume')) {
        sendError(res, 'RATE_LIMITED');
        return true;
      }
      const resumed = await service.resume(body.resumeCode);
      if (resumed.ok) {
        setCookie(req, res, 'member', resumed.value.cohortId, resumed.value.memberSecret);
        sendJson(res, 200, resumed.value);
      }
      else sendError(res, resumed.code, 'No member has that resume code.');
      return true;
    }

    const invite = /^\/api\/cohorts\/invite\/([^/]+)$/.exec(path);
    if (invite) {
      if (method !== 'GET') {
        sendMethodNotAllowed(res, 'GET');
        return true;
      }
      const code = inviteCodeSchema.safeParse(safeDecode(invite[1]!));
      const invitation = code.success ? await service.invitation(code.data) : undefined;
      if (invitation) sendJson(res, 200, invitation);
      else sendError(res, 'NOT_FOUND', 'No space has that invitation code.');
      return true;
    }

    const csv = /^\/api\/cohorts\/([^/]+)\/export\.csv$/.exec(path);
    if (csv) {
      if (method !== 'GET') {
        sendMethodNotAllowed(res, 'GET');
        return true;
      }
      const id = cohortIdSchema.safeParse(safeDecode(csv[1]!));
      // A bearer token (other clients) or the facilitator's cookie (the built-in dashboard).
      const secret = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (id.success ? credentialFromCookie(req.headers.cookie, 'facilitator', id.data) : undefined);
      const cohort = id.success && secret ? await service.asFacilitator(id.data, secret) : undefined;
      if (!cohort) {
        sendError(res, 'NOT_AUTHORIZED');
        return true;
      }
      const requested = url.searchParams.get('locale');
      const locale: Locale = LOCALES.find((l) => l === requested) ?? cohort.locale;
      const dashboard = (await service.dashboard(cohort.id, locale, new Set()))!;
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="stackhouse-cohort-${cohort.inviteCode}.csv"`,
        'cache-control': 'no-store',
      });
      // A byte-order mark so spreadsheet programs read the accents right.
      res.end('\uFEFF' + cohortCsv(dashboard, locale, deps.messages[locale]));
      return true;
    }

    sendError(res, 'NOT_FOUND', 'No such API route.');
    return true;
  }

  /** The browser keeps the new secret where page script cannot read it; the body still has it for other clients. */
  function setCookie(req: IncomingMessage, res: ServerResponse, kind: 'facilitator' | 'member', cohortId: string, secret: string): void {
    res.setHeader('set-cookie', serializeCredentialCookie(kind, cohortId, secret, { secure: requestIsSecure(req, deps.trustProxy ?? false) }));
  }

  async function parseBody<T>(req: IncomingMessage, res: ServerResponse, schema: ZodType<T>): Promise<T | undefined> {
    const body = await readJson(req);
    if (!body.ok) {
      sendBodyError(res, body);
      return undefined;
    }
    const parsed = schema.safeParse(body.value);
    if (!parsed.success) {
      sendError(res, 'BAD_REQUEST', `Invalid body: ${parsed.error.issues.map((i) => i.path.join('.') || '(body)').join(', ')}`);
      return undefined;
    }
    return parsed.data;
  }
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const isoDate = (ms: number) => new Date(ms).toISOString();

/** One row per member: progress, overall score and the score in each topic of the space. */
export function cohortCsv(dashboard: CohortDashboard, locale: Locale, m: CohortMessages): string {
  const c = m.csv;
  const topics = dashboard.topics.map((t) => t.topic);
  const header = [c.member, c.language, c.joined, c.lastActive, c.started, c.cardsRead, c.cardsTotal, c.answered, c.questionsTotal, c.score, ...topics.map((t) => c.scoreIn.replace('{topic}', TOPIC_NAMES[t][locale]))];
  const rows: (string | number | null)[][] = [header];
  for (const member of dashboard.members) {
    rows.push([
      member.name,
      member.locale,
      isoDate(member.joinedAt),
      isoDate(member.lastActiveAt),
      member.started ? c.yes : c.no,
      member.cardsRead,
      dashboard.cohort.cardIds.length,
      member.answered,
      dashboard.cohort.questionIds.length,
      percent(member.score),
      ...topics.map((t) => percent(member.byTopic[t]?.score ?? null)),
    ]);
  }
  return toCsv(rows);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
