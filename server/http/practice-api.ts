import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Misconception } from '../../lib/content/types';
import { practiceFeedback } from '../../lib/learn/practice';
import { answerSchema } from '../../lib/protocol/schemas';
import { isWellFormed } from '../../lib/quiz/check';
import { LOCALES, type Question } from '../../lib/quiz/types';
import { readJson, sendBodyError, sendError, sendJson, sendMethodNotAllowed } from './json';

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
      sendMethodNotAllowed(res, 'POST');
      return true;
    }
    const body = await readJson(req);
    if (!body.ok) {
      sendBodyError(res, body);
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
