import { expect, test, type Locator, type Page } from '@playwright/test';
import { containersVsVmsQuiz as quiz } from '../../lib/content/quizzes/containers-vs-vms';
import { expectNoAxeViolations, joinByLink, newContext, openAsHost, openSession } from './support';

/** Where the element lies, against the window: wholly on screen, with nothing to scroll to reach it. */
async function onScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize()!;
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

/** What the room sees at a point of the screen: whether it belongs to the host console. */
async function consoleShowsAt(page: Page, locator: Locator): Promise<boolean> {
  const box = (await locator.boundingBox())!;
  return page.evaluate(([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('[data-projector]')), [box.x + box.width / 2, box.y + box.height / 2]);
}

const fontSize = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('full screen is the projector view: the console alone and larger, the moderation put away, a question with its chart and controls on one 1080p screen, all by keyboard or a clicker', async ({ browser }) => {
  // A laptop mirrored to a 1080p projector (or a 4K one at 200%).
  const hostContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1920, height: 1080 } });
  const host = await hostContext.newPage();
  const code = await openSession(host);
  const ada = await (await newContext(browser, 'en-US', true)).newPage();
  await joinByLink(ada, code, 'Ada', { nickname: 'Nickname', submit: 'Join' });
  await expect(host.getByText('1 player joined')).toBeVisible();

  const siteName = host.getByRole('link', { name: 'Stackhouse home' });
  const blockedWords = host.getByRole('heading', { name: 'Blocked words' });
  await expect(blockedWords).toBeVisible();
  expect(await consoleShowsAt(host, siteName), 'the site header shows beside the console').toBe(false);

  await host.getByRole('button', { name: 'Full screen' }).press('Enter');
  const leave = host.getByRole('button', { name: 'Leave full screen' });
  await expect(leave).toBeFocused();
  expect(await host.evaluate(() => document.fullscreenElement?.hasAttribute('data-projector'))).toBe(true);
  // The room sees the console alone: not the site's header, not the lock, the blocked words or the roster.
  expect(await consoleShowsAt(host, siteName), 'the site header is covered by the console').toBe(true);
  await expect(blockedWords).toBeHidden();
  await expect(host.getByRole('button', { name: 'Lock the room' })).toBeHidden();
  await expect(host.getByRole('button', { name: 'Remove Ada' })).toBeHidden();
  await expect(host.getByTestId('join-code')).toHaveText(code);
  expect(await onScreen(host, host.getByRole('img', { name: `QR code that opens the join page for code ${code}` }))).toBe(true);

  // Started from the keyboard, the keyboard lands on the question's first control.
  await host.getByRole('button', { name: 'Start the quiz' }).press('Enter');
  const first = quiz.questions[0]!;
  if (first.type !== 'single') throw new Error('the quiz is expected to open with a single-choice question');
  const prompt = host.getByRole('heading', { level: 1, name: first.prompt.en });
  await expect(prompt).toBeVisible();
  const revealNow = host.getByRole('button', { name: 'Reveal now' });
  await expect(revealNow).toBeFocused();
  // One screen, nothing to scroll: the question, every option, the live chart and the controls.
  for (const option of first.options) {
    await expect(host.getByRole('listitem').filter({ hasText: option.text.en }).first()).toBeVisible();
  }
  const onOneScreen = [prompt, host.getByTestId('answered-count'), host.getByText('Answers so far'), revealNow, host.getByRole('button', { name: 'End the game' })];
  for (const part of onOneScreen) expect(await onScreen(host, part), `${await part.textContent()} on screen`).toBe(true);
  for (const option of first.options) {
    expect(await onScreen(host, host.getByRole('listitem').filter({ hasText: option.text.en }).first()), `${option.text.en} on screen`).toBe(true);
  }
  const projectedSize = await fontSize(prompt);
  await expectNoAxeViolations(host, 'host question in full screen');

  // A presenter's clicker sends PageDown: the question closes. The reveal: the answer and why
  // on the left, the chart (its right bar marked in words) on the right.
  await expect(host.getByText('Next step: Page Down or →')).toBeVisible();
  await host.keyboard.press('PageDown');
  await expect(host.getByRole('heading', { name: 'Correct answer' })).toBeVisible();
  const showLeaderboard = host.getByRole('button', { name: 'Show the leaderboard' });
  for (const part of [host.getByRole('heading', { name: 'Correct answer' }), host.getByText('How the room answered'), host.getByText('✓ correct'), showLeaderboard]) {
    expect(await onScreen(host, part), `${await part.textContent()} on screen`).toBe(true);
  }
  await expectNoAxeViolations(host, 'host reveal in full screen');

  // Left again: the teacher's panels are back, the keyboard on the button that brings the view back.
  await leave.press('Enter');
  const enter = host.getByRole('button', { name: 'Full screen' });
  await expect(enter).toBeFocused();
  expect(await host.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(blockedWords).toBeVisible();
  await expect(host.getByRole('button', { name: 'Remove Ada' })).toBeVisible();
  // The projector's letters are a good deal larger than the laptop's (48 px here, ~65 on 1080p).
  expect(projectedSize / (await fontSize(prompt))).toBeGreaterThan(1.25);

  // Back on the projector, the clicker's other "next" key moves on to the leaderboard.
  await enter.press('Enter');
  await expect(leave).toBeFocused();
  await host.keyboard.press('ArrowRight');
  await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
});

