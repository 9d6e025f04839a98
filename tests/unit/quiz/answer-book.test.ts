import { describe, expect, it } from 'vitest';
import { AnswerBook } from '../../../lib/quiz/answer-book';

describe('AnswerBook', () => {
  it('adds without changing the book it came from, and reads like a map', () => {
    const empty = AnswerBook.empty<number>();
    const one = empty.with('ana', 1);
    const two = one.with('bia', 2).with('ana', 3);
    expect([empty.size, one.size, two.size]).toEqual([0, 1, 2]);
    expect(one.get('ana')).toBe(1);
    expect(two.get('ana')).toBe(3);
    expect(empty.has('ana')).toBe(false);
    expect(two.get('caio')).toBeUndefined();
    // A name that is also an Object.prototype key is an ordinary id.
    expect(two.has('constructor')).toBe(false);
  });

  it('gives the same answers through lookup() as through get(), for every book', () => {
    let book = AnswerBook.empty<string>();
    const ids = Array.from({ length: 300 }, (_, i) => `player-${i}`);
    for (const id of ids) {
      book = book.with(id, id.toUpperCase());
      const map = book.lookup();
      expect(map.size).toBe(book.size);
      expect(map.get(id)).toBe(book.get(id));
    }
    const map = book.lookup();
    expect(book.lookup()).toBe(map);
    for (const id of [...ids, 'nobody']) expect(map.get(id)).toBe(book.get(id));
  });

  it('serialises as the plain answers object, lookup or not', () => {
    const book = AnswerBook.from([
      ['ana', { points: 900 }],
      ['bia', { points: 0 }],
    ]);
    book.lookup();
    expect(JSON.parse(JSON.stringify({ answers: book }))).toEqual({ answers: { ana: { points: 900 }, bia: { points: 0 } } });
    expect(book.map((v, id) => ({ points: v.points + (id === 'bia' ? 1 : 0) })).lookup().get('bia')).toEqual({ points: 1 });
  });
});
