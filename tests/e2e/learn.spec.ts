import { expect, test } from '@playwright/test';
import { QUESTION_BANK } from '../../lib/content/bank';
import { MISCONCEPTIONS } from '../../lib/content/misconceptions';
import { diagnose } from '../../lib/quiz/check';
import { correctAnswer } from '../../lib/quiz/display';
import { answerByKeyboard, heading, messages, next, onePerType, say, tabTo, wrongAnswer, type Words } from './learn-support';
import { expectNoAxeViolations, newContext } from './support';

/*
 * Self-paced learning, end to end, with the keyboard alone (Tab, Shift+Tab, Enter, Space,
 * arrow keys, typing): a round made of one bank question of every type, answered right and
 * then wrong, in English and in Portuguese, with axe on every screen on the way.
 */

for (const locale of ['en', 'pt'] as const) {
  test.describe(`self-paced learning in ${locale}`, () => {
    const words: Words = { learn: messages(locale, 'Learn'), answer: messages(locale, 'Answer'), quiz: messages(locale, 'Quiz') };

    test(`the lessons page and a topic page read well and pass axe (${locale})`, async ({ browser }) => {
      const context = await newContext(browser, locale === 'pt' ? 'pt-BR' : 'en-US');
      const page = await context.newPage();
      await page.goto(`/${locale}/learn`);
      await expect(heading(page)).toHaveText(say(words.learn, 'title'));
      for (const topic of ['virtual-machines', 'analogy']) await expect(page.getByRole('heading', { name: say(words.learn, `topics.${topic}.name`) })).toBeVisible();
      // No weak topics yet on a fresh device: the button is there, but off.
      await expect(page.getByRole('button', { name: say(words.learn, 'practiseWeak') })).toBeDisabled();
      await expectNoAxeViolations(page, `/${locale}/learn`);

      // Keyboard: from the topic list to a topic page.
      await tabTo(page, page.getByRole('link', { name: say(words.learn, 'readTopic', { topic: say(words.learn, 'topics.containers.name') }) }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/learn/containers$`));
      await expect(heading(page)).toHaveText(say(words.learn, 'topics.containers.name'));
      await expect(page.locator('article').first()).toBeVisible();
      await expect(page.locator('article').first()).toContainText(say(words.learn, 'source', { source: '' }).trim());
      await expect(page.getByRole('link', { name: say(words.learn, 'quizTopic') })).toBeVisible();
      await expectNoAxeViolations(page, `/${locale}/learn/containers`);
      await context.close();
    });

    test(`a round of every question type, by keyboard: right, reload, summary; then wrong, misconceptions, weak topics (${locale})`, async ({ browser }) => {
      test.setTimeout(300_000);
      const questions = onePerType();
      const ids = questions.map((q) => q.id).join(',');
      const context = await newContext(browser, locale === 'pt' ? 'pt-BR' : 'en-US');
      const page = await context.newPage();
      const main = page.locator('main');
      const total = questions.length;
      const progress = (current: number) => say(words.quiz, 'progress', { current, total });

      await page.goto(`/${locale}/learn/quiz?questions=${ids}`);
      for (const [i, q] of questions.entries()) {
        await expect(heading(page)).toHaveText(q.prompt[locale]);
        await expect(main.getByText(progress(i + 1), { exact: true })).toBeVisible();
        await expectNoAxeViolations(page, `${q.type} question (${locale})`);
        await answerByKeyboard(page, q, correctAnswer(q) ?? wrongAnswer(q), locale, words);

        await expect(heading(page)).toContainText(say(words.learn, q.type === 'poll' ? 'feedback.poll' : 'feedback.right'));
        await expect(heading(page)).toBeFocused();
        await expect(main.getByText(q.explanation[locale], { exact: true })).toBeVisible();
        await expect(main.getByText(say(words.learn, 'source', { source: '' }).trim(), { exact: false }).first()).toBeVisible();
        await expectNoAxeViolations(page, `${q.type} feedback (${locale})`);

        if (i === 2) {
          // A reload mid-round lands on the same step: this feedback, then the next question.
          await page.reload();
          await expect(heading(page)).toContainText(say(words.learn, 'feedback.right'));
          await expect(main.getByText(progress(i + 1), { exact: true })).toBeVisible();
        }
        await next(page, words, i === total - 1);
        if (i === 4) {
          await page.reload();
          await expect(heading(page)).toHaveText(questions[5]!.prompt[locale]);
          await expect(main.getByText(progress(6), { exact: true })).toBeVisible();
        }
      }

      await expect(heading(page)).toHaveText(say(words.learn, 'summary.title'));
      const scored = questions.filter((q) => q.type !== 'poll').length;
      await expect(main.getByText(say(words.learn, 'summary.total', { percent: 100, correct: scored, count: scored }))).toBeVisible();
      await expect(main.getByRole('list', { name: say(words.learn, 'summary.byTopic') })).toBeVisible();
      await expect(main.getByRole('button', { name: say(words.learn, 'practiseWeak') })).toBeDisabled();
      await expectNoAxeViolations(page, `summary, all right (${locale})`);
      await page.reload();
      await expect(heading(page)).toHaveText(say(words.learn, 'summary.title'));

      // A second run, every answer wrong: the feedback names the misconception and corrects it.
      await page.goto(`/${locale}/learn/quiz?questions=${ids}&new=1`);
      const corrections = new Set<string>();
      for (const [i, q] of questions.entries()) {
        await expect(heading(page)).toHaveText(q.prompt[locale]);
        const answer = wrongAnswer(q);
        await answerByKeyboard(page, q, answer, locale, words);
        const verdicts = ['feedback.wrong', 'feedback.partly', 'feedback.poll'].map((key) => say(words.learn, key));
        await expect(heading(page)).toContainText(new RegExp(verdicts.map((v) => v.replace(/[.*+?^${}()|[\]\\!]/g, '\\$&')).join('|')));
        for (const id of diagnose(q, answer)) {
          const misconception = MISCONCEPTIONS.find((m) => m.id === id);
          if (!misconception) continue;
          await expect(main.getByText(misconception.correction[locale]).first()).toBeVisible();
          corrections.add(misconception.correction[locale]);
        }
        if (i === 0) await expectNoAxeViolations(page, `wrong-answer feedback (${locale})`);
        await next(page, words, i === total - 1);
      }
      expect(corrections.size, 'some wrong answer revealed a catalogued misconception').toBeGreaterThan(0);

      await expect(heading(page)).toHaveText(say(words.learn, 'summary.title'));
      await expect(main.getByRole('heading', { name: say(words.learn, 'summary.review') })).toBeVisible();
      for (const correction of corrections) await expect(main.getByText(correction).first()).toBeVisible();
      await expectNoAxeViolations(page, `summary with misses (${locale})`);

      // Practise the weak topics: a new round of their questions.
      const practise = main.getByRole('button', { name: say(words.learn, 'practiseWeak') });
      await expect(practise).toBeEnabled();
      await tabTo(page, practise);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/topic=weak/);
      const weakProgress = main.getByText(new RegExp(`^${say(words.quiz, 'progress', { current: 1, total: '(\\d+)' })}$`));
      await expect(weakProgress).toBeVisible();
      const weakTotal = Number(/(\d+)\D*$/.exec((await weakProgress.textContent())!)![1]);
      expect(weakTotal).toBeGreaterThan(0);
      expect(weakTotal).toBeLessThanOrEqual(10);
      const weakTopics = new Set(questions.filter((q) => q.type !== 'poll').map((q) => q.topic));
      const prompt = await heading(page).textContent();
      const asked = QUESTION_BANK.find((q) => q.prompt[locale] === prompt);
      expect(asked, 'the weak round asks a bank question').toBeDefined();
      expect(weakTopics.has(asked!.topic), 'of a weak topic').toBe(true);
      expect(asked!.type).not.toBe('poll');
      await expectNoAxeViolations(page, `weak-topics round (${locale})`);
      // A reload keeps the weak round (the address no longer says "new").
      await page.reload();
      await expect(heading(page)).toHaveText(prompt!);

      // The lessons page now offers the weak topics and the unfinished round.
      await page.goto(`/${locale}/learn`);
      await expect(page.getByRole('link', { name: say(words.learn, 'practiseWeak') })).toBeVisible();
      await expect(page.getByRole('link', { name: say(words.learn, 'continueRound', { current: 1, total: weakTotal }) })).toBeVisible();
      await expectNoAxeViolations(page, `/${locale}/learn with progress`);
      await context.close();
    });
  });
}

test('switching language mid-round keeps the step and shows the feedback in the new language', async ({ browser }) => {
  const context = await newContext(browser, 'en-US');
  const page = await context.newPage();
  const q = QUESTION_BANK.find((x) => x.type === 'truefalse' && x.misconception && MISCONCEPTIONS.some((m) => m.id === x.misconception));
  const other = QUESTION_BANK.find((x) => x.type === 'single');
  expect(q && other, 'the bank has a true/false question with a misconception, and a single-choice one').toBeTruthy();
  const en: Words = { learn: messages('en', 'Learn'), answer: messages('en', 'Answer'), quiz: messages('en', 'Quiz') };
  const pt = messages('pt', 'Learn');
  await page.goto(`/en/learn/quiz?questions=${q!.id},${other!.id}&new=1`);
  await expect(heading(page)).toHaveText(q!.prompt.en);
  await answerByKeyboard(page, q!, wrongAnswer(q!), 'en', en);
  await expect(heading(page)).toContainText(say(en.learn, 'feedback.wrong'));
  // The language links keep the round's address, without restarting it.
  await tabTo(page, page.getByRole('link', { name: 'Português' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pt\/learn\/quiz\?questions=/);
  await expect(page).not.toHaveURL(/new=/);
  await expect(heading(page)).toContainText(say(pt, 'feedback.wrong'));
  await expect(page.locator('main').getByText(q!.explanation.pt, { exact: true })).toBeVisible();
  const misconception = MISCONCEPTIONS.find((m) => m.id === q!.misconception)!;
  await expect(page.locator('main').getByText(misconception.correction.pt)).toBeVisible();
  await context.close();
});

test('the practice pages keep enough contrast in the dark theme (axe)', async ({ browser }) => {
  const context = await newContext(browser, 'pt-BR', true, 'dark');
  const page = await context.newPage();
  const q = QUESTION_BANK.find((x) => x.type === 'single');
  expect(q, 'the bank has a single-choice question').toBeDefined();
  for (const address of ['/pt/learn', '/pt/learn/analogy', `/pt/learn/quiz?questions=${q!.id}`]) {
    await page.goto(address);
    await expect(heading(page)).toBeVisible();
    await expectNoAxeViolations(page, `${address} (dark)`);
  }
  await context.close();
});

test('no page of the practice quiz holds an explanation or an answer key', async ({ request }) => {
  const ids = QUESTION_BANK.map((q) => q.id);
  for (const locale of ['en', 'pt'] as const) {
    for (const address of [`/${locale}/learn/quiz`, `/${locale}/learn/quiz?topic=weak`, `/${locale}/learn/quiz?questions=${ids.slice(0, 20).join(',')}`]) {
      const html = await (await request.get(address)).text();
      for (const q of QUESTION_BANK) expect(html.includes(q.explanation[locale]), `${address} holds the explanation of ${q.id}`).toBe(false);
      expect(html).not.toMatch(/correctOptionIds?|correctRegionIds|labelId|\\?"accepted\\?":|\\?"bin\\?":\\?"/);
    }
  }
});
