import { describe, expect, it } from 'vitest';
import { AnswerBook, IdBook } from '../../../lib/quiz/answer-book';

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

describe('IdBook', () => {
  const ids = Array.from({ length: 5_000 }, (_, i) => `player-${i}`);

  it('holds thousands of ids, built one by one or at once, as the same book', () => {
    let book = IdBook.empty<number>();
    ids.forEach((id, i) => (book = book.with(id, i)));
    const atOnce = IdBook.from(ids.map((id, i): [string, number] => [id, i]).reverse());
    expect(book.size).toBe(5_000);
    expect(atOnce).toEqual(book);
    expect(book.get('player-4321')).toBe(4_321);
    expect(new Set(book.entries().map(([id]) => id))).toEqual(new Set(ids));
    expect(book.values().reduce((a, b) => a + b, 0)).toBe((4_999 * 5_000) / 2);
  });

  it('leaves every earlier book as it was', () => {
    const books = [IdBook.empty<number>()];
    for (const id of ids.slice(0, 200)) books.push(books.at(-1)!.with(id, 1));
    const branch = books[100]!.with('player-0', 2);
    books.forEach((b, n) => {
      expect(b.size).toBe(n);
      expect(b.has(ids[n]!)).toBe(false);
      if (n > 0) expect(b.get(ids[n - 1]!)).toBe(1);
    });
    expect([branch.size, branch.get('player-0'), books[101]!.get('player-0')]).toEqual([100, 2, 1]);
  });

  it('maps every value and keeps an id of "__proto__" as an ordinary key', () => {
    const book = IdBook.from<number>([
      ['__proto__', 1],
      ['ana', 2],
    ]);
    expect([book.size, book.get('__proto__'), book.has('__proto__')]).toEqual([2, 1, true]);
    const doubled = book.map((v) => v * 2);
    expect(doubled.get('__proto__')).toBe(2);
    expect(doubled.toJSON()).toEqual(JSON.parse('{"__proto__":2,"ana":4}'));
    expect(IdBook.empty<number>().with('__proto__', 7).get('__proto__')).toBe(7);
  });
});
