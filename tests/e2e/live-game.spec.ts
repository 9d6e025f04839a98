import { expect, test, type Page } from '@playwright/test';
import { containersVsVmsQuiz as quiz } from '../../lib/content/quizzes/containers-vs-vms';
import type { Locale, Question } from '../../lib/quiz/types';
import { expectNoAxeViolations, expectNoSecretReadable, joinByLink, newContext, openSession } from './support';
import { startWebSocketRefusingProxy } from './websocket-refusing-proxy';

const WORDS = {
  en: { submit: 'Send answer', true: 'True', false: 'False', moveUp: (item: string) => `Move ${item} up` },
  pt: { submit: 'Enviar resposta', true: 'Verdadeiro', false: 'Falso', moveUp: (item: string) => `Subir ${item}` },
} as const;

/** Answers the question on screen, right or wrong on purpose, the way a person would. */
async function answer(page: Page, question: Question, locale: Locale, right: boolean): Promise<void> {
  const words = WORDS[locale];
  const main = page.locator('main');
  switch (question.type) {
    case 'single': {
      const option = question.options.find((o) => (o.id === question.correctOptionId) === right)!;
      await main.getByRole('button', { name: option.text[locale] }).click();
      break;
    }
    case 'truefalse':
      await main.getByRole('button', { name: question.correct === right ? words.true : words.false, exact: true }).click();
      break;
    case 'multiple': {
      const picks = right ? question.options.filter((o) => question.correctOptionIds.includes(o.id)) : [question.options.find((o) => !question.correctOptionIds.includes(o.id))!];
      for (const o of picks) await main.getByRole('checkbox', { name: o.text[locale] }).check();
      await main.getByRole('button', { name: words.submit }).click();
      break;
    }
    case 'ordering': {
      // Right: the authored order. Wrong: every item one place off (no partial credit).
      const target = right ? question.options : [...question.options.slice(1), question.options[0]!];
      // Bring each item to its place from the top down, with the "move up" buttons only.
      for (let place = 0; place < target.length; place++) {
        const text = target[place]!.text[locale];
        for (;;) {
          const items = await main.locator('ol > li').allTextContents();
          const at = items.findIndex((t) => t.includes(text));
          if (at <= place) break;
          await main.getByRole('button', { name: words.moveUp(text) }).click();
        }
      }
      await main.getByRole('button', { name: words.submit }).click();
      break;
    }
  }
}

