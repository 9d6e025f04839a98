import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Misconception } from '../../lib/content/types';
import { practiceFeedback } from '../../lib/learn/practice';
import { protocolError, type ErrorCode } from '../../lib/protocol/errors';
import { answerSchema } from '../../lib/protocol/schemas';
import { isWellFormed } from '../../lib/quiz/check';
import { LOCALES, type Question } from '../../lib/quiz/types';

export interface PracticeApiDeps {
  /** The questions a learner may practise; their keys stay here. */
  bank: readonly Question[];
  /** The catalogue wrong answers point at. */
  misconceptions: readonly Misconception[];
}

/** POST /api/practice/check: one answer to one bank question, graded, in one language. */
export const practiceCheckBodySchema = z.strictObject({
  questionId: z.string().min(1).max(64),
  answer: answerSchema,
  locale: z.enum(LOCALES),
});

const MAX_BODY_BYTES = 16 * 1024;
const STATUS: Partial<Record<ErrorCode, number>> = { BAD_REQUEST: 400, NOT_FOUND: 404, INVALID_ANSWER: 400, INTERNAL: 500 };

/**
 * The self-paced check: stateless, no session, no storage. A learner sends an answer and gets
 * the grade, the correct answer, the explanation, the misconceptions and the source back.
 * Returns false for any other path, so the caller can pass the request on.
 */
export function createPracticeApi(deps: PracticeApiDeps): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const byId = new Map(deps.bank.map((q) => [q.id, q]));
  return async function handlePractice(req, res, url) {
    if (url.pathname !== '/api/practice/check') return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST', 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: protocolError('BAD_REQUEST', 'Method not allowed; use POST.') }));
      return true;
    }
    const body = await readJson(req);
    if (!body.ok) {
      // The rest of an oversized body is never read: this connection cannot carry another request.
      if (body.unread) res.setHeader('connection', 'close');
      sendError(res, 'BAD_REQUEST', body.reason);
      return true;
    }
    const parsed = practiceCheckBodySchema.safeParse(body.value);
    if (!parsed.success) {
      sendError(res, 'BAD_REQUEST', `Invalid body: ${parsed.error.issues.map((i) => i.path.join('.') || '(body)').join(', ')}`);
      return true;
    }
    const { questionId, answer, locale } = parsed.data;
    const question = byId.get(questionId);
    if (!question) {
      sendError(res, 'NOT_FOUND', 'No question has that id.');
      return true;
    }
    if (!isWellFormed(question, answer)) {
      sendError(res, 'INVALID_ANSWER');
      return true;
    }
    sendJson(res, 200, practiceFeedback(question, answer, locale, deps.misconceptions));
    return true;
  };
}

type BodyResult = { ok: true; value: unknown } | { ok: false; reason: string; unread?: boolean };

async function readJson(req: IncomingMessage): Promise<BodyResult> {
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, code: ErrorCode, message?: string): void {
  sendJson(res, STATUS[code] ?? 400, { error: protocolError(code, message) });
}
