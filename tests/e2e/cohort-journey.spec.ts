import { expect, test, type Browser, type Page } from '@playwright/test';
import type { CreatedCohort } from '../../lib/cohort/views';
import type { Locale } from '../../lib/quiz/types';
import { messages, say } from './learn-support';
import { expectNoAxeViolations, newContext } from './support';

/*
 * Issue 5's journey in one go: a facilitator and two members, one in Portuguese, in three
 * browsers. The members join from the invitation and read a card each; the facilitator's
 * dashboard moves without a reload; the live round the facilitator starts from it pulls both
 * members into the game, where the host console sees them.
 */

const member = { en: messages('en', 'CohortMember'), pt: messages('pt', 'CohortMember') };
const play = { en: messages('en', 'Play'), pt: messages('pt', 'Play') };

async function memberJoins(browser: Browser, locale: Locale, inviteCode: string, name: string): Promise<Page> {
  const context = await newContext(browser, locale === 'pt' ? 'pt-BR' : 'en-US');
  const page = await context.newPage();
  const m = member[locale];
  await page.goto(`/${locale}/join?code=${inviteCode.slice(0, 4)}-${inviteCode.slice(4)}`);
  // The session join page hands an invitation on to the space's own join page.
  await page.waitForURL(new RegExp(`/${locale}/cohorts/join\\?code=${inviteCode}$`));
  await expectNoAxeViolations(page, `cohort join (${locale})`);
  await page.getByLabel(say(m, 'join.nameLabel')).fill(name);
  await page.getByRole('button', { name: say(m, 'join.submit') }).click();
  await page.waitForURL(new RegExp(`/${locale}/cohorts/[A-Za-z0-9_-]+$`));
  await expect(page.getByTestId('progress')).toBeVisible();
  await expectNoAxeViolations(page, `cohort home (${locale})`);
  return page;
}

async function readFirstCard(page: Page, locale: Locale): Promise<void> {
  const card = page.getByTestId('lesson-card').first();
  await card.locator('summary').click();
  await card.getByRole('button', { name: say(member[locale], 'cards.markRead') }).click();
  await expect(card.getByRole('button', { name: say(member[locale], 'cards.markRead') })).toHaveCount(0);
}

test('a facilitator and two members go through a space; the dashboard moves live and the live round pulls both in', async ({ browser, request }) => {
  const created = await request.post('/api/cohorts', { data: { name: 'Ops onboarding', locale: 'en', deadline: null, topics: ['containers', 'analogy'], quizId: null } });
  expect(created.status()).toBe(201);
  const space = (await created.json()) as CreatedCohort;

  const facilitatorContext = await newContext(browser, 'en-US');
  const dashboard = await facilitatorContext.newPage();
  await dashboard.goto(`/en/cohorts/${space.cohortId}/dashboard#key=${space.facilitatorSecret}`);
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Ops onboarding' })).toBeVisible();
  await expect(dashboard.getByTestId('cohort-totals')).toContainText('Joined0');

  const ana = await memberJoins(browser, 'pt', space.inviteCode, 'Ana');
  const bruno = await memberJoins(browser, 'en', space.inviteCode, 'Bruno');
  await expect(dashboard.getByTestId('cohort-totals')).toContainText('Joined2');

  await readFirstCard(ana, 'pt');
  await readFirstCard(bruno, 'en');
  for (const name of ['Ana', 'Bruno']) {
    const row = dashboard.getByTestId('cohort-members').getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('Online');
    await expect(row).toContainText(/^.*1 of \d+/);
  }
  await expectNoAxeViolations(dashboard, 'dashboard with two members (en)');

  // The whole quiz, live: both members are pulled from their space into the game.
  await dashboard.getByRole('radio', { name: 'The whole quiz' }).check();
  await dashboard.getByRole('button', { name: 'Start the live round' }).click();
  await dashboard.waitForURL(/\/en\/host\/[A-Z0-9]{6}$/);
  const code = (await dashboard.getByTestId('join-code').textContent())!.trim();
  await ana.waitForURL(new RegExp(`/pt/play/${code}$`));
  await bruno.waitForURL(new RegExp(`/en/play/${code}$`));
  await expect(ana.getByText(say(play.pt, 'youAre', { name: 'Ana' }))).toBeVisible();
  await expect(bruno.getByText(say(play.en, 'youAre', { name: 'Bruno' }))).toBeVisible();
  for (const name of ['Ana', 'Bruno']) await expect(dashboard.getByText(name, { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(ana, 'live round, member (pt)');

  for (const page of [dashboard, ana, bruno]) await page.context().close();
});
