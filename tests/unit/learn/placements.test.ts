import { describe, expect, it } from 'vitest';
import { clashes, emptySlots, isComplete, place, slotsOf } from '../../../lib/learn/placements';

describe('placing choices used once each', () => {
  it('puts a choice on a slot, replaces it, and clears it with the empty choice', () => {
    expect(place({}, 'a', 'x')).toEqual({ a: 'x' });
    expect(place({ a: 'x' }, 'a', 'y')).toEqual({ a: 'y' });
    expect(place({ a: 'x', b: 'y' }, 'a', '')).toEqual({ b: 'y' });
  });

  it('never takes a choice away from another slot (arrowing through a select must not empty others)', () => {
    expect(place({ a: 'x' }, 'b', 'x')).toEqual({ a: 'x', b: 'x' });
  });

  it('shows where a choice is and which choices clash', () => {
    expect(slotsOf({ a: 'x', b: 'y', c: 'x' }, 'x')).toEqual(['a', 'c']);
    expect(clashes({ a: 'x', b: 'y', c: 'x' })).toEqual(['x']);
    expect(clashes({ a: 'x', b: 'y' })).toEqual([]);
  });

  it('is ready to send only with every slot filled and no clash', () => {
    expect(emptySlots({ a: 'x' }, ['a', 'b'])).toEqual(['b']);
    expect(isComplete({ a: 'x', b: 'y' }, ['a', 'b'])).toBe(true);
    expect(isComplete({ a: 'x' }, ['a', 'b'])).toBe(false);
    expect(isComplete({ a: 'x', b: 'x' }, ['a', 'b'])).toBe(false);
  });
});
