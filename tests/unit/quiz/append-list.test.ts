import { describe, expect, it } from 'vitest';
import { AppendList } from '../../../lib/quiz/append-list';

describe('AppendList', () => {
  it('appends without changing the lists it came from', () => {
    const lists = [AppendList.empty<string>()];
    for (let i = 0; i < 50; i++) lists.push(lists.at(-1)!.append(`p${i}`));
    lists.forEach((list, n) => {
      expect(list.length).toBe(n);
      expect([...list]).toEqual(Array.from({ length: n }, (_, i) => `p${i}`));
    });
  });

  it('branches: appending to an older list again leaves the newer line intact', () => {
    const ab = AppendList.from(['a', 'b']);
    const abc = ab.append('c');
    const abx = ab.append('x');
    const abcd = abc.append('d');
    const abxy = abx.append('y');
    expect([[...ab], [...abc], [...abx], [...abcd], [...abxy]]).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['a', 'b', 'x'],
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'x', 'y'],
    ]);
  });

  it('reads like an array: map, filter, a frozen array made once, and JSON', () => {
    const list = AppendList.from([1, 2, 3]).append(4);
    expect(list.map((n, i) => n * 10 + i)).toEqual([10, 21, 32, 43]);
    expect(list.filter((n) => n % 2 === 0)).toEqual([2, 4]);
    const array = list.toArray();
    expect(array).toEqual([1, 2, 3, 4]);
    expect(Object.isFrozen(array)).toBe(true);
    expect(list.toArray()).toBe(array);
    list.append(5);
    expect(list.toArray()).toEqual([1, 2, 3, 4]);
    expect(JSON.stringify({ order: list })).toBe('{"order":[1,2,3,4]}');
  });

  it('is equal to another list with the same items, however each was built', () => {
    const grown = AppendList.empty<string>().append('a').append('b');
    const branched = AppendList.from(['a']);
    branched.append('z');
    expect(branched.append('b')).toEqual(grown);
    expect(AppendList.from(['a', 'c'])).not.toEqual(grown);
    expect(AppendList.from(['a'])).not.toEqual(grown);
  });
});
