import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Runs axe-core (WCAG 2.1 A/AA) on what the page shows now and expects no violation. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // Next streams a dynamic page's metadata apart from its content, so after a client-side
  // navigation the content can be on screen a moment before the new <title> (a fresh clone's
  // CI met it once: "document-title" on the cohort join page). The page must get its title:
  // wait for it, then judge the page.
  await expect(page, `the title of ${where}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** A fresh browser profile whose browser prefers this language (reaching the server at `baseURL` if given). */
export async function newContext(browser: Browser, locale: 'en-US' | 'pt-BR', mobile = false, colorScheme: 'light' | 'dark' = 'light', baseURL?: string): Promise<BrowserContext> {
  return browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    locale,
    colorScheme,
    extraHTTPHeaders: { 'accept-language': locale === 'pt-BR' ? 'pt-BR,pt;q=0.9' : 'en-US,en;q=0.9' },
    viewport: mobile ? { width: 390, height: 844 } : { width: 1366, height: 900 },
  });
}

/** Opens a session from the host setup page; returns the join code shown on the projector. */
export async function openSession(host: Page, options: { accuracy?: boolean } = {}): Promise<string> {
  await host.goto('/en/host');
  if (options.accuracy) await host.getByLabel(/Accuracy first/).check();
  await host.getByRole('button', { name: 'Open the session' }).click();
  await host.waitForURL(/\/en\/host\/[A-Z0-9]{6}$/);
  const code = (await host.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  return code;
}

/**
 * Opens `address` (e.g. `/pt/host/CODE`) as the host of a session made through the API: the
 * page gets the host secret the way a console of an earlier version left it, in
 * localStorage, and the console moves it into its HttpOnly cookie on arrival.
 */
export async function openAsHost(page: Page, session: { code: string; hostSecret: string }, address: string): Promise<void> {
  await page.goto(`/${address.split('/')[1]}`);
  await page.evaluate(([code, secret]) => localStorage.setItem(`stackhouse:host:${code}`, secret!), [session.code, session.hostSecret]);
  await page.goto(address);
}

/** Joins through the link the QR code holds (no language in it) with a nickname. */
export async function joinByLink(player: Page, code: string, nickname: string, labels: { nickname: string; submit: string }): Promise<void> {
  await player.goto(`/join?code=${code}`);
  await player.getByLabel(labels.nickname).fill(nickname);
  await player.getByRole('button', { name: labels.submit, exact: true }).click();
  await player.waitForURL(new RegExp(`/play/${code}$`));
}

/**
 * What an injected script could steal: nothing. The browser holds the session's credential
 * as an HttpOnly, SameSite=Strict cookie, and neither `document.cookie` nor localStorage
 * show a secret (43 url-safe characters) to page script.
 */
export async function expectNoSecretReadable(page: Page, kind: 'host' | 'player', code: string): Promise<void> {
  const readable = await page.evaluate(() => ({
    cookie: document.cookie,
    stored: Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ''}`),
  }));
  const secretLike = /[A-Za-z0-9_-]{43}/;
  expect(readable.cookie, 'document.cookie').not.toMatch(secretLike);
  expect(readable.cookie, 'document.cookie').not.toContain('sh_');
  expect(readable.stored.filter((entry) => secretLike.test(entry)), 'localStorage').toEqual([]);
  const cookies = await page.context().cookies();
  const credential = cookies.find((c) => c.name === `sh_${kind}_${code}`);
  expect(credential, `the ${kind} cookie of ${code}`).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
}