test('a host and two players, one in Portuguese, play a whole game and the report tells what happened', async ({ browser }) => {
  // A whole game with three browsers: ~60 s on a quick machine, 90 s and more on a slow one
  // (each click 0.4-1 s). A budget, not a timing assertion: every step keeps its own wait.
  test.setTimeout(240_000);
  const hostContext = await newContext(browser, 'en-US');
  const adaContext = await newContext(browser, 'en-US', true);
  const biaContext = await newContext(browser, 'pt-BR', true);
  const host = await hostContext.newPage();
  const ada = await adaContext.newPage();
  const bia = await biaContext.newPage();

  const code = await openSession(host);
  await expect(host.getByText(/Join at http:\/\/.+\/join\?code=/).first()).toBeVisible();
  await expect(host.getByRole('img', { name: new RegExp(`QR code.*${code}`) })).toBeVisible();
  await expectNoAxeViolations(host, 'host lobby');
  await expectNoSecretReadable(host, 'host', code);

  await joinByLink(ada, code, 'Ada', { nickname: 'Nickname', submit: 'Join' });
  await expect(ada.getByRole('heading', { name: "You're in!" })).toBeVisible();
  await expectNoSecretReadable(ada, 'player', code);
  // The QR link carries no language: Bia's browser prefers Portuguese, so she lands in it.
  await joinByLink(bia, code, 'Bia', { nickname: 'Apelido', submit: 'Entrar' });
  expect(bia.url()).toContain('/pt/play/');
  await expect(bia.getByRole('heading', { name: 'Você está dentro!' })).toBeVisible();
  await expect(bia.locator('html')).toHaveAttribute('lang', /^pt/);
  await expectNoAxeViolations(bia, 'player lobby (pt)');

  const lobby = host.getByRole('list', { name: 'Players' }).first();
  await expect(lobby.getByText('Ada')).toBeVisible();
  await expect(lobby.getByText('Bia')).toBeVisible();
  await host.getByRole('button', { name: 'Start the quiz' }).click();

  for (const [index, question] of quiz.questions.entries()) {
    await expect(host.getByRole('heading', { level: 1, name: question.prompt.en })).toBeVisible();
    await expect(ada.getByRole('heading', { level: 1, name: question.prompt.en })).toBeVisible();
    await expect(bia.getByRole('heading', { level: 1, name: question.prompt.pt })).toBeVisible();
    await expect(host.getByTestId('answered-count')).toHaveText('0 of 2 answered');
    if (index === 0) {
      await expectNoAxeViolations(host, 'host question');
      await expectNoAxeViolations(bia, 'player question (pt)');
    }

    await answer(ada, question, 'en', true);
    await expect(ada.getByText('Answer sent. Waiting for the others…')).toBeVisible();
    await expect(host.getByTestId('answered-count')).toHaveText('1 of 2 answered');

    if (index === 2) {
      // A phone that reloads mid-question comes back to the same question with its score.
      const before = await bia.getByText(/Pontos: \d+/).textContent();
      await bia.reload();
      await expect(bia.getByRole('heading', { level: 1, name: question.prompt.pt })).toBeVisible();
      await expect(bia.getByText(before!)).toBeVisible();
    }
    await answer(bia, question, 'pt', false);

    // Everyone answered: the reveal comes at once, each in their own language.
    await expect(host.getByRole('heading', { name: 'Correct answer' })).toBeVisible();
    await expect(host.getByText(question.explanation.en)).toBeVisible();
    await expect(ada.getByRole('heading', { level: 1, name: /Correct!/ })).toBeVisible();
    await expect(ada.getByText(question.explanation.en)).toBeVisible();
    await expect(bia.getByRole('heading', { level: 1, name: /Não foi dessa vez/ })).toBeVisible();
    await expect(bia.getByText(question.explanation.pt)).toBeVisible();
    await expect(bia.getByText('+0 pontos')).toBeVisible();
    if (index === 0) {
      await expectNoAxeViolations(host, 'host reveal');
      await expectNoAxeViolations(ada, 'player reveal (en)');
    }

    await host.getByRole('button', { name: 'Show the leaderboard' }).click();
    await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
    await expect(ada.getByText(`You are #1 of 2`)).toBeVisible();
    await expect(bia.getByText('Você está em 2º de 2')).toBeVisible();
    if (index === 0) {
      await expectNoAxeViolations(host, 'host leaderboard');
      await expectNoAxeViolations(bia, 'player leaderboard (pt)');
    }
    const last = index === quiz.questions.length - 1;
    await host.getByRole('button', { name: last ? 'Show the podium' : 'Next question' }).click();
  }

  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  await expect(ada.getByText(/You finished #1 of 2 with \d+ points/)).toBeVisible();
  await expect(bia.getByText('Você terminou em 2º de 2, com 0 pontos')).toBeVisible();
  await expectNoAxeViolations(host, 'host podium');
  await expectNoAxeViolations(bia, 'player podium (pt)');

  // The report: every question played, Ada right on all, Bia on none; CSV downloads.
  await host.getByRole('link', { name: 'Open the report' }).click();
  await expect(host.getByRole('heading', { name: `Report: ${quiz.title.en}` })).toBeVisible();
  await expect(host.getByText('50% correct')).toHaveCount(quiz.questions.length);
  const adaRow = host.getByRole('row', { name: /Ada/ });
  await expect(adaRow).toContainText(`${quiz.questions.length}/${quiz.questions.length}`);
  await expect(host.getByRole('row', { name: /Bia/ })).toContainText(`0/${quiz.questions.length}`);
  await expectNoAxeViolations(host, 'report');
  const download = host.waitForEvent('download');
  await host.getByRole('button', { name: 'Download players (CSV)' }).click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text).toContain('Rank,Nickname,Language,Score');
  expect(text).toMatch(/\r\n1,Ada,en,\d+,12,12,/);
  expect(text).toMatch(/\r\n2,Bia,pt,0,12,0,/);

  await Promise.all([hostContext.close(), adaContext.close(), biaContext.close()]);
});

test('a player with the game open in two tabs sees each question in both, and an answer sent from one shows in the other', async ({ browser }) => {
  const hostContext = await newContext(browser, 'en-US');
  const adaContext = await newContext(browser, 'en-US', true);
  const bruContext = await newContext(browser, 'en-US', true);
  const host = await hostContext.newPage();
  const ada = await adaContext.newPage();
  const bru = await bruContext.newPage();
  const code = await openSession(host);
  await joinByLink(ada, code, 'Ada', { nickname: 'Nickname', submit: 'Join' });
  await expect(ada.getByRole('heading', { name: "You're in!" })).toBeVisible();
  // Bru keeps each question open after Ada has answered.
  await joinByLink(bru, code, 'Bru', { nickname: 'Nickname', submit: 'Join' });
  await expect(bru.getByRole('heading', { name: "You're in!" })).toBeVisible();
  // The same phone opens the game again in another tab: the seat comes from its cookie.
  const second = await adaContext.newPage();
  await second.goto(`/en/play/${code}`);
  await expect(second.getByRole('heading', { name: "You're in!" })).toBeVisible();

  await host.getByRole('button', { name: 'Start the quiz' }).click();
  const [first, next] = quiz.questions;
  // A question's start reaches every screen of the player (one round per language, merged).
  for (const page of [ada, second]) await expect(page.getByRole('heading', { level: 1, name: first!.prompt.en })).toBeVisible();
  await answer(ada, first!, 'en', true);
  await expect(ada.getByText('Answer sent. Waiting for the others…')).toBeVisible();
  // The tab that did not send it learns it from the server, not from an acknowledgement.
  await expect(second.getByText('Answer sent. Waiting for the others…')).toBeVisible();
  await expect(host.getByTestId('answered-count')).toHaveText('1 of 2 answered');
  await answer(bru, first!, 'en', false);
  await expect(host.getByRole('heading', { name: 'Correct answer' })).toBeVisible();
  for (const page of [ada, second]) await expect(page.getByRole('heading', { level: 1, name: /Correct!/ })).toBeVisible();

  await host.getByRole('button', { name: 'Show the leaderboard' }).click();
  await host.getByRole('button', { name: 'Next question' }).click();
  for (const page of [ada, second]) {
    await expect(page.getByRole('heading', { level: 1, name: next!.prompt.en })).toBeVisible();
    // The new question starts unanswered, with the score the last one gave.
    await expect(page.getByText('Answer sent. Waiting for the others…')).toHaveCount(0);
    await expect(page.getByText(/Score: [1-9]\d*/)).toBeVisible();
  }
  await Promise.all([hostContext.close(), adaContext.close(), bruContext.close()]);
});

test("a returning phone shows the question in the page's first HTML, before any script runs, and answers once connected", async ({ browser }) => {
  const hostContext = await newContext(browser, 'en-US');
  const adaContext = await newContext(browser, 'en-US', true);
  const host = await hostContext.newPage();
  const ada = await adaContext.newPage();
  const code = await openSession(host);
  await joinByLink(ada, code, 'Ada', { nickname: 'Nickname', submit: 'Join' });
  await expect(ada.getByRole('heading', { name: "You're in!" })).toBeVisible();
  await host.getByRole('button', { name: 'Start the quiz' }).click();
  const first = quiz.questions[0]!;
  await expect(ada.getByRole('heading', { level: 1, name: first.prompt.en })).toBeVisible();

  // The same seat (its cookie) in a browser that runs no script: what the HTML alone shows.
  const htmlOnly = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  await htmlOnly.addCookies(await adaContext.cookies());
  const page = await htmlOnly.newPage();
  await page.goto(`/en/play/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: first.prompt.en })).toBeVisible();
  await expect(page.getByText(/^\d+s$/)).toBeVisible();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  // Nothing can be sent before the socket has confirmed the seat, and the page says so.
  await expect(page.getByRole('status').filter({ hasText: 'Connecting… you can answer in a moment.' })).toBeVisible();
  const options = page.locator('main').getByRole('button');
  expect(await options.count()).toBeGreaterThan(0);
  for (const option of await options.all()) await expect(option).toBeDisabled();
  // The same seat opening the Portuguese page (the language switcher) reads it in Portuguese.
  await page.goto(`/pt/play/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: first.prompt.pt })).toBeVisible();
  await expect(page.getByText(/^Pergunta 1 de \d+$/)).toBeVisible();
  await htmlOnly.close();

  // With scripts, a reload mid-question lands on the question and the answer goes through,
  // and the page takes over the server's HTML as is (a hydration mismatch is reported as an
  // error: React then throws the HTML away and draws the screen again).
  const errors: string[] = [];
  ada.on('pageerror', (error) => errors.push(error.message));
  ada.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await ada.reload();
  await expect(ada.getByRole('heading', { level: 1, name: first.prompt.en })).toBeVisible();
  await expect(ada.getByText('Connecting… you can answer in a moment.')).toHaveCount(0);
  await answer(ada, first, 'en', true);
  // The only player has answered: the host's screen reveals, and so does the phone.
  await expect(host.getByRole('heading', { name: 'Correct answer' })).toBeVisible();
  await expect(ada.getByRole('heading', { level: 1, name: /Correct!/ })).toBeVisible();
  await expectNoAxeViolations(ada, 'the play page after a reload mid-question');
  // The language switcher: the same screen in Portuguese, drawn from the server's page.
  await ada.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Português' }).click();
  await expect(ada.getByRole('heading', { level: 1, name: /Acertou!/ })).toBeVisible();
  await expect(ada.getByRole('heading', { name: 'Resposta certa' })).toBeVisible();
  expect(errors).toEqual([]);
  await Promise.all([hostContext.close(), adaContext.close()]);
});

