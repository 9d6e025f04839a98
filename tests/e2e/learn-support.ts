import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QUESTION_BANK } from '../../lib/content/bank';
import { QUESTION_TYPES, SORT_BINS, type Answer, type Locale, type Question } from '../../lib/quiz/types';

/*
 * Helpers for the self-paced learning tests: the app's own words from locales/, bank
 * questions to play, and answering any question type with the keyboard alone.
 */

export type Messages = Record<string, unknown>;
export const messages = (locale: Locale, namespace: string): Messages => JSON.parse(readFileSync(path.join(process.cwd(), 'locales', locale, `${namespace}.json`), 'utf8')) as Messages;
/** A message by dotted key, with {placeholders} filled. */
export function say(catalogue: Messages, key: string, values: Record<string, string | number> = {}): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Messages)[part], catalogue);
  if (typeof text !== 'string') throw new Error(`no message ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

/** One question of every type from the bank. A missing type fails the test: it must not skip. */
export function onePerType(): Question[] {
  return QUESTION_TYPES.map((type) => {
    const found = QUESTION_BANK.find((q) => q.type === type);
    expect(found, `the bank has a question of type "${type}"`).toBeDefined();
    return found!;
  });
}

/** A wrong answer to a question, choosing what reveals a misconception where one is catalogued. */
export function wrongAnswer(q: Question): Answer {
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
export async function tabTo(page: Page, locator: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  await expect(locator).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  expect(await isFocused(locator), `reached ${locator.toString()} with Tab`).toBe(true);
}

/** Chooses an option of a <select> by value with the arrow keys. */
export async function chooseWithArrows(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const { target, current } = await select.evaluate((element, wanted) => {
    const s = element as HTMLSelectElement;
    return { target: [...s.options].findIndex((o) => o.value === wanted), current: s.selectedIndex };
  }, value);
  expect(target, `option ${value} is offered`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp');
  await expect(select).toHaveValue(value);
}

export interface Words {
  learn: Messages;
  answer: Messages;
  quiz: Messages;
}

/** Gives an answer to the question on screen with the keyboard alone. */
export async function answerByKeyboard(page: Page, q: Question, answer: Answer, locale: Locale, words: Words): Promise<void> {
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

export const heading = (page: Page) => page.locator('main').getByRole('heading', { level: 1 });

/** Moves on from feedback with the keyboard (Next, or See your results at the end). */
export async function next(page: Page, words: Words, last: boolean): Promise<void> {
  await tabTo(page, page.locator('main').getByRole('button', { name: say(words.learn, last ? 'feedback.results' : 'feedback.next') }));
  await page.keyboard.press('Enter');
}
