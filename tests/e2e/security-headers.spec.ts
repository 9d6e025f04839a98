import { expect, test } from '@playwright/test';

/*
 * Every page carries a Content-Security-Policy with a fresh nonce, Next's scripts carry that
 * nonce, the page still works under it (nothing refused in the console), and every response
 * has the usual protective headers. The API runs nothing and may not be framed.
 */

test('pages carry a nonce CSP that their own scripts satisfy, and the protective headers', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  const nonces = new Set<string>();
  for (const path of ['/en', '/pt/learn', '/en/diagrams/stacks', '/en/join', '/en/cohorts/new']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    const policy = headers['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, `${path} has a nonce in its policy`).toBeTruthy();
    nonces.add(nonce!);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    // No inline script without the nonce.
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('same-origin');
    // Every inline or external script Next wrote carries this request's nonce.
    const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((n) => n === nonce)).toBe(true);
    // Hydrated: a client component reacts (the language switcher is a link; the header renders).
    await expect(page.getByRole('banner')).toBeVisible();
  }
  // A fresh nonce per request.
  expect(nonces.size).toBe(5);
  await page.goto('/en/join');
  await page.getByLabel(/code/i).first().fill('ABC');
  await expect(page.getByLabel(/code/i).first()).toHaveValue('ABC');
  expect(violations).toEqual([]);

  const api = await request.get('/api/health');
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});
