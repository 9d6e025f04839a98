import { expect, test, type Page } from '@playwright/test';
import { QUESTION_BANK } from '../../lib/content/bank';
import { QUESTION_TYPES } from '../../lib/quiz/types';
import { expectNoAxeViolations, newContext, openAsHost } from './support';

/**
 * How far the page reaches past the window's right edge, in CSS px (0: nothing to scroll
 * sideways). Polled: what loads after the heading (a diagram, the live view) is judged once
 * it has settled.
 */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('pages in both languages', () => {
  for (const locale of ['en', 'pt'] as const) {
    test(`home, host setup and join pages in ${locale} have the right language and no axe violations`, async ({ page }) => {
      for (const path of ['', '/host', '/join?code=ABC234']) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale === 'pt' ? 'pt-BR' : 'en');
        await expectNoAxeViolations(page, `/${locale}${path}`);
      }
    });
  }

  test('the dark theme keeps enough contrast (axe) on home, host setup and join', async ({ browser }) => {
    const dark = await browser.newContext({ colorScheme: 'dark', locale: 'pt-BR' });
    const page = await dark.newPage();
    for (const path of ['/pt', '/pt/host', '/en/join?code=ABC234']) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (dark)`);
    }
    await dark.close();
  });

  test('the bare address opens in the language the browser prefers', async ({ browser }) => {
    const pt = await newContext(browser, 'pt-BR');
    const page = await pt.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/pt$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casas, apartamentos e as máquinas que rodam seus apps');
    await pt.close();
  });

  test('the language switcher keeps the page and its join code', async ({ page }) => {
    await page.goto('/en/join?code=ABC234');
    await expect(page.getByLabel('Game code')).toHaveValue('ABC234');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Português' }).click();
    await expect(page).toHaveURL(/\/pt\/join\?code=ABC234$/);
    await expect(page.getByLabel('Código do jogo')).toHaveValue('ABC234');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  });

  test('a code that does not exist gets a clear message, not a blank page', async ({ page }) => {
    await page.goto('/en/join?code=ZZZZZZ');
    await page.getByLabel('Nickname').fill('Zed');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(page.locator('main').getByRole('alert')).toHaveText('That code does not exist. Check it on the projector.');
  });

  test('a player can join and answer with the keyboard alone', async ({ browser, request }) => {
    const created = await (await request.post('/api/sessions', { data: { quizId: 'containers-vs-vms', locale: 'en' } })).json();
    const host = await (await newContext(browser, 'en-US')).newPage();
    await openAsHost(host, created, `/en/host/${created.code}`);

    const player = await (await newContext(browser, 'en-US', true)).newPage();
    await player.goto(`/en/join?code=${created.code}`);
    // The nickname field has focus when the code came in the link: type, then Enter.
    await player.keyboard.type('Keys');
    await player.keyboard.press('Enter');
    await expect(player.getByRole('heading', { name: "You're in!" })).toBeVisible();
    await host.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(player.getByRole('heading', { level: 1 })).toBeFocused();
    await player.keyboard.press('Tab');
    await player.keyboard.press('Enter');
    await expect(player.getByRole('heading', { level: 1 })).toHaveText(/Correct!|Not quite/);
  });

  test('on a 320 px phone no page scrolls sideways, in either language (WCAG 1.4.10 reflow)', async ({ browser, request }) => {
    // 320 CSS px is the width WCAG asks content to reflow at: a small phone, or a large zoom.
    const small = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };
    const page = await (await browser.newContext({ ...small, locale: 'pt-BR' })).newPage();
    const oneOfEachType = QUESTION_TYPES.map((type) => QUESTION_BANK.find((q) => q.type === type)!.id);
    for (const locale of ['en', 'pt'] as const) {
      const addresses = ['', '/join?code=ABC234', '/host', '/learn', '/learn/containers', '/diagrams', '/diagrams/analogy', ...oneOfEachType.map((id) => `/learn/quiz?questions=${id}&new=1`)];
      for (const address of addresses) {
        await page.goto(`/${locale}${address}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect.poll(() => sidewaysOverflow(page), { message: `/${locale}${address} at 320 px` }).toBe(0);
      }
    }

    // The live game on a small phone, and its host console on one too (the lobby's QR code
    // and join address, the question with the tally and the roster).
    const created = await (await request.post('/api/sessions', { data: { quizId: 'containers-vs-vms', locale: 'pt' } })).json();
    const host = await (await browser.newContext({ ...small, locale: 'pt-BR' })).newPage();
    await openAsHost(host, created, `/pt/host/${created.code}`);
    await page.goto(`/pt/join?code=${created.code}`);
    await page.keyboard.type('Bia Fernandes da Silva');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Você está dentro!' })).toBeVisible();
    await expect(host.getByRole('list', { name: 'Jogadores' }).first().getByText('Bia Fernandes da Silva')).toBeVisible();
    await expect.poll(() => sidewaysOverflow(page), { message: 'the player lobby at 320 px' }).toBe(0);
    await expect.poll(() => sidewaysOverflow(host), { message: 'the host lobby at 320 px' }).toBe(0);
    await host.getByRole('button', { name: 'Começar o quiz' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(host.getByTestId('answered-count')).toHaveText('0 de 1 responderam');
    await expect.poll(() => sidewaysOverflow(page), { message: 'the player question at 320 px' }).toBe(0);
    await expect.poll(() => sidewaysOverflow(host), { message: 'the host question at 320 px' }).toBe(0);
  });
});
