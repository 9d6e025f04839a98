import { describe, expect, it } from 'vitest';
import { diagnose, distributionKeys, grade, isWellFormed, normalizeTyped } from '../../../lib/quiz/check';
import { correctAnswer, publicQuestion } from '../../../lib/quiz/display';
import { scoreAnswer } from '../../../lib/quiz/scoring';
import type { HotspotQuestion, LabellingQuestion, MatchingQuestion, MultipleChoiceQuestion, PollQuestion, Question, ShortAnswerQuestion, SortingQuestion } from '../../../lib/quiz/types';

const t = (en: string) => ({ en, pt: `${en} (pt)` });
const base = { topic: 'containers', prompt: t('Q'), explanation: t('Because.'), source: 'S2', timeLimitSec: 30 } as const;

const multiple: MultipleChoiceQuestion = {
  ...base,
  id: 'm',
  type: 'multiple',
  options: [
    { id: 'a', text: t('A') },
    { id: 'b', text: t('B'), misconception: 'mc-b' },
    { id: 'c', text: t('C') },
    { id: 'd', text: t('D'), misconception: 'mc-d' },
  ],
  correctOptionIds: ['a', 'c'],
};
const short: ShortAnswerQuestion = { ...base, id: 's', type: 'short', accepted: ['container', 'contêiner'], display: { en: 'container', pt: 'contêiner' }, misconception: 'mc-short' };
const matching: MatchingQuestion = {
  ...base,
  id: 'mt',
  type: 'matching',
  pairs: [
    { left: { id: 'l1', text: t('Foundation'), misconception: 'mc-foundation' }, right: { id: 'r1', text: t('Kernel') } },
    { left: { id: 'l2', text: t('Door') }, right: { id: 'r2', text: t('Namespaces') } },
    { left: { id: 'l3', text: t('Studio') }, right: { id: 'r3', text: t('cgroups') } },
  ],
};
const sorting: SortingQuestion = {
  ...base,
  id: 'so',
  type: 'sorting',
  items: [
    { id: 'i1', text: t('Own kernel'), bin: 'vm', misconception: 'mc-own-kernel' },
    { id: 'i2', text: t('Shares the kernel'), bin: 'container' },
    { id: 'i3', text: t('Isolated'), bin: 'both' },
    { id: 'i4', text: t('Windows guest on Linux'), bin: 'vm' },
  ],
};
const hotspot: HotspotQuestion = {
  ...base,
  id: 'h',
  type: 'hotspot',
  diagramId: 'house-apartment',
  correctRegionIds: ['ha-building-foundation'],
  regionMisconceptions: { 'ha-apartment-door': 'mc-door-is-kernel' },
  misconception: 'mc-hotspot',
};
const labelling: LabellingQuestion = {
  ...base,
  id: 'lb',
  type: 'labelling',
  diagramId: 'stacks',
  slots: [
    { regionId: 'st-vm-hypervisor', labelId: 'x1' },
    { regionId: 'st-ct-kernel', labelId: 'x2' },
  ],
  labels: [
    { id: 'x1', text: t('Hypervisor') },
    { id: 'x2', text: t('Shared kernel') },
    { id: 'x3', text: t('Guest OS'), misconception: 'mc-guest-os' },
  ],
};
const poll: PollQuestion = { ...base, id: 'p', type: 'poll', options: [{ id: 'y', text: t('Yes') }, { id: 'n', text: t('No') }] };

describe('grading each question type', () => {
  it('multiple choice gives partial credit: right picks minus wrong picks, over the right options, never below 0', () => {
    expect(grade(multiple, { type: 'multiple', optionIds: ['a', 'c'] })).toEqual({ share: 1, correct: true });
    expect(grade(multiple, { type: 'multiple', optionIds: ['a'] })).toEqual({ share: 0.5, correct: false });
    expect(grade(multiple, { type: 'multiple', optionIds: ['a', 'c', 'b'] })).toEqual({ share: 0.5, correct: false });
    expect(grade(multiple, { type: 'multiple', optionIds: ['a', 'b', 'd'] })).toEqual({ share: 0, correct: false });
  });

  it('a short answer is accepted in either language, ignoring case, accents, spaces and punctuation', () => {
    for (const text of ['container', 'Contêiner', '  CONTAINER. ', 'conteiner', 'contêiner!']) {
      expect(grade(short, { type: 'short', text })?.correct, text).toBe(true);
    }
    expect(grade(short, { type: 'short', text: 'virtual machine' })?.correct).toBe(false);
    expect(normalizeTyped('  Máquina   Virtual! ')).toBe('maquina virtual');
  });

  it('matching gives the share of pairs right', () => {
    expect(grade(matching, { type: 'matching', pairs: { l1: 'r1', l2: 'r2', l3: 'r3' } })).toEqual({ share: 1, correct: true });
    expect(grade(matching, { type: 'matching', pairs: { l1: 'r2', l2: 'r1', l3: 'r3' } })?.share).toBeCloseTo(1 / 3);
  });

  it('sorting gives the share of items in the right bin', () => {
    expect(grade(sorting, { type: 'sorting', bins: { i1: 'vm', i2: 'container', i3: 'both', i4: 'vm' } })?.correct).toBe(true);
    expect(grade(sorting, { type: 'sorting', bins: { i1: 'container', i2: 'container', i3: 'vm', i4: 'vm' } })?.share).toBe(0.5);
  });

  it('a hotspot is right only on a right region', () => {
    expect(grade(hotspot, { type: 'hotspot', regionId: 'ha-building-foundation', x: 0.7, y: 0.9 })?.correct).toBe(true);
    expect(grade(hotspot, { type: 'hotspot', regionId: 'ha-apartment-door', x: 0.7, y: 0.5 })?.correct).toBe(false);
  });

  it('labelling gives the share of marked regions labelled right', () => {
    expect(grade(labelling, { type: 'labelling', placements: { 'st-vm-hypervisor': 'x1', 'st-ct-kernel': 'x2' } })?.correct).toBe(true);
    expect(grade(labelling, { type: 'labelling', placements: { 'st-vm-hypervisor': 'x1', 'st-ct-kernel': 'x3' } })?.share).toBe(0.5);
  });

  it('a poll is never graded', () => {
    expect(grade(poll, { type: 'poll', optionId: 'y' })).toBeNull();
    expect(diagnose(poll, { type: 'poll', optionId: 'n' })).toEqual([]);
  });

  it('the answer key of every type passes its own check', () => {
    for (const q of [multiple, short, matching, sorting, hotspot, labelling] as Question[]) {
      const key = correctAnswer(q)!;
      expect(isWellFormed(q, key), q.id).toBe(true);
      expect(grade(q, key)?.correct, q.id).toBe(true);
    }
  });
});

