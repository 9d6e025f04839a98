import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { findBankQuestion } from '../../lib/content/bank';
import type { CohortDashboard, CreatedCohort } from '../../lib/cohort/views';
import type { Ack, LiveRoundCreated } from '../../lib/protocol/events';
import { PROTOCOL_VERSION } from '../../lib/protocol/version';
import { correctAnswer } from '../../lib/quiz/display';
import type { Locale, Question } from '../../lib/quiz/types';
import { answerByKeyboard, messages, next, say, wrongAnswer, type Words } from './learn-support';
import { expectNoAxeViolations, newContext } from './support';

/*
 * A member's side of a cohort space, in Chromium against the real server: joining from an
 * invitation, reading and answering (stored by the server), continuing on a second device,
 * and being pulled into the live round the facilitator starts.
 */

const port = Number(process.env.E2E_PORT ?? 3210);
const member = { en: messages('en', 'CohortMember'), pt: messages('pt', 'CohortMember') };
const words = (locale: Locale): Words => ({ learn: messages(locale, 'Learn'), answer: messages(locale, 'Answer'), quiz: messages(locale, 'Quiz') });

async function createSpace(request: APIRequestContext, name: string): Promise<CreatedCohort> {
  const response = await request.post('/api/cohorts', { data: { name, locale: 'en', deadline: null, topics: ['virtual-machines'], quizId: null } });
  expect(response.status()).toBe(201);
  return (await response.json()) as CreatedCohort;
}

