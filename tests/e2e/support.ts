import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Runs axe-core (WCAG 2.1 A/AA) on what the page shows now and expects no violation. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** A fresh browser profile whose browser prefers this language. */
export async function newContext(browser: Browser, locale: 'en-US' | 'pt-BR', mobile = false, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  return browser.newContext({
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

/** Joins through the link the QR code holds (no language in it) with a nickname. */
export async function joinByLink(player: Page, code: string, nickname: string, labels: { nickname: string; submit: string }): Promise<void> {
  await player.goto(`/join?code=${code}`);
  await player.getByLabel(labels.nickname).fill(nickname);
  await player.getByRole('button', { name: labels.submit, exact: true }).click();
  await player.waitForURL(new RegExp(`/play/${code}$`));
}
