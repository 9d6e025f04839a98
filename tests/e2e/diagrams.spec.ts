import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, newContext } from './support';

const DIAGRAMS = ['house-apartment', 'stacks', 'together', 'image-registry'] as const;

const WORDS = {
  en: {
    house: 'House (a VM)',
    houseStart: 'A house stands for a virtual machine',
    twin: 'Guest OS, one per VM',
    twinDiagram: 'The VM stack and the container stack',
    twinStart: 'Each VM runs its own complete operating system',
    empty: 'Nothing chosen yet',
  },
  pt: {
    house: 'Casa (uma VM)',
    houseStart: 'A casa representa a máquina virtual',
    twin: 'SO convidado, um por VM',
    twinDiagram: 'A pilha da VM e a pilha do contêiner',
    twinStart: 'Cada VM roda o seu próprio sistema operacional completo',
    empty: 'Nada escolhido ainda',
  },
} as const;

/** Presses Tab until a diagram hotspot has focus; returns its region id. */
async function tabToHotspot(page: Page): Promise<string> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const region = await page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? null);
    if (region) return region;
  }
  throw new Error('Tab never reached a hotspot');
}

test.describe('the analogy explorer', () => {
  for (const locale of ['en', 'pt'] as const) {
    const w = WORDS[locale];
    test(`in ${locale}, the keyboard opens a part, names and links its twin, and Escape closes it`, async ({ browser }) => {
      const context = await newContext(browser, locale === 'pt' ? 'pt-BR' : 'en-US');
      const page = await context.newPage();
      await page.goto(`/${locale}/diagrams/house-apartment`);
      const panel = page.getByRole('region', { name: locale === 'pt' ? 'Explicação' : 'Explanation' });
      await expect(panel).toContainText(w.empty);

      expect(await tabToHotspot(page)).toBe('ha-house');
      const house = page.getByRole('button', { name: w.house, exact: true });
      await expect(house).toBeFocused();
      await expect(house).toHaveAttribute('aria-pressed', 'false');

      await page.keyboard.press('Enter');
      await expect(house).toHaveAttribute('aria-pressed', 'true');
      await expect(panel.getByRole('heading', { name: w.house })).toBeVisible();
      await expect(panel).toContainText(w.houseStart);
      await expect(page).toHaveURL(/\?region=ha-house$/);
      const twinLink = panel.getByRole('link', { name: `${w.twin}, ${locale === 'pt' ? 'em' : 'on'} “${w.twinDiagram}”` });
      await expect(twinLink).toHaveAttribute('href', `/${locale}/diagrams/stacks?region=st-vm-guest-os`);

      await page.keyboard.press('Escape');
      await expect(panel.getByRole('heading', { name: w.house })).toHaveCount(0);
      await expect(panel).toContainText(w.empty);
      await expect(house).toHaveAttribute('aria-pressed', 'false');
      await expect(house).toBeFocused();

      // Space opens it too; then the twin link leads to the twin, chosen on the other diagram.
      await page.keyboard.press(' ');
      await twinLink.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/diagrams/stacks\\?region=st-vm-guest-os$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.twinDiagram);
      await expect(page.getByRole('button', { name: w.twin, exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expect(panel.getByRole('heading', { name: w.twin })).toBeVisible();
      await expect(panel).toContainText(w.twinStart);
      // ...and the twin's own twins link back to the house.
      await expect(panel.getByRole('link', { name: new RegExp(`^${w.house.replace(/[()]/g, '\\$&')},`) })).toBeVisible();
      await context.close();
    });
  }

  test('clicking a part of the drawing opens it; clicking it again or Close clears it', async ({ page }) => {
    await page.goto('/en/diagrams/together');
    const hypervisor = page.getByRole('button', { name: 'Hypervisor', exact: true });
    const panel = page.getByRole('region', { name: 'Explanation' });
    await hypervisor.click();
    await expect(panel.getByRole('heading', { name: 'Hypervisor' })).toBeVisible();
    await expect(panel).toContainText('Jonathan Frappier · 2014');
    await expect(panel.getByRole('link', { name: 'Hypervisor, on “The VM stack and the container stack”' })).toBeVisible();
    await hypervisor.click();
    await expect(panel).toContainText('Nothing chosen yet');
    await hypervisor.click();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toContainText('Nothing chosen yet');
    await expect(page).toHaveURL(/\/en\/diagrams\/together$/);
  });

  test('every label drawn on a picture chooses its own part when clicked', async ({ page }) => {
    for (const diagramId of DIAGRAMS) {
      await page.goto(`/en/diagrams/${diagramId}`);
      const figure = page.locator(`figure[data-diagram="${diagramId}"]`);
      const ids = await figure.locator('[data-label-for]').evaluateAll((labels) => labels.map((l) => l.getAttribute('data-label-for')!));
      expect(ids.length).toBeGreaterThan(0);
      for (const [i, id] of ids.entries()) {
        await figure.locator('[data-label-for]').nth(i).click();
        await expect(figure.locator(`[data-region="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
        await page.keyboard.press('Escape');
      }
    }
  });

  test('a region named in the address that is not on the diagram is ignored, and an unknown diagram is not found', async ({ page }) => {
    await page.goto('/en/diagrams/stacks?region=ha-house');
    await expect(page.getByRole('region', { name: 'Explanation' })).toContainText('Nothing chosen yet');
    const response = await page.goto('/en/diagrams/castle');
    expect(response?.status()).toBe(404);
  });
});

test.describe('diagram pages have no axe violations', () => {
  for (const locale of ['en', 'pt'] as const) {
    test(`index and every explorer in ${locale}, with and without a part chosen`, async ({ page }) => {
      await page.goto(`/${locale}/diagrams`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main a[href*="/diagrams/"]')).toHaveCount(DIAGRAMS.length);
      await expectNoAxeViolations(page, `/${locale}/diagrams`);
      for (const diagramId of DIAGRAMS) {
        await page.goto(`/${locale}/diagrams/${diagramId}`);
        await expect(page.locator(`figure[data-diagram="${diagramId}"]`)).toBeVisible();
        await expectNoAxeViolations(page, `/${locale}/diagrams/${diagramId}`);
      }
      for (const path of ['house-apartment?region=ha-apartment-door', 'stacks?region=st-ct-container', 'together?region=tg-db', 'image-registry?region=ir-run']) {
        await page.goto(`/${locale}/diagrams/${path}`);
        await expect(page.locator('[aria-pressed="true"]')).toHaveCount(1);
        await expectNoAxeViolations(page, `/${locale}/diagrams/${path}`);
      }
    });
  }

  test('the dark theme keeps enough contrast on the index and an explorer with a part chosen', async ({ browser }) => {
    const dark = await newContext(browser, 'pt-BR', true, 'dark');
    const page = await dark.newPage();
    for (const path of ['/pt/diagrams', '/en/diagrams/house-apartment?region=ha-building-foundation']) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (dark, phone)`);
    }
    await dark.close();
  });
});
