import { describe, expect, it } from 'vitest';
import { distributionKeys, isCorrect, isWellFormed } from '../../../lib/quiz/check';
import type { Answer, Question } from '../../../lib/quiz/types';
import { QUIZ } from './helpers';

const [single, multiple, truefalse, ordering] = QUIZ.questions as [Question, Question, Question, Question];

const pickOne = (optionId: string): Answer => ({ type: 'single', optionId });
const pickMany = (...optionIds: string[]): Answer => ({ type: 'multiple', optionIds });
const say = (value: boolean): Answer => ({ type: 'truefalse', value });
const order = (...optionIds: string[]): Answer => ({ type: 'ordering', optionIds });

describe('isCorrect', () => {
  describe('single choice', () => {
    it('is right only for the one right option', () => {
      expect(isCorrect(single, pickOne('b'))).toBe(true);
      expect(isCorrect(single, pickOne('a'))).toBe(false);
      expect(isCorrect(single, pickOne('c'))).toBe(false);
    });

    it('is wrong for an answer of another type', () => {
      expect(isCorrect(single, pickMany('b'))).toBe(false);
    });
  });

  describe('multiple choice (all or nothing)', () => {
    it('is right when exactly the right options are picked, in any order', () => {
      expect(isCorrect(multiple, pickMany('a', 'c'))).toBe(true);
      expect(isCorrect(multiple, pickMany('c', 'a'))).toBe(true);
    });

    it('is wrong when a right option is missing', () => {
      expect(isCorrect(multiple, pickMany('a'))).toBe(false);
    });

    it('is wrong when a wrong option is added to all the right ones', () => {
      expect(isCorrect(multiple, pickMany('a', 'b', 'c'))).toBe(false);
      expect(isCorrect(multiple, pickMany('a', 'b', 'c', 'd'))).toBe(false);
    });

    it('is wrong for one right and one wrong option', () => {
      expect(isCorrect(multiple, pickMany('a', 'd'))).toBe(false);
    });

    it('is wrong for an answer of another type', () => {
      expect(isCorrect(multiple, pickOne('a'))).toBe(false);
    });
  });

  describe('true/false', () => {
    it('is right only for the right value', () => {
      expect(isCorrect(truefalse, say(true))).toBe(true);
      expect(isCorrect(truefalse, say(false))).toBe(false);
      expect(isCorrect(truefalse, pickOne('true'))).toBe(false);
    });
  });

  describe('ordering (exact)', () => {
    it('is right only for the exact authored order', () => {
      expect(isCorrect(ordering, order('x', 'y', 'z'))).toBe(true);
    });

    it('is wrong with any two items swapped', () => {
      expect(isCorrect(ordering, order('y', 'x', 'z'))).toBe(false);
      expect(isCorrect(ordering, order('x', 'z', 'y'))).toBe(false);
      expect(isCorrect(ordering, order('z', 'y', 'x'))).toBe(false);
    });

    it('is wrong for a right beginning that is too short, or an extra item at the end', () => {
      expect(isCorrect(ordering, order('x', 'y'))).toBe(false);
      expect(isCorrect(ordering, order('x', 'y', 'z', 'w'))).toBe(false);
    });

    it('is wrong for an answer of another type', () => {
      expect(isCorrect(ordering, pickMany('x', 'y', 'z'))).toBe(false);
    });
  });
});

describe('isWellFormed', () => {
  it('refuses an answer whose type differs from the question', () => {
    expect(isWellFormed(single, say(true))).toBe(false);
    expect(isWellFormed(multiple, pickOne('a'))).toBe(false);
    expect(isWellFormed(truefalse, pickOne('a'))).toBe(false);
    expect(isWellFormed(ordering, pickMany('x', 'y', 'z'))).toBe(false);
  });

  it('single: accepts any listed option, right or wrong, and refuses an unknown one', () => {
    expect(isWellFormed(single, pickOne('a'))).toBe(true);
    expect(isWellFormed(single, pickOne('b'))).toBe(true);
    expect(isWellFormed(single, pickOne('z'))).toBe(false);
    expect(isWellFormed(single, pickOne(''))).toBe(false);
  });

  it('multiple: accepts any non-empty set of listed options', () => {
    expect(isWellFormed(multiple, pickMany('b'))).toBe(true);
    expect(isWellFormed(multiple, pickMany('a', 'b', 'c', 'd'))).toBe(true);
  });

  it('multiple: refuses no pick, a repeated pick, or an unknown option', () => {
    expect(isWellFormed(multiple, pickMany())).toBe(false);
    expect(isWellFormed(multiple, pickMany('a', 'a'))).toBe(false);
    expect(isWellFormed(multiple, pickMany('a', 'e'))).toBe(false);
  });

  it('true/false: accepts either value', () => {
    expect(isWellFormed(truefalse, say(true))).toBe(true);
    expect(isWellFormed(truefalse, say(false))).toBe(true);
  });

  it('ordering: accepts any full arrangement of the items, right or wrong', () => {
    expect(isWellFormed(ordering, order('x', 'y', 'z'))).toBe(true);
    expect(isWellFormed(ordering, order('z', 'x', 'y'))).toBe(true);
  });

  it('ordering: refuses a missing item, a repeated item, an unknown item or an extra item', () => {
    expect(isWellFormed(ordering, order('x', 'y'))).toBe(false);
    expect(isWellFormed(ordering, order('x', 'x', 'z'))).toBe(false);
    expect(isWellFormed(ordering, order('x', 'y', 'w'))).toBe(false);
    expect(isWellFormed(ordering, order('x', 'y', 'z', 'w'))).toBe(false);
    expect(isWellFormed(ordering, order('x', 'y', 'z', 'z'))).toBe(false);
  });
});

describe('distributionKeys', () => {
  it('names the picked option(s), the true/false value, or the item placed first', () => {
    expect(distributionKeys(pickOne('b'))).toEqual(['b']);
    expect(distributionKeys(pickMany('a', 'c'))).toEqual(['a', 'c']);
    expect(distributionKeys(say(true))).toEqual(['true']);
    expect(distributionKeys(say(false))).toEqual(['false']);
    expect(distributionKeys(order('z', 'x', 'y'))).toEqual(['z']);
  });
});
