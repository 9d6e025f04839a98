import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { QUESTION_BANK } from '../../lib/content/bank';
import { DIAGRAM_CONTENT } from '../../lib/diagram/content';
import type { HotspotQuestion, MatchingQuestion } from '../../lib/quiz/types';
import { expectNoAxeViolations, expectNoSecretReadable, joinByLink, newContext } from './support';

const words = (locale: 'en' | 'pt') => JSON.parse(readFileSync(`locales/${locale}/Answer.json`, 'utf8')) as { send: string; hotspotList: string };
const hotspot = QUESTION_BANK.find((q): q is HotspotQuestion => q.type === 'hotspot')!;
const matching = QUESTION_BANK.find((q): q is MatchingQuestion => q.type === 'matching')!;
const regionLabel = (regionId: string, locale: 'en' | 'pt') =>
  (DIAGRAM_CONTENT[hotspot.diagramId].regions as Record<string, { label: Record<'en' | 'pt', string> }>)[regionId]!.label[locale];

/** Picks the partner of each left item in its labelled list. */
async function match(page: Page, locale: 'en' | 'pt', pairs: [string, string][]): Promise<void> {
  for (const [left, right] of pairs) {
    const select = page.locator('main').getByLabel(left, { exact: true });
    const value = await select.locator('option', { hasText: right }).first().getAttribute('value');
    await select.selectOption(value!);
  }
  await page.locator('main').getByRole('button', { name: words(locale).send }).click();
}

test('a live round plays a hotspot and a matching question, with the heatmap and part results on the projector', async ({ browser, request }) => {
  expect(hotspot, 'the bank has a hotspot question').toBeDefined();
  expect(matching, 'the bank has a matching question').toBeDefined();
  const created = await (await request.post('/api/sessions', { data: { questionIds: [hotspot.id, matching.id], locale: 'en', scoring: 'accuracy' } })).json();
  const hostContext = await newContext(browser, 'en-US');
  const host = await hostContext.newPage();
  await host.goto('/en');
  // A host secret left in localStorage by a version before the cookies: the console moves it
  // into its HttpOnly cookie on arrival and deletes it.
  await host.evaluate(([code, secret]) => localStorage.setItem(`stackhouse:host:${code}`, secret!), [created.code, created.hostSecret]);
  await host.goto(`/en/host/${created.code}`);

  const ada = await (await newContext(browser, 'en-US', true)).newPage();
  const bia = await (await newContext(browser, 'pt-BR', true)).newPage();
  await joinByLink(ada, created.code, 'Ada', { nickname: 'Nickname', submit: 'Join' });
  await joinByLink(bia, created.code, 'Bia', { nickname: 'Apelido', submit: 'Entrar' });
  await host.getByRole('button', { name: 'Start the quiz' }).click();
  await expectNoSecretReadable(host, 'host', created.code);

  // Hotspot: Ada clicks the right part of the drawing; Bia picks a wrong one from the list, in Portuguese.
  await expect(ada.getByRole('heading', { level: 1, name: hotspot.prompt.en })).toBeVisible();
  await expect(bia.getByRole('heading', { level: 1, name: hotspot.prompt.pt })).toBeVisible();
  await expectNoAxeViolations(host, 'host hotspot question');
  await expectNoAxeViolations(bia, 'player hotspot question (pt)');
  const right = hotspot.correctRegionIds[0]!;
  await ada.locator(`main [data-label-for="${right}"]`).click();
  await expect(ada.getByText('Answer sent. Waiting for the others…')).toBeVisible();
  const wrong = Object.keys(DIAGRAM_CONTENT[hotspot.diagramId].regions).find((r) => !(hotspot.correctRegionIds as string[]).includes(r))!;
  await bia.locator('main').getByLabel(words('pt').hotspotList).selectOption({ label: regionLabel(wrong, 'pt') });
  await bia.locator('main').getByRole('button', { name: words('pt').send }).click();

  await expect(host.getByText('Where 2 people clicked')).toBeVisible();
  await expect(host.getByText(hotspot.explanation.en)).toBeVisible();
  await expect(ada.getByRole('heading', { level: 1, name: /Correct!/ })).toBeVisible();
  await expect(bia.getByRole('heading', { level: 1, name: /Não foi dessa vez/ })).toBeVisible();
  await expect(bia.getByText(hotspot.explanation.pt)).toBeVisible();
  await expectNoAxeViolations(host, 'host hotspot reveal with heatmap');
  await host.getByRole('button', { name: 'Show the leaderboard' }).click();
  await host.getByRole('button', { name: 'Show the podium' }).or(host.getByRole('button', { name: 'Next question' })).click();

  // Matching: Ada matches every pair; Bia swaps two partners and gets partial credit.
  await expect(ada.getByRole('heading', { level: 1, name: matching.prompt.en })).toBeVisible();
  await match(
    ada,
    'en',
    matching.pairs.map((p) => [p.left.text.en, p.right.text.en]),
  );
  const swapped = matching.pairs.map((p, i) => {
    const partner = i === 0 ? matching.pairs[1]! : i === 1 ? matching.pairs[0]! : p;
    return [p.left.text.pt, partner.right.text.pt] as [string, string];
  });
  await match(bia, 'pt', swapped);
  const percent = Math.round(((matching.pairs.length - 2) / matching.pairs.length) * 100);
  await expect(host.getByRole('figure', { name: 'Parts answered right' })).toBeVisible();
  await expect(host.getByText('2 of 2 right')).toHaveCount(matching.pairs.length - 2);
  await expect(host.getByText('1 of 2 right')).toHaveCount(2);
  await expect(ada.getByRole('heading', { level: 1, name: /Correct!/ })).toBeVisible();
  await expect(bia.getByRole('heading', { level: 1, name: percent > 0 ? `◐ Em parte certo: ${percent}%` : /Não foi dessa vez/ })).toBeVisible();
  await expectNoAxeViolations(host, 'host matching reveal');
  await expectNoAxeViolations(bia, 'player matching reveal (pt)');
  await host.getByRole('button', { name: 'Show the leaderboard' }).click();
  await host.getByRole('button', { name: 'Show the podium' }).click();
  await expect(ada.getByText(/You finished #1 of 2/)).toBeVisible();
});
