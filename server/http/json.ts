import type { IncomingMessage, ServerResponse } from 'node:http';
import { protocolError, type ErrorCode } from '../../lib/protocol/errors';

/** The JSON conventions every /api route shares: bodies read with a limit, errors as codes. */
export const MAX_BODY_BYTES = 16 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  INVALID_ANSWER: 400,
  NOT_AUTHORIZED: 401,
  NOT_FOUND: 404,
  COHORT_CLOSED: 409,
  RATE_LIMITED: 429,
  NAME_TAKEN: 409,
  INVALID_NICKNAME: 400,
  NICKNAME_BLOCKED: 400,
  STORAGE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export type BodyResult = { ok: true; value: unknown } | { ok: false; reason: string; unread?: boolean };

/** Reads a JSON body of at most MAX_BODY_BYTES; says why when it cannot. */
export async function readJson(req: IncomingMessage): Promise<BodyResult> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return { ok: false, reason: 'Send JSON (content-type: application/json).' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, reason: `Body larger than ${MAX_BODY_BYTES} bytes.`, unread: true };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, reason: 'Body is not valid JSON.' };
  }
}

/** Answers a body that could not be read; an oversized one also closes the connection. */
export function sendBodyError(res: ServerResponse, body: Extract<BodyResult, { ok: false }>): void {
  // The rest of an oversized body is never read: this connection cannot carry another request.
  if (body.unread) res.setHeader('connection', 'close');
  sendError(res, 'BAD_REQUEST', body.reason);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** `{ error: { code, message } }` with the status that fits the code. */
export function sendError(res: ServerResponse, code: ErrorCode, message?: string): void {
  sendJson(res, STATUS[code] ?? 400, { error: protocolError(code, message) });
}

export function sendMethodNotAllowed(res: ServerResponse, allow: string): void {
  res.writeHead(405, { allow, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: protocolError('BAD_REQUEST', `Method not allowed; use ${allow}.`) }));
}
