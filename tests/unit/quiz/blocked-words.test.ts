import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_BLOCKED_WORDS, blockedWordIn, blockedWordKey, isBlockedNickname } from '../../../lib/quiz/blocked-words';
import { friendlyName, normalizeNickname, type FriendlyNameWords } from '../../../lib/quiz/nickname';

describe('the built-in blocked words', () => {
  it('are stored folded, so they compare with nicknames as they are', () => {
    for (const word of BUILT_IN_BLOCKED_WORDS) expect(blockedWordKey(word)).toBe(word);
  });

  it('catch a nickname that hides one behind case, accents, spaces or dots', () => {
    expect(isBlockedNickname('IDIOT')).toBe(true);
    expect(isBlockedNickname('Super Idiota 3000')).toBe(true);
    expect(isBlockedNickname('i.d.i.o.t')).toBe(true);
    expect(isBlockedNickname('Otário')).toBe(true);
    expect(isBlockedNickname('Ｉｄｉｏｔ')).toBe(true); // full-width letters fold too
  });

  it('let ordinary names through', () => {
    for (const name of ['Ana', 'João 2', 'Happy Otter', 'Capivara Feliz', 'Mia 🐱']) expect(isBlockedNickname(name)).toBe(false);
  });

  it("include the host's words when given", () => {
    expect(isBlockedNickname('Banana Bob', ['banana'])).toBe(true);
    expect(blockedWordIn('Banana Bob', ['apple', 'banana'])).toBe('banana');
    expect(blockedWordIn('Banana Bob', [])).toBeNull();
  });
});

/** The word lists of one locale, as the join page builds them from locales/<locale>/Join.json. */
function wordsOf(locale: 'en' | 'pt'): FriendlyNameWords {
  const join = JSON.parse(fs.readFileSync(new URL(`../../../locales/${locale}/Join.json`, import.meta.url), 'utf8')) as {
    nameWords: { adjectives: string; animals: string; format: string };
  };
  const list = (text: string) => text.split(',').map((w) => w.trim()).filter(Boolean);
  return {
    adjectives: list(join.nameWords.adjectives),
    animals: list(join.nameWords.animals),
    compose: (adjective, animal) => join.nameWords.format.replace('{adjective}', adjective).replace('{animal}', animal),
  };
}

const acceptable = (name: string) => normalizeNickname(name) === name && !isBlockedNickname(name);

describe('friendly names', () => {
  it('put the words in each language’s order: "Happy Otter", "Lontra Feliz"', () => {
    const first = () => 0;
    expect(friendlyName(wordsOf('en'), first, acceptable)).toBe('Happy Otter');
    expect(friendlyName(wordsOf('pt'), first, acceptable)).toBe('Lontra Feliz');
  });

  it('every one the lists can make, in both languages, is a valid nickname that is not blocked', () => {
    for (const locale of ['en', 'pt'] as const) {
      const { adjectives, animals, compose } = wordsOf(locale);
      expect(adjectives.length * animals.length).toBeGreaterThanOrEqual(100);
      for (const adjective of adjectives) for (const animal of animals) expect(acceptable(compose(adjective, animal)), compose(adjective, animal)).toBe(true);
    }
  });

  it('never offers a name that the check refuses, drawing again instead', () => {
    const words: FriendlyNameWords = { adjectives: ['Bad', 'Good'], animals: ['Cat'], compose: (a, b) => `${a} ${b}` };
    const draws = [0, 0, 1, 0];
    expect(friendlyName(words, () => draws.shift() ?? 0, (name) => !name.startsWith('Bad'))).toBe('Good Cat');
    // Always unlucky: the first acceptable name in order.
    expect(friendlyName(words, () => 0, (name) => !name.startsWith('Bad'))).toBe('Good Cat');
    expect(friendlyName(words, () => 0, () => false)).toBeNull();
  });
});
