import { describe, expect, it } from 'vitest';
import { partsRight, practiceFeedback } from '../../../lib/learn/practice';
import { publicQuestion } from '../../../lib/quiz/display';
import type { Question } from '../../../lib/quiz/types';
import { BANK, MISCONCEPTIONS } from '../../fixtures/learn-bank';

const byId = (id: string) => BANK.find((q) => q.id === id) as Question;

describe('practice feedback', () => {
  it('grades a right answer, reveals the key and names no misconception', () => {
    const feedback = practiceFeedback(byId('f-single'), { type: 'single', optionId: 'kernel' }, 'en', MISCONCEPTIONS);
    expect(feedback.grade).toEqual({ share: 1, correct: true });
    expect(feedback.reveal.correctAnswer).toEqual({ type: 'single', optionId: 'kernel' });
    expect(feedback.reveal.explanation).toBe('Because EN');
    expect(feedback.reveal.about).toEqual({ diagramId: 'stacks', regionId: 'st-ct-kernel' });
    expect(feedback.misconceptions).toEqual([]);
    expect(feedback.source.title).toBe('Container or virtual machine?');
  });

  it('names the misconception of the wrong option chosen, in the learner’s language', () => {
    const feedback = practiceFeedback(byId('f-single'), { type: 'single', optionId: 'nothing' }, 'pt', MISCONCEPTIONS);
    expect(feedback.grade).toEqual({ share: 0, correct: false });
    expect(feedback.misconceptions).toEqual([{ id: 'm-own-kernel', statement: 'Um contêiner tem kernel próprio', correction: 'Ele divide o kernel do host' }]);
    expect(feedback.reveal.explanation).toBe('Porque PT');
  });

  it('gives a poll no grade and no misconception, but its discussion note', () => {
    const feedback = practiceFeedback(byId('f-poll'), { type: 'poll', optionId: 'vm' }, 'en', MISCONCEPTIONS);
    expect(feedback.grade).toBeNull();
    expect(feedback.reveal.correctAnswer).toBeNull();
    expect(feedback.misconceptions).toEqual([]);
    expect(feedback.reveal.explanation).toBe('Because EN');
  });

  it('leaves out a misconception the catalogue does not hold', () => {
    const feedback = practiceFeedback(byId('f-truefalse'), { type: 'truefalse', value: true }, 'en', []);
    expect(feedback.misconceptions).toEqual([]);
  });
});

describe('parts right', () => {
  const shown = (id: string) => publicQuestion(byId(id), 0, 'en', 'seed');

  it('tells a partial matching as pairs', () => {
    expect(partsRight(shown('f-matching'), 2 / 3, null)).toEqual({ right: 2, total: 3, unit: 'pairs' });
  });

  it('tells sorting as items, labelling as labels and ordering as places', () => {
    expect(partsRight(shown('f-sorting'), 1 / 3, null)).toEqual({ right: 1, total: 3, unit: 'items' });
    expect(partsRight(shown('f-labelling'), 0.5, null)).toEqual({ right: 1, total: 2, unit: 'labels' });
    expect(partsRight(shown('f-ordering'), 1 / 3, null)).toEqual({ right: 1, total: 3, unit: 'places' });
  });

  it('counts multiple choice against the right options, once they are revealed', () => {
    expect(partsRight(shown('f-multiple'), 0.5, { type: 'multiple', optionIds: ['ns', 'cg'] })).toEqual({ right: 1, total: 2, unit: 'options' });
    expect(partsRight(shown('f-multiple'), 0.5, null)).toBeNull();
  });

  it('has nothing to say for all-or-nothing types', () => {
    expect(partsRight(shown('f-single'), 0, null)).toBeNull();
  });
});
