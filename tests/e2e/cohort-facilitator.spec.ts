import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../lib/board/codec';
import { addNote } from '../../lib/board/notes';
import type { CreatedCohort, MemberCredentials, MemberView } from '../../lib/cohort/views';
import { QUESTION_BANK } from '../../lib/content/bank';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../lib/protocol/events';
import { PROTOCOL_VERSION } from '../../lib/protocol/version';
import type { Answer, Question } from '../../lib/quiz/types';
import { expectNoAxeViolations, newContext } from './support';

/*
 * The facilitator's side of a cohort space: creating it from the form, the dashboard that
 * follows what members do without a reload, the facilitator link for another device, and
 * the live round, close and delete actions.
 */

type MemberSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

async function createSpace(request: APIRequestContext, name: string, locale: 'en' | 'pt' = 'en'): Promise<CreatedCohort> {
  const res = await request.post('/api/cohorts', { data: { name, locale, deadline: null, topics: ['containers', 'scope'], quizId: null } });
  expect(res.status()).toBe(201);
  return (await res.json()) as CreatedCohort;
}

/** A member who joins over HTTP and then works over a socket.io client, as the member pages do. */
async function joinMember(request: APIRequestContext, baseURL: string, inviteCode: string, name: string) {
  const res = await request.post('/api/cohorts/join', { data: { inviteCode, name, locale: 'en' } });
  expect(res.ok()).toBe(true);
  const credentials = (await res.json()) as MemberCredentials;
  const socket: MemberSocket = io(baseURL, { auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true });
  const ask = <T>(event: keyof ClientToServerEvents, payload: unknown) =>
    (socket.timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<T>> }).emitWithAck(event, payload);
  const opened = await ask<MemberView>('cohort:member', { cohortId: credentials.cohortId, memberSecret: credentials.memberSecret, locale: 'en' });
  if (!opened.ok) throw new Error(`cohort:member refused: ${opened.error.code}`);
  return { credentials, socket, ask, view: opened.data };
}

/** A wrong answer to a question of a kind that has one simple wrong answer. */
function wrongAnswer(question: Question): Answer | null {
  if (question.type === 'single') return { type: 'single', optionId: question.options.find((o) => o.id !== question.correctOptionId)!.id };
  if (question.type === 'truefalse') return { type: 'truefalse', value: !question.correct };
  return null;
}

async function openDashboardWithLink(page: Page, locale: 'en' | 'pt', space: CreatedCohort) {
  await page.goto(`/${locale}/cohorts/${space.cohortId}/dashboard#key=${space.facilitatorSecret}`);
}

test('a facilitator creates a space from the form and lands on its dashboard', async ({ browser }) => {
  // West of the server's clock, so a deadline shown in the server's time zone would read a day late.
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/Sao_Paulo', extraHTTPHeaders: { 'accept-language': 'en-US,en;q=0.9' }, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto('/en');
  await page.getByRole('link', { name: 'Create a cohort space' }).click();
  await expect(page).toHaveURL(/\/en\/cohorts\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create a cohort space' })).toBeVisible();
  await expectNoAxeViolations(page, 'create space (en)');

  // An empty name is caught before anything is sent.
  await page.getByRole('button', { name: 'Create the space' }).click();
  await expect(page.getByText('Give the space a name.')).toBeVisible();

  await page.getByLabel('Name of the space').fill('Platform team – March');
  await page.getByLabel('Português (Brasil)').check();
  await page.getByRole('checkbox', { name: /The house and the apartment/ }).uncheck();
  // A week from now, as a date input takes it; shown back in the reader's words.
  const deadline = new Date(Date.now() + 7 * 86_400_000);
  const day = `${deadline.getFullYear()}-${String(deadline.getMonth() + 1).padStart(2, '0')}-${String(deadline.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Deadline (optional)').fill(day);
  await page.getByRole('button', { name: 'Create the space' }).click();
  await page.waitForURL(/\/en\/cohorts\/[A-Za-z0-9_-]+\/dashboard$/);

  await expect(page.getByRole('heading', { level: 1, name: 'Platform team – March' })).toBeVisible();
  await expect(page.getByText('Language: Português (Brasil)')).toBeVisible();
  await expect(page.getByText(`Deadline: ${new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'full', timeZone: 'UTC' })}`)).toBeVisible();
  await expect(page.getByTestId('cohort-invite-code')).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByTestId('cohort-invite-link')).toContainText('/pt/cohorts/join?code=');
  await expect(page.getByText('No one has joined yet.', { exact: false })).toBeVisible();
  // Six topics were left ticked: the chart has a bar for each.
  await expect(page.getByTestId('cohort-topic-chart').getByRole('listitem')).toHaveCount(6);
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectNoAxeViolations(page, 'dashboard (en, empty)');

  // The facilitator link is shown right after creating. The key itself lives in an HttpOnly
  // cookie: after a reload the dashboard still opens, the page no longer knows the key, and
  // no script on it can read one.
  await page.getByRole('button', { name: 'Show it' }).click();
  await expect(page.locator('#cohort-facilitator-link')).toContainText('/dashboard#key=');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Platform team – March' })).toBeVisible();
  await expect(page.getByTestId('facilitator-link-hidden')).toBeVisible();
  const readable = await page.evaluate(() => [document.cookie, ...Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`)].join('\n'));
  expect(readable).not.toMatch(/[A-Za-z0-9_-]{43}/);
  await expectNoAxeViolations(page, 'dashboard (en, after a reload)');
  await context.close();
});

