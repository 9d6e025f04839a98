import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, joinByLink, newContext, openSession } from './support';

/*
 * Text that people type reaches other screens only as text: a nickname and a board note
 * holding HTML and script show literally on the host console, the phone and the board, and
 * run nothing. Also the join page's guards: the two-step join's symbol picker, the host's
 * blocked words and the friendly-name generator.
 */

// 22 characters: fits the 24-character nickname limit and would run if parsed as HTML.
const NICK = '<svg onload=__pwned=1>';
const NOTE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> <b>bold?</b>';
const PT_SYMBOL: Record<string, string> = { circle: 'Círculo', square: 'Quadrado', triangle: 'Triângulo', star: 'Estrela', heart: 'Coração', moon: 'Lua' };

/** Nothing typed by a user ran on this page, and no element it described was created. */
async function expectNothingRan(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `window.__pwned on ${where}`).toBeUndefined();
  await expect(page.locator('svg[onload], img[onerror], img[src="x"]'), `injected elements on ${where}`).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('__pwned')).length), `injected scripts on ${where}`).toBe(0);
}

test('a nickname and a note holding HTML and script show as text on the console, the phone and the board, and run nothing; the two-step join asks for the projector pattern', async ({ browser }) => {
  const hostContext = await newContext(browser, 'en-US');
  const host = await hostContext.newPage();
  const code = await openSession(host);

  // The host turns on the two-step join: the pattern shows on the projector, not in the link.
  await host.getByRole('button', { name: 'Turn on the two-step join' }).click();
  const shown = host.getByTestId('join-pattern');
  await expect(shown.locator('svg[data-symbol]')).toHaveCount(3);
  const pattern = await shown.locator('svg[data-symbol]').evaluateAll((icons) => icons.map((i) => i.getAttribute('data-symbol')!));
  await expect(host.getByRole('list', { name: /^Pattern to join: / })).toBeVisible();
  // The link (and so its QR code) holds the code only.
  await expect(host.getByText(/^Join at /)).toHaveText(new RegExp(`^Join at https?://[^ ]+/join\\?code=${code}$`));
  await expectNoAxeViolations(host, 'host lobby with the two-step join on');

  // The phone (Portuguese) joins with the hostile nickname: the server asks for the pattern.
  const phone = await (await newContext(browser, 'pt-BR', true)).newPage();
  await phone.goto(`/join?code=${code}`);
  await phone.getByLabel('Apelido').fill(NICK);
  await phone.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(phone.locator('main').getByRole('alert')).toHaveText('Este jogo pede o padrão que aparece no projetor. Toque nele abaixo e entre.');
  const picker = phone.getByRole('group', { name: 'Padrão do projetor' });
  await expect(picker).toBeVisible();
  // The keyboard lands on the first symbol.
  await expect(picker.getByRole('button', { name: 'Círculo' })).toBeFocused();
  await expect(phone.getByRole('button', { name: 'Entrar', exact: true })).toBeDisabled();
  await expectNoAxeViolations(phone, 'join page with the symbol picker (pt)');

  // A wrong pattern is refused and cleared.
  const wrong = pattern.map((s) => (s === 'moon' ? 'heart' : 'moon'));
  for (const s of wrong) await picker.getByRole('button', { name: PT_SYMBOL[s]!, exact: true }).click();
  await expect(phone.getByTestId('pattern-chosen')).toHaveText(`Seu padrão: ${wrong.map((s) => PT_SYMBOL[s]).join(', ')}`);
  await phone.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(phone.locator('main').getByRole('alert')).toHaveText('Esse não é o padrão do projetor. Olhe de novo e tente mais uma vez.');
  await expect(phone.getByTestId('pattern-chosen')).toHaveText('Seu padrão: nenhum símbolo ainda');

  // The right one, with the keyboard only (a wrong tap undone on the way).
  await picker.getByRole('button', { name: PT_SYMBOL[wrong[0]!]!, exact: true }).focus();
  await phone.keyboard.press('Enter');
  await picker.getByRole('button', { name: 'Apagar o último símbolo' }).focus();
  await phone.keyboard.press('Enter');
  for (const s of pattern) {
    await picker.getByRole('button', { name: PT_SYMBOL[s]!, exact: true }).focus();
    await phone.keyboard.press('Space');
  }
  await expect(phone.getByTestId('pattern-chosen')).toHaveText(`Seu padrão: ${pattern.map((s) => PT_SYMBOL[s]).join(', ')}`);
  await phone.getByRole('button', { name: 'Entrar', exact: true }).click();
  await phone.waitForURL(new RegExp(`/play/${code}$`));

  // The nickname is text everywhere it shows.
  await expect(phone.getByText(`Jogando como ${NICK}`, { exact: false })).toBeVisible();
  await expect(host.getByText(NICK, { exact: true }).first()).toBeVisible();
  await expect(host.getByRole('button', { name: `Remove ${NICK}` })).toBeVisible();
  await expectNothingRan(phone, 'the phone');
  await expectNothingRan(host, 'the host console');
  await expectNoAxeViolations(phone, 'player lobby with a hostile nickname (pt)');
  await expectNoAxeViolations(host, 'host lobby with a hostile nickname');

  // The phone writes a hostile note on the board; the host's board shows it as text.
  await phone.goto(`/pt/board/${code}/house-apartment`);
  await expect(phone.getByRole('heading', { level: 1 })).toContainText('Juntos');
  await phone.getByLabel('Região').selectOption({ label: 'Porta trancada' });
  await phone.getByLabel('Sua nota').fill(NOTE);
  await phone.getByRole('button', { name: 'Enviar a nota' }).click();
  const board = await hostContext.newPage();
  await board.goto(`/en/board/${code}/house-apartment`);
  const hostNote = board.getByTestId('board-note').filter({ hasText: NOTE });
  await expect(hostNote).toBeVisible();
  await expect(hostNote).toContainText(`${NICK} on Locked door`);
  await expect(board.getByTestId('who-is-here')).toContainText(NICK);
  await expect(phone.getByTestId('board-note').filter({ hasText: NOTE })).toContainText(`${NICK} (você) em Porta trancada`);
  await expect(board.locator('[data-testid="board-note"] b')).toHaveCount(0);
  await expectNothingRan(board, 'the host board');
  await expectNothingRan(phone, 'the player board');
  await expectNothingRan(host, 'the host console, after the note');
  await expectNoAxeViolations(board, 'host board with a hostile note');
  await expectNoAxeViolations(phone, 'player board with a hostile note (pt)');
});

