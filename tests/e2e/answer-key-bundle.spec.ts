import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { QUIZZES } from '../../lib/content/quizzes';

/** Every file under a folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Texts that would give an answer away: every explanation, in every language. */
const secrets = QUIZZES.flatMap((quiz) => quiz.questions.flatMap((q) => [q.explanation.en, q.explanation.pt]));

test('no JavaScript chunk sent to browsers holds an explanation or an answer key', () => {
  const chunks = filesUnder(path.join(process.cwd(), '.next', 'static')).filter((f) => f.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(0);
  for (const file of chunks) {
    const text = readFileSync(file, 'utf8');
    for (const secret of secrets) expect(text.includes(secret), `${path.basename(file)} holds an explanation`).toBe(false);
    expect(text, `${path.basename(file)} holds an answer key`).not.toMatch(/correctOptionIds?\s*:/);
  }
});

test('no page sent to a browser holds an explanation', async ({ request }) => {
  const created = await (await request.post('/api/sessions', { data: { quizId: 'containers-vs-vms', locale: 'en' } })).json();
  for (const locale of ['en', 'pt']) {
    for (const page of ['', '/host', `/join?code=${created.code}`, `/play/${created.code}`, `/host/${created.code}`, `/host/${created.code}/report`]) {
      const html = await (await request.get(`/${locale}${page}`)).text();
      for (const secret of secrets) expect(html.includes(secret), `/${locale}${page} holds an explanation`).toBe(false);
    }
  }
});