test("the facilitator's board in full screen: the whole diagram on one screen, who is here and the notes the room may read, never a hidden one", async ({ browser, request }) => {
  const created = (await (await request.post('/api/sessions', { data: { quizId: 'containers-vs-vms', locale: 'en' } })).json()) as { code: string; hostSecret: string };
  const hostContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1920, height: 1080 } });
  const host = await hostContext.newPage();
  await openAsHost(host, created, `/en/board/${created.code}/house-apartment`);
  const ada = await (await newContext(browser, 'en-US', true)).newPage();
  await joinByLink(ada, created.code, 'Ada', { nickname: 'Nickname', submit: 'Join' });
  await ada.goto(`/en/board/${created.code}/house-apartment`);
  for (const [region, text] of [
    ['Shared plumbing', 'Is this the shared kernel?'],
    ['Walls', 'An off-topic remark'],
  ] as const) {
    await ada.getByLabel('Region').selectOption({ label: region });
    await ada.getByLabel('Your note').fill(text);
    await ada.getByRole('button', { name: 'Send the note' }).click();
  }
  const offTopic = host.getByTestId('board-note').filter({ hasText: 'An off-topic remark' });
  await offTopic.getByRole('button', { name: 'Hide' }).click();
  // The facilitator's own screen keeps the hidden note, marked, to bring it back if need be.
  await expect(offTopic.getByText('Hidden from participants')).toBeVisible();

  await host.getByRole('button', { name: 'Full screen' }).press('Enter');
  await expect(host.getByRole('button', { name: 'Leave full screen' })).toBeFocused();
  expect(await host.evaluate(() => document.fullscreenElement?.hasAttribute('data-projector'))).toBe(true);
  await expect(host.getByText('An off-topic remark')).toHaveCount(0);
  await expect(host.getByRole('heading', { name: '1 note' })).toBeVisible();
  await expect(host.getByTestId('board-note').filter({ hasText: 'Is this the shared kernel?' })).toBeVisible();
  await expect(host.getByTestId('who-is-here')).toContainText('Ada');
  await expect(host.getByRole('heading', { name: 'Add a note' })).toBeHidden();
  for (const part of [host.getByTestId('board-viewport'), host.getByRole('button', { name: 'Leave full screen' })]) {
    expect(await onScreen(host, part), `${await part.getAttribute('data-testid') ?? 'the leave button'} on screen`).toBe(true);
  }
  await expectNoAxeViolations(host, 'the board in full screen');

  await host.getByRole('button', { name: 'Leave full screen' }).press('Enter');
  await expect(offTopic).toBeVisible();
  await expect(host.getByRole('heading', { name: 'Add a note' })).toBeVisible();
});