test('the host blocks a word: a nickname with it is refused on the join page, and "Pick a name for me" offers a friendly one', async ({ browser }) => {
  const host = await (await newContext(browser, 'en-US')).newPage();
  const code = await openSession(host);
  await host.getByLabel('Words to block').fill('Banana, kiwi');
  await host.getByRole('button', { name: 'Block', exact: true }).click();
  await expect(host.getByRole('list', { name: 'Blocked words' }).getByRole('listitem')).toHaveText(['banana✕', 'kiwi✕']);
  await expect(host.getByLabel('Words to block')).toHaveValue('');
  await expectNoAxeViolations(host, 'host console with blocked words');

  const phone = await (await newContext(browser, 'en-US', true)).newPage();
  await phone.goto(`/join?code=${code}`);
  await phone.getByLabel('Nickname').fill('Bánana Split');
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.locator('main').getByRole('alert')).toHaveText('That nickname is not allowed in this game. Pick another.');
  await phone.getByLabel('Nickname').fill('idiot');
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.locator('main').getByRole('alert')).toHaveText('That nickname is not allowed in this game. Pick another.');

  await phone.getByRole('button', { name: 'Pick a name for me' }).click();
  const picked = await phone.getByLabel('Nickname').inputValue();
  expect(picked).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await phone.waitForURL(new RegExp(`/play/${code}$`));
  await expect(host.getByText(picked, { exact: true }).first()).toBeVisible();

  // Allowed again, the word passes.
  await host.getByRole('button', { name: 'Allow “banana” again' }).click();
  await expect(host.getByRole('list', { name: 'Blocked words' }).getByRole('listitem')).toHaveText(['kiwi✕']);
  const other = await (await newContext(browser, 'en-US', true)).newPage();
  await joinByLink(other, code, 'Banana Bob', { nickname: 'Nickname', submit: 'Join' });

  // A Portuguese phone gets a Portuguese name.
  const pt = await (await newContext(browser, 'pt-BR', true)).newPage();
  await pt.goto(`/join?code=${code}`);
  await pt.getByRole('button', { name: 'Escolha um nome para mim' }).click();
  expect(await pt.getByLabel('Apelido').inputValue()).toMatch(/^(Lontra|Coruja|Capivara|Raposa|Golfinho|Pinguim|Tucano|Tatu|Arara|Jabuti|Lhama|Esquilo|Tartaruga|Panda|Sabiá|Onça) /);
  await expectNoAxeViolations(pt, 'join page (pt)');
});
