import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/quiz/csv';

describe('toCsv', () => {
  it('joins fields with commas and ends every line, the last included, with CRLF', () => {
    expect(toCsv([['name', 'score'], ['Ana', 1200], ['Bia', 0]])).toBe('name,score\r\nAna,1200\r\nBia,0\r\n');
  });

  it('writes null as an empty field and numbers as they are', () => {
    expect(toCsv([[null, 1.5, -3, 0, 'x']])).toBe(',1.5,-3,0,x\r\n');
  });

  it('writes non-finite numbers as empty fields', () => {
    expect(toCsv([[Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]])).toBe(',,\r\n');
  });

  it('quotes a field containing a comma', () => {
    expect(toCsv([['Silva, Ana', 'ok']])).toBe('"Silva, Ana",ok\r\n');
  });

  it('quotes a field containing a quote and doubles the quote', () => {
    expect(toCsv([['The "Boss"']])).toBe('"The ""Boss"""\r\n');
  });

  it('quotes a field containing a line break, LF or CRLF', () => {
    expect(toCsv([['two\nlines']])).toBe('"two\nlines"\r\n');
    expect(toCsv([['two\r\nlines']])).toBe('"two\r\nlines"\r\n');
  });

  it('leaves plain text, accents and spaces unquoted', () => {
    expect(toCsv([['José da Silva', 'Contêiner']])).toBe('José da Silva,Contêiner\r\n');
  });

  describe('formula-injection guard', () => {
    it("prefixes a field starting with = with an apostrophe ('=cmd' -> \"'=cmd\")", () => {
      expect(toCsv([['=cmd']])).toBe("'=cmd\r\n");
      expect(toCsv([['=HYPERLINK("http://evil","x")']])).toBe(`"'=HYPERLINK(""http://evil"",""x"")"\r\n`);
    });

    it('also guards fields starting with +, -, @, a tab or a carriage return', () => {
      expect(toCsv([['+1'], ['-1'], ['@SUM(A1)'], ['\tx']])).toBe("'+1\r\n'-1\r\n'@SUM(A1)\r\n'\tx\r\n");
      expect(toCsv([['\rx']])).toBe(`"'\rx"\r\n`);
    });

    it('guards first, then quotes, so the apostrophe ends up inside the quotes', () => {
      expect(toCsv([['=1,2']])).toBe(`"'=1,2"\r\n`);
    });

    it('does not touch a formula character in the middle of a field, nor negative numbers', () => {
      expect(toCsv([['a=b', 'x-y', 'me@home', -5]])).toBe('a=b,x-y,me@home,-5\r\n');
    });
  });
});
