import { describe, expect, it } from 'vitest';
import { NICKNAME_MAX, nicknameKey, normalizeNickname } from '../../../lib/quiz/nickname';

const isMark = (ch: string) => /\p{M}/u.test(ch);

/** The longest run of combining marks after any one base character. */
function longestMarkRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = isMark(ch) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

describe('normalizeNickname', () => {
  it('keeps an ordinary nickname as it is', () => {
    expect(normalizeNickname('Ana')).toBe('Ana');
    expect(normalizeNickname('João 2')).toBe('João 2');
  });

  it('applies NFKC: full-width letters, ligatures and decomposed accents become their plain form', () => {
    expect(normalizeNickname('Ａｎａ')).toBe('Ana');
    expect(normalizeNickname('ﬁsh')).toBe('fish');
    expect(normalizeNickname('Jose\u0301')).toBe('José');
    expect(normalizeNickname('Jose\u0301')).toBe('Jos\u00e9');
  });

  it('trims the ends and collapses inner runs of spaces into one', () => {
    expect(normalizeNickname('   Ana    Maria   ')).toBe('Ana Maria');
    expect(normalizeNickname('\u00a0Ana\u3000\u2003Maria\u00a0')).toBe('Ana Maria');
  });

  it('drops control and invisible format characters', () => {
    expect(normalizeNickname('A\u0000n\u0007a')).toBe('Ana');
    expect(normalizeNickname('A\u200bna')).toBe('Ana'); // zero-width space
    expect(normalizeNickname('\u202eAna')).toBe('Ana'); // right-to-left override
  });

  it('caps "Z̷̢̛̛" style glitch text at two combining marks per character', () => {
    const glitch = 'Z\u0337\u0322\u031b\u031b\u0334\u0335\u0336a\u0337\u0322\u031b\u031b\u0334l\u0337\u0322\u031b\u031b';
    const result = normalizeNickname(glitch);
    expect(result).not.toBeNull();
    expect(longestMarkRun(result!)).toBe(2);
    expect([...result!].filter((ch) => !isMark(ch)).join('')).toBe('Zal');
  });

  it('keeps up to two marks, which real names need', () => {
    expect(normalizeNickname('Nguye\u0302\u0303n')).toBe('Nguye\u0302\u0303n'.normalize('NFKC'));
    expect(longestMarkRun('Nguye\u0302\u0303n'.normalize('NFKC'))).toBeLessThanOrEqual(2);
  });

  it('rejects an empty nickname', () => {
    expect(normalizeNickname('')).toBeNull();
  });

  it('rejects a whitespace-only nickname', () => {
    expect(normalizeNickname('   ')).toBeNull();
    expect(normalizeNickname('\u00a0\u3000 ')).toBeNull();
  });

  it('rejects a nickname made only of control or format characters', () => {
    expect(normalizeNickname('\u0000\u0001\u0007')).toBeNull();
    expect(normalizeNickname('\t\n\r')).toBeNull();
    expect(normalizeNickname('\u200b\u200d\ufeff')).toBeNull();
  });

  it('rejects a nickname with nothing printable: only marks or only punctuation', () => {
    expect(normalizeNickname('\u0301\u0301')).toBeNull();
    expect(normalizeNickname('...')).toBeNull();
  });

  it('accepts symbols such as emoji', () => {
    expect(normalizeNickname('🙂')).toBe('🙂');
  });

  it(`allows at most ${NICKNAME_MAX} characters after normalising`, () => {
    expect(NICKNAME_MAX).toBe(24);
    expect(normalizeNickname('a'.repeat(24))).toBe('a'.repeat(24));
    expect(normalizeNickname('a'.repeat(25))).toBeNull();
    expect(normalizeNickname(`  ${'a'.repeat(24)}  `)).toBe('a'.repeat(24));
    expect(normalizeNickname(`a${' '.repeat(10)}${'b'.repeat(22)}`)).toBe(`a ${'b'.repeat(22)}`);
  });

  it('counts characters, not UTF-16 units: 24 emoji fit', () => {
    expect(normalizeNickname('🙂'.repeat(24))).toBe('🙂'.repeat(24));
    expect(normalizeNickname('🙂'.repeat(25))).toBeNull();
  });
});

describe('nicknameKey', () => {
  it('is the same for nicknames differing only in case or accents', () => {
    expect(nicknameKey('Ana')).toBe(nicknameKey('ANA'));
    expect(nicknameKey('José')).toBe(nicknameKey('jose'));
    expect(nicknameKey('Ãna')).toBe(nicknameKey('ana'));
    expect(nicknameKey('Jose\u0301')).toBe(nicknameKey('JOSÉ'));
  });

  it('differs for different nicknames', () => {
    expect(nicknameKey('Ana')).not.toBe(nicknameKey('Anna'));
    expect(nicknameKey('Ana 1')).not.toBe(nicknameKey('Ana 2'));
  });
});
