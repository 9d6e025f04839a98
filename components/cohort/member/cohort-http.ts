'use client';
import type { CohortInvitation, MemberCredentials } from '../../../lib/cohort/views';
import { ERROR_CODES, type ErrorCode } from '../../../lib/protocol/errors';

/** A result of the space API, or the error code to translate ('network' when the server was out of reach). */
export type HttpResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode | 'network' };

async function call<T>(path: string, init?: RequestInit): Promise<HttpResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init?.headers }, cache: 'no-store' });
  } catch {
    return { ok: false, code: 'network' };
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return { ok: true, data: body as T };
  const code = (body as { error?: { code?: string } } | null)?.error?.code;
  const known = (ERROR_CODES as readonly string[]).includes(code ?? '') ? (code as ErrorCode) : response.status === 404 ? 'NOT_FOUND' : 'INTERNAL';
  return { ok: false, code: known };
}

/** Strips spaces and dashes and upper-cases, the way the server reads invitation and resume codes. */
export function normalizeCode(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Shows a code in groups (ABCD-EFGH, ABCDE-FGHIJ), easier to read aloud and to type. */
export function groupCode(code: string, size = code.length % 5 === 0 ? 5 : 4): string {
  return code.replace(new RegExp(`(.{${size}})(?=.)`, 'g'), '$1-');
}

/** GET /api/cohorts/invite/{code}: the space's name before asking for one's own. */
export function fetchInvitation(inviteCode: string): Promise<HttpResult<CohortInvitation>> {
  return call(`/api/cohorts/invite/${encodeURIComponent(inviteCode)}`);
}

/** POST /api/cohorts/join. */
export function joinCohort(body: { inviteCode: string; name: string; locale: string }): Promise<HttpResult<MemberCredentials>> {
  return call('/api/cohorts/join', { method: 'POST', body: JSON.stringify(body) });
}

/** POST /api/cohorts/resume. */
export function resumeCohort(resumeCode: string): Promise<HttpResult<MemberCredentials>> {
  return call('/api/cohorts/resume', { method: 'POST', body: JSON.stringify({ resumeCode }) });
}

/** This browser's time zone: a deadline reads in the reader's zone, not the server's (next-intl's default). */
export function readerTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
