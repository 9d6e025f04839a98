import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QUESTION_BANK } from '../../lib/content/bank';
import { MISCONCEPTIONS } from '../../lib/content/misconceptions';
import { diagnose } from '../../lib/quiz/check';
import { correctAnswer } from '../../lib/quiz/display';
import { QUESTION_TYPES, SORT_BINS, type Answer, type Locale, type Question } from '../../lib/quiz/types';
import { expectNoAxeViolations, newContext } from './support';

/*
 * Self-paced learning, end to end, with the keyboard alone (Tab, Shift+Tab, Enter, Space,
 * arrow keys, typing): a round made of one bank question of every type, answered right and
 * then wrong, in English and in Portuguese, with axe on every screen on the way.
 */

type Messages = Record<string, unknown>;
const messages = (locale: Locale, namespace: string): Messages => JSON.parse(readFileSync(path.join(process.cwd(), 'locales', locale, `${namespace}.json`), 'utf8')) as Messages;
/** A message by dotted key, with {placeholders} filled. */
function say(catalogue: Messages, key: string, values: Record<string, string | number> = {}): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Messages)[part], catalogue);
  if (typeof text !== 'string') throw new Error(`no message ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

/** One question of every type from the bank. A missing type fails the test: it must not skip. */
function onePerType(): Question[] {
  return QUESTION_TYPES.map((type) => {
    const found = QUESTION_BANK.find((q) => q.type === type);
    expect(found, `the bank has a question of type "${type}"`).toBeDefined();
    return found!;
  });
}

/** A wrong answer to a question, choosing what reveals a misconception where one is catalogued. */
function wrongAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single': {
      const wrong = q.options.find((o) => o.id !== q.correctOptionId && o.misconception) ?? q.options.find((o) => o.id !== q.correctOptionId)!;
      return { type: 'single', optionId: wrong.id };
    }
    case 'multiple': {
      const wrong = q.options.find((o) => !q.correctOptionIds.includes(o.id) && o.misconception) ?? q.options.find((o) => !q.correctOptionIds.includes(o.id))!;
      return { type: 'multiple', optionIds: [wrong.id] };
    }
    case 'truefalse':
      return { type: 'truefalse', value: !q.correct };
    case 'short':
      return { type: 'short', text: 'banana' };
    case 'ordering':
      return { type: 'ordering', optionIds: q.options.map((o) => o.id).reverse() };
    case 'matching': {
      const rights = q.pairs.map((p) => p.right.id);
      return { type: 'matching', pairs: Object.fromEntries(q.pairs.map((p, i) => [p.left.id, rights[(i + 1) % rights.length]!])) };
    }
    case 'sorting':
      return { type: 'sorting', bins: Object.fromEntries(q.items.map((item) => [item.id, SORT_BINS.find((b) => b !== item.bin)!])) };
    case 'hotspot': {
      const named = Object.keys(q.regionMisconceptions ?? {})[0];
      const regions = ['st-vm-hardware', 'st-ct-hardware', 'ha-house', 'tg-physical-host', 'ir-image', 'ha-building', 'ir-registry'];
      return { type: 'hotspot', regionId: named ?? regions.find((r) => !(q.correctRegionIds as string[]).includes(r))!, x: 0.5, y: 0.5 };
    }
    case 'labelling': {
      const right = q.slots.map((s) => s.labelId);
      const distractor = q.labels.find((l) => !right.includes(l.id) && l.misconception) ?? q.labels.find((l) => !right.includes(l.id));
      // Every slot gets a label that does not belong there: a rotation, with a distractor first when there is one.
      const pool = distractor ? [distractor.id, ...right.slice(0, -1)] : [...right.slice(1), right[0]!];
      return { type: 'labelling', placements: Object.fromEntries(q.slots.map((s, i) => [s.regionId, pool[i]!])) };
    }
    case 'poll':
      return { type: 'poll', optionId: q.options[0]!.id };
  }
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would. */
async function tabTo(page: Page, locator: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  await expect(locator).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  expect(await isFocused(locator), `reached ${locator.toString()} with Tab`).toBe(true);
}

/** Chooses an option of a <select> by value with the arrow keys. */
async function chooseWithArrows(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const { target, current } = await select.evaluate((element, wanted) => {
    const s = element as HTMLSelectElement;
    return { target: [...s.options].findIndex((o) => o.value === wanted), current: s.selectedIndex };
  }, value);
  expect(target, `option ${value} is offered`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp');
  await expect(select).toHaveValue(value);
}

interface Words {
  learn: Messages;
  answer: Messages;
  quiz: Messages;
}

/** Gives an answer to the question on screen with the keyboard alone. */
async function answerByKeyboard(page: Page, q: Question, answer: Answer, locale: Locale, words: Words): Promise<void> {
  const main = page.locator('main');
  const send = main.getByRole('button', { name: say(words.answer, 'send'), exact: true });
  const text = (o: { text: Record<Locale, string> }) => o.text[locale];
  switch (answer.type) {
    case 'single':
    case 'poll': {
      const options = 'options' in q ? q.options : [];
      await tabTo(page, main.getByRole('button', { name: text(options.find((o) => o.id === answer.optionId)!), exact: true }));
      await page.keyboard.press('Enter');
      return;
    }
    case 'truefalse':
      await tabTo(page, main.getByRole('button', { name: say(words.answer, answer.value ? 'true' : 'false'), exact: true }));
      await page.keyboard.press('Enter');
      return;
    case 'multiple': {
      if (q.type !== 'multiple') throw new Error('not multiple');
      for (const id of answer.optionIds) {
        await tabTo(page, main.getByRole('checkbox', { name: text(q.options.find((o) => o.id === id)!), exact: true }));
        await page.keyboard.press('Space');
      }
      await tabTo(page, send);
      await page.keyboard.press('Enter');
      return;
    }
    case 'short':
      await tabTo(page, main.getByRole('textbox', { name: say(words.answer, 'shortLabel') }));
      await page.keyboard.type(answer.text);
      await page.keyboard.press('Enter');
      return;
    case 'ordering': {
      if (q.type !== 'ordering') throw new Error('not ordering');
      const textOf = new Map(q.options.map((o) => [text(o), o.id]));
      for (let place = 0; place < answer.optionIds.length; place++) {
        const shown = (await main.getByRole('listitem').allTextContents()).map((line) => [...textOf.keys()].find((t) => line.includes(t))!);
        const ids = shown.map((t) => textOf.get(t)!);
        const from = ids.indexOf(answer.optionIds[place]!);
        if (from === place) continue;
        const item = text(q.options.find((o) => o.id === answer.optionIds[place])!);
        // The moved item keeps the focus, so Enter again moves it on up.
        await tabTo(page, main.getByRole('button', { name: say(words.answer, 'moveUp', { item }) }));
        for (let i = 0; i < from - place; i++) await page.keyboard.press('Enter');
      }
      await tabTo(page, send);
      await page.keyboard.press('Enter');
      return;
    }
    case 'matching': {
      if (q.type !== 'matching') throw new Error('not matching');
      for (const pair of q.pairs) await chooseWithArrows(page, main.getByRole('combobox', { name: text(pair.left), exact: true }), answer.pairs[pair.left.id]!);
      await tabTo(page, send);
      await page.keyboard.press('Enter');
      return;
    }
    case 'sorting': {
      if (q.type !== 'sorting') throw new Error('not sorting');
      for (const item of q.items) {
        const group = main.getByRole('group', { name: text(item), exact: true });
        const first = group.getByRole('radio').first();
        await tabTo(page, first);
        const steps = SORT_BINS.indexOf(answer.bins[item.id]!);
        if (steps === 0) await page.keyboard.press('Space');
        for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
        await expect(group.getByRole('radio', { name: say(words.answer, `bin.${answer.bins[item.id]}`) })).toBeChecked();
      }
      await tabTo(page, send);
      await page.keyboard.press('Enter');
      return;
    }
    case 'hotspot': {
      await chooseWithArrows(page, main.getByRole('combobox', { name: say(words.answer, 'hotspotList') }), answer.regionId);
      await tabTo(page, send);
      await page.keyboard.press('Enter');
      return;
    }
    case 'labelling': {
      if (q.type !== 'labelling') throw new Error('not labelling');
      for (const [i, slot] of q.slots.entries()) {
        await chooseWithArrows(page, main.getByRole('combobox', { name: say(words.answer, 'markerLabel', { number: i + 1 }) }), answer.placements[slot.regionId]!);
      }
      await tabTo(page, send);
      await page.keyboard.press('Enter');
      return;
    }
  }
}

const heading = (page: Page) => page.locator('main').getByRole('heading', { level: 1 });

/** Moves on from feedback with the keyboard (Next, or See your results at the end). */
async function next(page: Page, words: Words, last: boolean): Promise<void> {
  await tabTo(page, page.locator('main').getByRole('button', { name: say(words.learn, last ? 'feedback.results' : 'feedback.next') }));
  await page.keyboard.press('Enter');
}

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
