import { describe, expect, it } from 'vitest';
import { partResults, partsRight } from '../../../lib/learn/compare';
import { practiceFeedback } from '../../../lib/learn/practice';
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

describe('an answer part by part', () => {
  const shown = (id: string) => publicQuestion(byId(id), 0, 'en', 'seed');

  it('marks each matched pair right or wrong, in the order shown', () => {
    const rows = partResults(shown('f-matching'), { type: 'matching', pairs: { plumbing: 'ns', door: 'kernel', size: 'cg' } }, { type: 'matching', pairs: { plumbing: 'kernel', door: 'ns', size: 'cg' } });
    expect(rows).toEqual([
      { part: 'plumbing', given: 'ns', expected: 'kernel', ok: false },
      { part: 'door', given: 'kernel', expected: 'ns', ok: false },
      { part: 'size', given: 'cg', expected: 'cg', ok: true },
    ]);
  });

  it('compares ordering place by place, and sorting and labelling item by item', () => {
    expect(partResults(shown('f-ordering'), { type: 'ordering', optionIds: ['hw', 'os', 'hv'] }, { type: 'ordering', optionIds: ['hw', 'hv', 'os'] })?.map((r) => r.ok)).toEqual([true, false, false]);
    const sorted = partResults(shown('f-sorting'), { type: 'sorting', bins: { guest: 'vm', shared: 'vm', iso: 'both' } }, { type: 'sorting', bins: { guest: 'vm', shared: 'container', iso: 'both' } });
    expect(sorted?.filter((r) => !r.ok)).toEqual([{ part: 'shared', given: 'vm', expected: 'container', ok: false }]);
    const labelled = partResults(shown('f-labelling'), { type: 'labelling', placements: { 'ir-image': 'image', 'ir-registry': 'vm' } }, { type: 'labelling', placements: { 'ir-image': 'image', 'ir-registry': 'registry' } });
    expect(labelled?.map((r) => r.ok)).toEqual([true, false]);
  });

  it('has nothing part by part for the other types', () => {
    expect(partResults(shown('f-single'), { type: 'single', optionId: 'kernel' }, { type: 'single', optionId: 'kernel' })).toBeNull();
  });
});