/** The facilitator's socket, bound to the space: what the dashboard sees. */
async function facilitate(space: CreatedCohort): Promise<{ socket: Socket; dashboard: CohortDashboard }> {
  const socket = io(`http://localhost:${port}`, { auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket'] });
  const ack = (await socket.timeout(10_000).emitWithAck('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: space.facilitatorSecret, locale: 'en' })) as Ack<CohortDashboard>;
  if (!ack.ok) throw new Error(`cohort:facilitate failed: ${ack.error.code}`);
  return { socket, dashboard: ack.data };
}

async function joinSpace(page: Page, locale: Locale, inviteCode: string, name: string): Promise<void> {
  const m = member[locale];
  await page.goto(`/${locale}/cohorts/join?code=${inviteCode}`);
  await page.getByLabel(say(m, 'join.nameLabel')).fill(name);
  await page.getByRole('button', { name: say(m, 'join.submit') }).click();
  await page.waitForURL(new RegExp(`/${locale}/cohorts/[A-Za-z0-9_-]+$`));
  await expect(page.getByTestId('progress')).toBeVisible();
}

test('a member joins in Portuguese, reads a card, answers two questions and finds the same progress on a second device', async ({ browser, request }) => {
  const space = await createSpace(request, 'Onboarding da plataforma');
  const { socket, dashboard } = await facilitate(space);
  const questions = dashboard.cohort.questionIds.map((id) => findBankQuestion(id)!) as Question[];
  const cards = dashboard.cohort.cardIds.length;
  const total = questions.length;
  const pt = member.pt;

  const phone = await newContext(browser, 'pt-BR');
  const page = await phone.newPage();
  // The home page's code box takes the invitation code, dash and all, to the space's join page.
  await page.goto('/pt');
  await page.getByLabel(say(messages('pt', 'Join'), 'code')).fill(`${space.inviteCode.slice(0, 4)}-${space.inviteCode.slice(4)}`);
  await page.getByRole('button', { name: say(messages('pt', 'Home'), 'joinAction'), exact: true }).click();
  await page.waitForURL(new RegExp(`/pt/cohorts/join\\?code=${space.inviteCode}$`));
  await expect(page.getByTestId('cohort-name')).toHaveText('Onboarding da plataforma');
  await expectNoAxeViolations(page, 'cohort join (pt)');
  await page.getByLabel(say(pt, 'join.nameLabel')).fill('Ana Beatriz');
  await page.getByRole('button', { name: say(pt, 'join.submit') }).click();
  await page.waitForURL(new RegExp(`/pt/cohorts/${space.cohortId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onboarding da plataforma');
  await expect(page.getByText(say(pt, 'home.welcome', { name: 'Ana Beatriz' }))).toBeVisible();
  await expectNoAxeViolations(page, 'cohort home (pt)');

  // Read the first card.
  const card = page.getByTestId('lesson-card').first();
  await card.locator('summary').click();
  await card.getByRole('button', { name: say(pt, 'cards.markRead') }).click();
  await expect(card.getByTestId('card-read')).toHaveText(new RegExp(say(pt, 'cards.readDone')));
  await expect(page.getByTestId('progress')).toContainText(say(pt, 'progress.cards', { read: 1, total: cards }));

  // Two questions of the space's quiz, with feedback after each.
  await page.getByTestId('quiz-entry').click();
  await page.waitForURL(new RegExp(`/pt/cohorts/${space.cohortId}/quiz$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[0]!.prompt.pt);
  await expectNoAxeViolations(page, 'cohort quiz question (pt)');
  for (const [i, q] of questions.slice(0, 2).entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.prompt.pt);
    await answerByKeyboard(page, q, correctAnswer(q)!, 'pt', words('pt'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(say(words('pt').learn, q.type === 'poll' ? 'feedback.poll' : 'feedback.right'));
    if (i === 0) await expectNoAxeViolations(page, 'cohort quiz feedback (pt)');
    await next(page, words('pt'), false);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[2]!.prompt.pt);
  await page.getByRole('link', { name: say(pt, 'quiz.backToSpace', { name: 'Onboarding da plataforma' }) }).click();
  await expect(page.getByTestId('progress')).toContainText(say(pt, 'progress.questions', { answered: 2, total }));
  const resumeCode = (await page.getByTestId('resume-code').textContent())!.replace(/-/g, '').trim();
  expect(resumeCode).toMatch(/^[A-Z0-9]{10}$/);

  // A second device, in English and dark: the resume link brings back the same progress.
  const laptop = await newContext(browser, 'en-US', false, 'dark');
  const other = await laptop.newPage();
  await other.goto(`/en/cohorts/resume?code=${resumeCode}`);
  await expect(other.getByLabel(say(member.en, 'resume.codeLabel'))).toHaveValue(resumeCode);
  await expectNoAxeViolations(other, 'cohort resume (en, dark)');
  await other.getByRole('button', { name: say(member.en, 'resume.submit') }).click();
  await other.waitForURL(new RegExp(`/en/cohorts/${space.cohortId}$`));
  await expect(other.getByTestId('progress')).toContainText(say(member.en, 'progress.cards', { read: 1, total: cards }));
  await expect(other.getByTestId('progress')).toContainText(say(member.en, 'progress.questions', { answered: 2, total }));
  await expect(other.getByTestId('progress')).toContainText(say(member.en, 'progress.score', { percent: 100 }));
  await expect(other.getByTestId('lesson-card').first().locator('summary')).toContainText(say(member.en, 'cards.readTag'));
  await expectNoAxeViolations(other, 'cohort home (en, dark)');

  // The quiz resumes at the third question; an answered one shows its stored result.
  await other.getByTestId('quiz-entry').click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(questions[2]!.prompt.en);
  await expectNoAxeViolations(other, 'cohort quiz (en, dark)');
  await other.getByRole('button', { name: say(member.en, 'quiz.navItem', { number: 1, state: say(member.en, 'quiz.mark.right') }) }).click();
  await expect(other.getByRole('heading', { level: 1 })).toContainText(say(words('en').learn, 'feedback.right'));
  await expectNoAxeViolations(other, 'cohort quiz review (en, dark)');

  // Both devices count once: the dashboard agrees.
  await expect.poll(async () => {
    const ack = (await socket.timeout(10_000).emitWithAck('cohort:facilitate', { cohortId: space.cohortId, facilitatorSecret: space.facilitatorSecret, locale: 'en' })) as Ack<CohortDashboard>;
    return ack.ok ? ack.data.members.map((m) => [m.name, m.cardsRead, m.answered]) : null;
  }).toEqual([['Ana Beatriz', 1, 2]]);

  socket.disconnect();
  await phone.close();
  await laptop.close();
});

test('a live round the facilitator starts pulls the member from their space into the game; closing makes the space read-only live, deleting it is said', async ({ browser, request }) => {
  const space = await createSpace(request, 'Platform onboarding');
  const context = await newContext(browser, 'en-US');
  const page = await context.newPage();
  await page.goto(`/en/cohorts/join?code=${space.inviteCode}`);
  await expect(page.getByTestId('cohort-name')).toHaveText('Platform onboarding');
  await expectNoAxeViolations(page, 'cohort join (en)');
  await joinSpace(page, 'en', space.inviteCode, 'Bruno');
  await expectNoAxeViolations(page, 'cohort home (en)');

  const { socket } = await facilitate(space);
  const round = (await socket.timeout(10_000).emitWithAck('cohort:live-round', { cohortId: space.cohortId, selection: { kind: 'quiz' }, scoring: 'speed' })) as Ack<LiveRoundCreated>;
  expect(round.ok).toBe(true);
  const code = round.ok ? round.data.code : '';
  await page.waitForURL(new RegExp(`/en/play/${code}$`));
  await expect(page.getByText(say(messages('en', 'Play'), 'youAre', { name: 'Bruno' }))).toBeVisible();

  // Back in the space, the round shows as a banner; no second pull, since this device has joined.
  await page.goto(`/en/cohorts/${space.cohortId}`);
  await expect(page.getByTestId('live-banner')).toContainText(say(member.en, 'live.bannerOn'));
  await expect(page).toHaveURL(new RegExp(`/en/cohorts/${space.cohortId}$`));
  await page.getByRole('button', { name: say(member.en, 'live.joinNow') }).click();
  await page.waitForURL(new RegExp(`/en/play/${code}$`));

  // The facilitator closes the space: it turns read-only on the open page, without a reload.
  await page.goto(`/en/cohorts/${space.cohortId}`);
  const card = page.getByTestId('lesson-card').first();
  await card.locator('summary').click();
  await expect(card.getByRole('button', { name: say(member.en, 'cards.markRead') })).toBeVisible();
  const closed = (await socket.timeout(10_000).emitWithAck('cohort:close', { cohortId: space.cohortId })) as Ack<CohortDashboard>;
  expect(closed.ok).toBe(true);
  await expect(page.getByTestId('closed-banner')).toContainText(say(member.en, 'frame.closedTitle'));
  await expect(card.getByRole('button', { name: say(member.en, 'cards.markRead') })).toHaveCount(0);
  await expect(page.getByTestId('live-banner')).toBeVisible();
  await expectNoAxeViolations(page, 'cohort home, closed, with a live round on (en)');
  await page.getByTestId('quiz-entry').click();
  await expect(page.getByText(say(member.en, 'quiz.closedNoAnswers'))).toBeVisible();
  // The question can be read; none of its answer controls can be used.
  await expect(page.locator('main h1 ~ * button').first()).toBeDisabled();
  await expect(page.locator('main h1 ~ * button:not([disabled])')).toHaveCount(0);

  // Deleted: the page says so, and this device forgets the space: its member cookie is gone,
  // and opening the space again says it is not open here.
  const deleted = (await socket.timeout(10_000).emitWithAck('cohort:delete', { cohortId: space.cohortId })) as Ack<{ cohortId: string }>;
  expect(deleted.ok).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(member.en, 'frame.deletedTitle'));
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === `sh_member_${space.cohortId}`)).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(member.en, 'frame.noAccessTitle'));

  socket.disconnect();
  await context.close();
});

test("members and the facilitator annotate the space's board together, and replies to a note wait in its author's space", async ({ browser, request }) => {
  const space = await createSpace(request, 'Platform onboarding');
  const anaContext = await newContext(browser, 'pt-BR');
  const ana = await anaContext.newPage();
  await joinSpace(ana, 'pt', space.inviteCode, 'Ana');
  const brunoContext = await newContext(browser, 'en-US', false, 'dark');
  const bruno = await brunoContext.newPage();
  await joinSpace(bruno, 'en', space.inviteCode, 'Bruno');

  // Ana opens the first board from her space and leaves a note.
  await ana.getByRole('link', { name: /Uma casa e um prédio de apartamentos/ }).click();
  await ana.waitForURL(new RegExp(`/pt/cohorts/${space.cohortId}/board/house-apartment$`));
  await expect(ana.getByRole('status').filter({ hasText: 'Conectado ao quadro compartilhado' })).toBeAttached();
  await ana.getByLabel('Região').selectOption({ label: 'Porta trancada' });
  await ana.getByLabel('Sua nota').fill('A porta é o namespace de rede?');
  await ana.getByRole('button', { name: 'Enviar a nota' }).click();
  await expect(ana.getByTestId('board-note')).toContainText('Ana (você) em Porta trancada');

  // Bruno sees it under Ana's name and replies.
  await bruno.goto(`/en/cohorts/${space.cohortId}/board/house-apartment`);
  const note = bruno.getByTestId('board-note').filter({ hasText: 'A porta é o namespace de rede?' });
  await expect(note).toContainText('Ana on Locked door');
  await expectNoAxeViolations(bruno, 'cohort board (en, dark)');
  await note.getByLabel('Reply to this note').fill('Yes: each apartment has its own door.');
  await note.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(ana.getByTestId('board-note')).toContainText('Yes: each apartment has its own door.');

  // The facilitator opens the facilitator link on another device, then the same board: as its host.
  const facilitatorContext = await newContext(browser, 'en-US');
  const facilitator = await facilitatorContext.newPage();
  await facilitator.goto(`/en/cohorts/${space.cohortId}/dashboard#key=${space.facilitatorSecret}`);
  await expect(facilitator.getByTestId('cohort-invite-code')).toBeVisible();
  // The key left the address bar at once.
  expect(facilitator.url()).not.toContain('#key=');
  await facilitator.goto(`/en/cohorts/${space.cohortId}/board/house-apartment`);
  const seen = facilitator.getByTestId('board-note').filter({ hasText: 'A porta é o namespace de rede?' });
  await expect(seen).toContainText('Ana on Locked door');
  await expect(facilitator.getByRole('heading', { name: 'Facilitator controls' })).toBeVisible();
  await seen.getByLabel('Reply to this note').fill('Right, and the lock is the cgroup.');
  await seen.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(ana.getByTestId('board-note')).toContainText('Right, and the lock is the cgroup.');
  await facilitatorContext.close();

  // Back in her space, Ana finds the reply waiting, and can put it away.
  await ana.goto(`/pt/cohorts/${space.cohortId}`);
  const notice = ana.getByTestId('notice');
  await expect(notice).toHaveCount(2);
  await expect(notice.filter({ hasText: say(member.pt, 'notices.byMember', { name: 'Bruno' }) })).toContainText('Yes: each apartment has its own door.');
  await expect(notice.filter({ hasText: say(member.pt, 'notices.byFacilitator') })).toContainText('Right, and the lock is the cgroup.');
  await expect(notice.first()).toContainText('A porta é o namespace de rede?');
  await expectNoAxeViolations(ana, 'cohort home with a notice (pt)');
  await ana.getByRole('button', { name: say(member.pt, 'notices.markSeen') }).click();
  await expect(notice).toHaveCount(0);
  await ana.reload();
  await expect(ana.getByTestId('progress')).toBeVisible();
  await expect(ana.getByTestId('notice')).toHaveCount(0);

  await anaContext.close();
  await brunoContext.close();
});

test('a member who finishes the quiz sees the summary, also on another device, with the misconceptions their misses revealed', async ({ browser, request }) => {
  const response = await request.post('/api/cohorts', { data: { name: 'Scope week', locale: 'en', deadline: null, topics: ['scope'], quizId: null } });
  const space = (await response.json()) as CreatedCohort;
  const { socket, dashboard } = await facilitate(space);
  const questions = dashboard.cohort.questionIds.map((id) => findBankQuestion(id)!) as Question[];
  socket.disconnect();
  const context = await newContext(browser, 'en-US', true);
  const page = await context.newPage();
  await joinSpace(page, 'en', space.inviteCode, 'Carla');
  await page.getByTestId('quiz-entry').click();
  // Every other answer wrong, the rest right.
  for (const [i, q] of questions.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.prompt.en);
    if (q.type === 'ordering') {
      // The keyboard helper reads every list item in <main> as an item to order, and this page
      // also lists the quiz's questions: send the order as shown, whatever it scores.
      await page.locator('main').getByRole('button', { name: say(words('en').answer, 'send'), exact: true }).click();
    } else await answerByKeyboard(page, q, i % 2 === 0 ? wrongAnswer(q) : (correctAnswer(q) ?? wrongAnswer(q)), 'en', words('en'));
    await next(page, words('en'), i === questions.length - 1);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(member.en, 'summary.titleDone'));
  await expect(page.getByTestId('quiz-summary-count')).toHaveText(say(member.en, 'quiz.answeredCount', { answered: questions.length, total: questions.length }));
  await expect(page.getByRole('heading', { name: say(words('en').learn, 'summary.review') })).toBeVisible();
  await expectNoAxeViolations(page, 'cohort quiz summary (en, phone)');
  const resumeCode = await (async () => {
    await page.getByRole('link', { name: say(member.en, 'summary.toSpace') }).click();
    return (await page.getByTestId('resume-code').textContent())!.replace(/-/g, '').trim();
  })();

  // The other device has none of the feedback: it fetches it from the server, and shows the same.
  const other = await newContext(browser, 'pt-BR', false, 'dark');
  const laptop = await other.newPage();
  await laptop.goto(`/pt/cohorts/resume?code=${resumeCode}`);
  await laptop.getByRole('button', { name: say(member.pt, 'resume.submit') }).click();
  await laptop.getByTestId('quiz-entry').click();
  await expect(laptop.getByRole('heading', { level: 1 })).toHaveText(say(member.pt, 'summary.titleDone'));
  await expect(laptop.getByRole('heading', { name: say(words('pt').learn, 'summary.review') })).toBeVisible();
  await expectNoAxeViolations(laptop, 'cohort quiz summary (pt, dark)');
  await context.close();
  await other.close();
});

test('the resume page and a device without the space explain what to do, in both languages', async ({ browser }) => {
  for (const [locale, browserLocale] of [['pt', 'pt-BR'], ['en', 'en-US']] as const) {
    const context = await newContext(browser, browserLocale, true);
    const page = await context.newPage();
    await page.goto(`/${locale}/cohorts/resume`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(member[locale], 'resume.heading'));
    await page.getByLabel(say(member[locale], 'resume.codeLabel')).fill('ZZZZZ-ZZZZZ');
    await page.getByRole('button', { name: say(member[locale], 'resume.submit') }).click();
    await expect(page.getByRole('alert').filter({ hasText: say(member[locale], 'resume.notFound') })).toBeVisible();
    await expectNoAxeViolations(page, `cohort resume, unknown code (${locale})`);
    await page.goto(`/${locale}/cohorts/not-a-space-of-mine`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(member[locale], 'frame.noAccessTitle'));
    await expectNoAxeViolations(page, `cohort home without access (${locale})`);
    await context.close();
  }
});