describe('refusing malformed answers', () => {
  it('refuses missing, extra, unknown or repeated parts', () => {
    expect(isWellFormed(matching, { type: 'matching', pairs: { l1: 'r1', l2: 'r2' } })).toBe(false);
    expect(isWellFormed(matching, { type: 'matching', pairs: { l1: 'r1', l2: 'r1', l3: 'r3' } })).toBe(false);
    expect(isWellFormed(matching, { type: 'matching', pairs: { l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r3' } })).toBe(false);
    expect(isWellFormed(sorting, { type: 'sorting', bins: { i1: 'vm', i2: 'vm', i3: 'vm' } })).toBe(false);
    expect(isWellFormed(sorting, { type: 'sorting', bins: { i1: 'vm', i2: 'vm', i3: 'vm', i4: 'cloud' as 'vm' } })).toBe(false);
    expect(isWellFormed(hotspot, { type: 'hotspot', regionId: 'st-ct-kernel', x: 0.5, y: 0.5 })).toBe(false);
    expect(isWellFormed(hotspot, { type: 'hotspot', regionId: 'ha-building', x: 1.5, y: 0.5 })).toBe(false);
    expect(isWellFormed(labelling, { type: 'labelling', placements: { 'st-vm-hypervisor': 'x1', 'st-ct-kernel': 'x1' } })).toBe(false);
    expect(isWellFormed(short, { type: 'short', text: ' ?! ' })).toBe(false);
    expect(isWellFormed(poll, { type: 'poll', optionId: 'maybe' })).toBe(false);
  });
});

describe('what a wrong answer reveals', () => {
  it('names the misconception of each wrong choice, item, region or label, else the question’s own', () => {
    expect(diagnose(multiple, { type: 'multiple', optionIds: ['a', 'b', 'd'] })).toEqual(['mc-b', 'mc-d']);
    expect(diagnose(sorting, { type: 'sorting', bins: { i1: 'container', i2: 'container', i3: 'both', i4: 'vm' } })).toEqual(['mc-own-kernel']);
    expect(diagnose(matching, { type: 'matching', pairs: { l1: 'r2', l2: 'r1', l3: 'r3' } })).toEqual(['mc-foundation']);
    expect(diagnose(hotspot, { type: 'hotspot', regionId: 'ha-apartment-door', x: 0.5, y: 0.5 })).toEqual(['mc-door-is-kernel']);
    expect(diagnose(hotspot, { type: 'hotspot', regionId: 'ha-house', x: 0.2, y: 0.5 })).toEqual(['mc-hotspot']);
    expect(diagnose(labelling, { type: 'labelling', placements: { 'st-vm-hypervisor': 'x1', 'st-ct-kernel': 'x3' } })).toEqual(['mc-guest-os']);
    expect(diagnose(short, { type: 'short', text: 'vm' })).toEqual(['mc-short']);
    expect(diagnose(short, { type: 'short', text: 'container' })).toEqual([]);
  });
});

describe('partial credit in points', () => {
  it('scales the points by the share and keeps the streak only for a full answer', () => {
    expect(scoreAnswer({ mode: 'accuracy', share: 0.5, correct: false, elapsedMs: 0, allowedMs: 10_000, streakBefore: 3 })).toEqual({ points: 500, streak: 0 });
    expect(scoreAnswer({ mode: 'speed', share: 0.5, correct: false, elapsedMs: 0, allowedMs: 10_000, streakBefore: 0 })).toEqual({ points: 500, streak: 0 });
    expect(scoreAnswer({ mode: 'speed', share: 1, correct: true, elapsedMs: 10_000, allowedMs: 10_000, streakBefore: 1 })).toEqual({ points: 600, streak: 2 });
  });
});

describe('what a screen sees of the new types before the reveal', () => {
  it('never the pairs, bins, zones or label positions', () => {
    const shown = [matching, sorting, hotspot, labelling, short].map((q) => JSON.stringify(publicQuestion(q, 0, 'en', 'seed')));
    for (const json of shown) {
      expect(json).not.toMatch(/correctRegionIds|"bin"|labelId|accepted|"pairs"|misconception/);
      expect(json).not.toContain('Because.');
    }
    const m = publicQuestion(matching, 0, 'en', 'seed');
    expect(m.right.map((r) => r.id)).not.toEqual(['r1', 'r2', 'r3']);
    expect(m.left.map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
  });

  it('counts each part of a composite answer as its own key', () => {
    expect(distributionKeys({ type: 'matching', pairs: { l1: 'r1' } })).toEqual(['l1>r1']);
    expect(distributionKeys({ type: 'hotspot', regionId: 'ha-house', x: 0, y: 0 })).toEqual(['ha-house']);
  });
});
