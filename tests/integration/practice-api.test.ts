import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeFeedback } from '../../lib/learn/practice';
import { createPracticeApi } from '../../server/http/practice-api';
import { BANK, MISCONCEPTIONS } from '../fixtures/learn-bank';

/*
 * The self-paced check on a real HTTP server (port 0) carrying only this handler: a learner
 * posts an answer and gets the grade and the feedback; anything malformed gets a typed error.
 */
let server: Server;
let base: string;

beforeAll(async () => {
  const practice = createPracticeApi({ bank: BANK, misconceptions: MISCONCEPTIONS });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    void practice(req, res, url).then((handled) => {
      if (!handled) res.writeHead(404, { 'content-type': 'text/plain' }).end('not mine');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const post = (body: unknown, init: { raw?: string; contentType?: string } = {}) =>
  fetch(`${base}/api/practice/check`, {
    method: 'POST',
    headers: { 'content-type': init.contentType ?? 'application/json' },
    body: init.raw ?? JSON.stringify(body),
  });

describe('POST /api/practice/check', () => {
  it('says a right answer is right and reveals the explanation and source', async () => {
    const response = await post({ questionId: 'f-single', answer: { type: 'single', optionId: 'kernel' }, locale: 'en' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as PracticeFeedback;
    expect(body.grade).toEqual({ share: 1, correct: true });
    expect(body.reveal).toEqual({ correctAnswer: { type: 'single', optionId: 'kernel' }, correctText: null, explanation: 'Because EN', about: { diagramId: 'stacks', regionId: 'st-ct-kernel' }, regions: [] });
    expect(body.misconceptions).toEqual([]);
    expect(body.source).toEqual({ title: 'Container or virtual machine?', author: null, year: null });
  });

  it('gives partial credit and the misconceptions in Portuguese', async () => {
    const response = await post({ questionId: 'f-sorting', answer: { type: 'sorting', bins: { guest: 'vm', shared: 'vm', iso: 'both' } }, locale: 'pt' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as PracticeFeedback;
    expect(body.grade?.correct).toBe(false);
    expect(body.grade?.share).toBeCloseTo(2 / 3);
    expect(body.misconceptions).toEqual([{ id: 'm-own-kernel', statement: 'Um contêiner tem kernel próprio', correction: 'Ele divide o kernel do host' }]);
    expect(body.reveal.explanation).toBe('Porque PT');
  });

  it('accepts a typed answer in the other language, with the answer in words', async () => {
    const body = (await (await post({ questionId: 'f-short', answer: { type: 'short', text: 'CONTÊINER' }, locale: 'en' })).json()) as PracticeFeedback;
    expect(body.grade).toEqual({ share: 1, correct: true });
    expect(body.reveal.correctText).toBe('A container');
  });

  it('grades a poll with null: no wrong answer', async () => {
    const body = (await (await post({ questionId: 'f-poll', answer: { type: 'poll', optionId: 'ct' }, locale: 'en' })).json()) as PracticeFeedback;
    expect(body.grade).toBeNull();
    expect(body.reveal.correctAnswer).toBeNull();
  });

  it('refuses a body that is not JSON, or not JSON-typed, with BAD_REQUEST', async () => {
    const broken = await post(null, { raw: '{"questionId":' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
    const text = await post(null, { raw: 'hello', contentType: 'text/plain' });
    expect(text.status).toBe(400);
  });

  it('refuses a body of the wrong shape with BAD_REQUEST and a message', async () => {
    for (const body of [
      {},
      { questionId: 'f-single', answer: { type: 'single' }, locale: 'en' },
      { questionId: 'f-single', answer: { type: 'single', optionId: 'kernel' }, locale: 'fr' },
      { questionId: 'f-single', answer: { type: 'single', optionId: 'kernel' }, locale: 'en', extra: 1 },
    ]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      const error = ((await response.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/Invalid body/);
    }
  });

  it('answers NOT_FOUND for a question the bank does not have', async () => {
    const response = await post({ questionId: 'no-such', answer: { type: 'truefalse', value: true }, locale: 'en' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('answers INVALID_ANSWER for an answer that does not fit the question', async () => {
    for (const answer of [
      { type: 'truefalse', value: true }, // another type
      { type: 'single', optionId: 'made-up' }, // unknown option
      { type: 'matching', pairs: { plumbing: 'kernel', door: 'kernel', size: 'cg' } }, // a partner used twice
    ]) {
      const questionId = answer.type === 'matching' ? 'f-matching' : 'f-single';
      const response = await post({ questionId, answer, locale: 'en' });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INVALID_ANSWER');
    }
  });

  it('takes POST only, and leaves other paths to the next handler', async () => {
    const get = await fetch(`${base}/api/practice/check`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const other = await fetch(`${base}/api/practice/other`, { method: 'POST' });
    expect(other.status).toBe(404);
    expect(await other.text()).toBe('not mine');
  });

  it('refuses an oversized body without reading it', async () => {
    const response = await post(null, { raw: JSON.stringify({ questionId: 'f-short', answer: { type: 'short', text: 'x'.repeat(20_000) }, locale: 'en' }) });
    expect(response.status).toBe(400);
  });
});
