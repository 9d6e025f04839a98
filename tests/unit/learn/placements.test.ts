import { describe, expect, it } from 'vitest';
import { isComplete, place, slotOf } from '../../../lib/learn/placements';

describe('placing choices used once each', () => {
  it('puts a free choice on a slot', () => {
    expect(place({}, 'a', 'x')).toEqual({ a: 'x' });
  });

  it('moves a choice taken elsewhere, leaving that slot empty', () => {
    expect(place({ a: 'x', b: 'y' }, 'b', 'x')).toEqual({ b: 'x' });
  });

  it('replaces the slot’s own choice', () => {
    expect(place({ a: 'x' }, 'a', 'y')).toEqual({ a: 'y' });
  });

  it('clears a slot with the empty choice', () => {
    expect(place({ a: 'x', b: 'y' }, 'a', '')).toEqual({ b: 'y' });
  });

  it('finds where a choice is and whether every slot is filled', () => {
    expect(slotOf({ a: 'x', b: 'y' }, 'y')).toBe('b');
    expect(slotOf({ a: 'x' }, 'z')).toBeUndefined();
    expect(isComplete({ a: 'x', b: 'y' }, ['a', 'b'])).toBe(true);
    expect(isComplete({ a: 'x' }, ['a', 'b'])).toBe(false);
  });
});