test('the dashboard follows members live, without a reload, and starts a live round on the most missed', async ({ browser, request, baseURL }) => {
  const space = await createSpace(request, 'Ops onboarding');
  const context = await newContext(browser, 'en-US');
  const page = await context.newPage();
  await openDashboardWithLink(page, 'en', space);
  // The secret leaves the address bar once it is kept.
  await expect(page.getByRole('heading', { level: 1, name: 'Ops onboarding' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await expect(page.getByTestId('cohort-totals')).toContainText('Joined0');

  // The facilitator link the dashboard shows opens the dashboard on another device.
  await page.getByRole('button', { name: 'Show it' }).click();
  const link = (await page.locator('#cohort-facilitator-link').textContent())!.trim();
  expect(link).toContain('#key=');
  const laptop = await newContext(browser, 'en-US');
  const other = await laptop.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Ops onboarding' })).toBeVisible();
  await laptop.close();

  const ana = await joinMember(request, baseURL!, space.inviteCode, 'Ana');
  await expect(page.getByTestId('cohort-members').getByRole('rowheader', { name: /Ana/ })).toBeVisible();
  await expect(page.getByTestId('cohort-totals')).toContainText('Joined1');
  await expect(page.getByTestId('cohort-members')).toContainText('Not started yet');

  // Ana reads a card and gets a question wrong: her row, the charts and the most missed move.
  const card = await ana.ask<MemberView>('cohort:card', { cohortId: space.cohortId, cardId: ana.view.cohort.cardIds[0] });
  expect(card.ok).toBe(true);
  const question = ana.view.cohort.questionIds.map((id) => QUESTION_BANK.find((q) => q.id === id)!).find((q) => wrongAnswer(q) !== null)!;
  const answered = await ana.ask('cohort:answer', { cohortId: space.cohortId, questionId: question.id, answer: wrongAnswer(question), locale: 'en' });
  expect(answered.ok).toBe(true);

  const row = page.getByTestId('cohort-members').getByRole('row', { name: /Ana/ });
  await expect(row).toContainText(`1 of ${ana.view.cohort.cardIds.length}`);
  await expect(row).toContainText(`1 of ${ana.view.cohort.questionIds.length}`);
  await expect(row).toContainText('0%');
  await expect(row).toContainText('Online');
  await expect(page.getByTestId('cohort-most-missed')).toContainText(question.prompt.en);
  await expect(page.getByTestId('cohort-most-missed')).toContainText('Missed by 1 of 1');
  await expect(page.getByTestId('cohort-topic-chart')).toContainText('0% right · 1 answer');
  await expectNoAxeViolations(page, 'dashboard (en, one member)');
  // On a phone the tables scroll sideways inside their own region, never the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page, 'dashboard (en, one member, phone)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1366, height: 900 });

  // Ana asks a question on a shared diagram: it shows under the open questions, with a link to reply.
  const board = new Y.Doc();
  const joined = await ana.ask<{ update: string }>('board:join', { code: space.inviteCode, diagramId: 'stacks' });
  if (!joined.ok) throw new Error(`board:join refused: ${joined.error.code}`);
  Y.applyUpdate(board, fromBase64(joined.data.update));
  const before = Y.encodeStateVector(board);
  addNote(board, { id: ana.credentials.memberId, role: 'player' }, { id: 'ana-q1', kind: 'note', regionId: 'st-vm-hypervisor', x: 0.5, y: 0.5, text: 'Does the hypervisor need its own OS?', createdAt: Date.now() });
  const stored = await ana.ask('board:update', { code: space.inviteCode, diagramId: 'stacks', update: toBase64(Y.encodeStateAsUpdate(board, before)) });
  expect(stored.ok).toBe(true);
  const questions = page.getByTestId('cohort-open-questions');
  await expect(questions).toContainText('Does the hypervisor need its own OS?');
  await expect(questions).toContainText('Ana on “The VM stack and the container stack”');
  await expect(questions.getByRole('link', { name: 'Reply on the board' })).toHaveAttribute('href', `/en/cohorts/${space.cohortId}/board/stacks`);

  ana.socket.disconnect();
  await expect(row).toContainText('Offline');

  // The export is fetched with the secret and saved as a file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the results (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('stackhouse-ops-onboarding.csv');
  expect(fs.readFileSync((await file.path())!, 'utf8')).toContain('Ana');

  await page.getByRole('button', { name: 'Start a live round on this one' }).click();
  await page.waitForURL(/\/en\/host\/[A-Z0-9]{6}$/);
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);

  // Back on the dashboard, the round is there with a way back to its console.
  await page.goBack();
  await expect(page.getByText(`A live round is running (code ${code}).`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the host console' })).toHaveAttribute('href', `/en/host/${code}`);
  await context.close();
});

test('in Portuguese, from the facilitator link on another device; closing makes the space read-only and deleting goes home', async ({ browser, request }) => {
  const context = await newContext(browser, 'pt-BR', false, 'dark');
  const page = await context.newPage();
  await page.goto('/pt/cohorts/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Criar um espaço de turma' })).toBeVisible();
  await expectNoAxeViolations(page, 'create space (pt, dark)');

  const space = await createSpace(request, 'Turma de março', 'pt');
  await openDashboardWithLink(page, 'pt', space);
  await expect(page.getByRole('heading', { level: 1, name: 'Turma de março' })).toBeVisible();
  await expect(page.getByText('Sem prazo')).toBeVisible();
  await expectNoAxeViolations(page, 'dashboard (pt, dark)');

  await page.getByRole('button', { name: 'Fechar o espaço…' }).click();
  await page.getByRole('button', { name: 'Sim, fechar' }).click();
  await expect(page.getByTestId('cohort-closed-banner')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Iniciar a rodada ao vivo' })).toBeDisabled();
  await expectNoAxeViolations(page, 'dashboard (pt, closed)');

  await page.getByRole('button', { name: 'Excluir o espaço…' }).click();
  const confirm = page.getByRole('button', { name: 'Excluir definitivamente' });
  await expect(confirm).toBeDisabled();
  await page.getByLabel(/digite o nome do espaço/).fill('Turma de março');
  await confirm.click();
  await page.waitForURL(/\/pt$/);
  await context.close();
});

test('without the facilitator key, the dashboard says what to do instead of showing nothing', async ({ browser, request }) => {
  const space = await createSpace(request, 'Somebody else’s space');
  const context = await newContext(browser, 'en-US');
  const page = await context.newPage();
  await page.goto(`/en/cohorts/${space.cohortId}/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'This dashboard needs the facilitator link' })).toBeVisible();
  await expect(page.getByText('does not have the facilitator key')).toBeVisible();

  // A wrong key is refused, and said so.
  // (Only the fragment differs: reload so the page starts again from the link.)
  await page.goto(`/en/cohorts/${space.cohortId}/dashboard#key=${'x'.repeat(43)}`);
  await page.reload();
  await expect(page.getByText('was not accepted')).toBeVisible();
  await expectNoAxeViolations(page, 'dashboard without a key');
  await context.close();
});