test('a phone behind a proxy that refuses WebSocket plays over HTTP long-polling', async ({ browser, baseURL }) => {
  const proxy = await startWebSocketRefusingProxy(baseURL!);
  const hostContext = await newContext(browser, 'en-US');
  const phoneContext = await newContext(browser, 'pt-BR', true, 'light', proxy.url);
  const host = await hostContext.newPage();
  const phone = await phoneContext.newPage();
  const polls: string[] = [];
  phone.on('request', (request) => {
    if (request.url().includes('transport=polling')) polls.push(request.method());
  });

  const code = await openSession(host);
  await joinByLink(phone, code, 'Caio', { nickname: 'Apelido', submit: 'Entrar' });
  await expect(phone.getByRole('heading', { name: 'Você está dentro!' })).toBeVisible();
  await expect(host.getByRole('list', { name: 'Players' }).first().getByText('Caio')).toBeVisible();
  await host.getByRole('button', { name: 'Start the quiz' }).click();
  const first = quiz.questions[0]!;
  await expect(phone.getByRole('heading', { level: 1, name: first.prompt.pt })).toBeVisible();
  await answer(phone, first, 'pt', true);
  await expect(host.getByRole('heading', { name: 'Correct answer' })).toBeVisible();
  await expect(phone.getByRole('heading', { level: 1, name: /Acertou/ })).toBeVisible();
  // WebSocket was tried and refused; the game went over polling (reads with GET, sends with POST).
  expect(proxy.refusedUpgrades()).toBeGreaterThan(0);
  expect(polls).toContain('GET');
  expect(polls).toContain('POST');
  await Promise.all([hostContext.close(), phoneContext.close()]);
  await proxy.close();
});
