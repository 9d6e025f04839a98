import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, joinByLink, newContext, openAsHost } from './support';

/** Moves the mouse across the middle of a page's diagram, in a few steps. */
async function hoverDiagram(page: Page): Promise<void> {
  const box = (await page.getByTestId('board-figure').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
}

/** The scale the board's stage is drawn at now (1 when not zoomed), read from its computed transform. */
async function zoomOf(page: Page): Promise<number> {
  return page.getByTestId('board-figure').evaluate((el) => {
    const transform = getComputedStyle(el).transform;
    return transform === 'none' ? 1 : Math.round(new DOMMatrix(transform).a * 100) / 100;
  });
}

/** Whether the (only) note pin is drawn inside the named region, as the page shows them now. */
async function pinInside(page: Page, region: string): Promise<boolean> {
  const pin = (await page.getByTestId('board-pin').boundingBox())!;
  const area = (await page.getByTestId('board-figure').getByRole('button', { name: region, exact: true }).boundingBox())!;
  const x = pin.x + pin.width / 2;
  const y = pin.y + pin.height / 2;
  return x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height;
}

test('host (English) and player (Portuguese) share a board live: presence, cursors, notes, spotlight', async ({ browser, request }) => {
  const created = await (await request.post('/api/sessions', { data: { quizId: 'containers-vs-vms', locale: 'en' } })).json();
  const code: string = created.code;

  const host = await (await newContext(browser, 'en-US')).newPage();
  await openAsHost(host, created, `/en/board/${code}/house-apartment`);
  await expect(host.getByRole('heading', { level: 1 })).toContainText('Together');

  const player = await (await newContext(browser, 'pt-BR')).newPage();
  await joinByLink(player, code, 'Bia', { nickname: 'Apelido', submit: 'Entrar' });
  await player.goto(`/pt/board/${code}/house-apartment`);
  await expect(player.getByRole('heading', { level: 1 })).toContainText('Juntos');

  // Who is here: each sees the other.
  await expect(host.getByTestId('who-is-here')).toContainText('Bia');
  await expect(player.getByTestId('who-is-here')).toContainText('Facilitator');
  await expect(player.getByTestId('who-is-here')).toContainText('Bia (você)');

  // Live cursors, with names.
  await hoverDiagram(host);
  await expect(player.locator('[data-testid="board-cursor"][data-name="Facilitator"]')).toBeVisible();
  await hoverDiagram(player);
  await expect(host.locator('[data-testid="board-cursor"][data-name="Bia"]')).toBeVisible();

  // The player adds a note with the keyboard-friendly form; the host sees it live.
  await player.getByLabel('Região').selectOption({ label: 'Porta trancada' });
  await player.getByLabel('Sua nota').fill('Is the <b>door</b> the network namespace?');
  await player.getByRole('button', { name: 'Enviar a nota' }).click();
  const hostNote = host.getByTestId('board-note').filter({ hasText: 'Is the <b>door</b> the network namespace?' });
  await expect(hostNote).toBeVisible();
  await expect(hostNote).toContainText('Bia on Locked door');
  await expect(host.getByTestId('board-pin')).toHaveCount(1);
  await expect(player.getByTestId('board-note')).toContainText('Bia (você) em Porta trancada');

  // The host spotlights a region; the player's view highlights it.
  await host.getByRole('button', { name: 'Building (Docker host)', exact: true }).focus();
  await host.keyboard.press('Enter');
  await host.getByRole('button', { name: 'Spotlight the selected region' }).click();
  await expect(player.getByTestId('spotlight')).toHaveText('Destaque: Prédio (host Docker)');
  await expect(player.locator('figure[data-diagram="house-apartment"] figcaption')).toContainText('Em destaque: Prédio (host Docker)');

  // Spotlighting a small region zooms every screen in on it and dims the rest; the note
  // pinned on it stays on it; removing the spotlight restores the whole diagram.
  await host.getByRole('button', { name: 'Locked door', exact: true }).focus();
  await host.keyboard.press('Enter');
  await host.getByRole('button', { name: 'Spotlight the selected region' }).click();
  await expect(player.getByTestId('spotlight')).toHaveText('Destaque: Porta trancada');
  await expect.poll(() => zoomOf(player), { message: 'the player sees the diagram zoomed in' }).toBeGreaterThan(1.5);
  await expect(player.getByTestId('spotlight-dim')).toBeVisible();
  await expect.poll(() => pinInside(player, 'Porta trancada'), { message: "the note's pin stays on its region while zoomed" }).toBe(true);
  await expect.poll(() => zoomOf(host), { message: 'the host sees it zoomed too' }).toBeGreaterThan(1.5);
  await expectNoAxeViolations(player, 'the player board zoomed on a spotlight (pt)');
  // Smooth for most, instant for someone who asked for less motion.
  expect(await player.getByTestId('board-figure').evaluate((el) => getComputedStyle(el).transitionProperty)).toContain('transform');
  await player.emulateMedia({ reducedMotion: 'reduce' });
  expect(await player.getByTestId('board-figure').evaluate((el) => getComputedStyle(el).transitionProperty)).toBe('none');
  await player.emulateMedia({ reducedMotion: null });
  await player.getByRole('button', { name: 'Mostrar o diagrama inteiro' }).click();
  await expect.poll(() => zoomOf(player)).toBe(1);
  await player.getByRole('button', { name: 'Mostrar o diagrama inteiro' }).click();
  await expect.poll(() => zoomOf(player)).toBeGreaterThan(1.5);
  await host.getByRole('button', { name: 'Remove the spotlight' }).click();
  await expect(player.getByTestId('spotlight')).toHaveCount(0);
  await expect.poll(() => zoomOf(player), { message: 'clearing the spotlight restores the normal view' }).toBe(1);
  await expect(player.getByTestId('spotlight-dim')).toHaveCount(0);

  // Follow me: the player's selected region follows the host's. The host still has the locked
  // door selected from the spotlight above, so following starts there; then the host picks
  // another region, and finally clears the choice (Enter on a selected region toggles it off).
  const playerCaption = player.locator('figure[data-diagram="house-apartment"] figcaption');
  await host.getByRole('button', { name: 'Follow me' }).click();
  await expect(player.getByText('Seguindo a visão do facilitador')).toBeVisible();
  await expect(playerCaption).toContainText('Escolhido: Porta trancada');
  await host.getByRole('button', { name: 'Building (Docker host)', exact: true }).focus();
  await host.keyboard.press('Enter');
  await expect(playerCaption).toContainText('Escolhido: Prédio (host Docker)');
  await host.keyboard.press('Enter');
  await expect(playerCaption).not.toContainText('Escolhido:');

  await expectNoAxeViolations(host, 'the host board (en)');
  await expectNoAxeViolations(player, 'the player board (pt)');
});
