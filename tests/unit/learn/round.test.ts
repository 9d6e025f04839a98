import { describe, expect, it } from 'vitest';
import { practiceFeedback } from '../../../lib/learn/practice';
import { emptyProgress, type LearnProgress } from '../../../lib/learn/progress';
import {
  advance,
  isFinished,
  newRound,
  parseSelection,
  pickWeakQuestions,
  recordAnswer,
  replaceFeedback,
  resumeOrStartRound,
  selectionKey,
  selectionQuery,
  summarizeRound,
  type RoundSelection,
} from '../../../lib/learn/round';
import type { Answer, Question } from '../../../lib/quiz/types';
import { BANK, MISCONCEPTIONS } from '../../fixtures/learn-bank';

const q = (id: string) => BANK.find((x) => x.id === id) as Question;
const topicOf = (id: string) => BANK.find((x) => x.id === id)?.topic;

/** Answers the round's current question the way the runner does, then moves on. */
function answer(progress: LearnProgress, id: string, given: Answer, at = 10): LearnProgress {
  const feedback = practiceFeedback(q(id), given, 'en', MISCONCEPTIONS);
  return advance(recordAnswer(progress, { questionId: id, topic: q(id).topic, answer: given, feedback, locale: 'en', at }));
}

describe('what a round is made of', () => {
  it('reads the address: questions first, then topic, weak, or all', () => {
    expect(parseSelection({ questions: 'a, b,,a', topic: 'scope' })).toEqual({ kind: 'questions', ids: ['a', 'b'] });
    expect(parseSelection({ topic: 'scope' })).toEqual({ kind: 'topic', topic: 'scope' });
    expect(parseSelection({ topic: 'weak' })).toEqual({ kind: 'weak' });
    expect(parseSelection({ topic: 'nonsense' })).toEqual({ kind: 'all' });
    expect(parseSelection({})).toEqual({ kind: 'all' });
    expect(parseSelection({ topic: ['containers', 'scope'] })).toEqual({ kind: 'topic', topic: 'containers' });
  });

  it('names a selection and leads back to its address', () => {
    const selections: RoundSelection[] = [{ kind: 'all' }, { kind: 'weak' }, { kind: 'topic', topic: 'scope' }, { kind: 'questions', ids: ['a', 'b'] }];
    for (const selection of selections) {
      const query = selectionQuery(selectionKey(selection));
      expect(query).not.toBeNull();
      expect(parseSelection(query!)).toEqual(selection);
    }
    expect(selectionQuery('topic:nonsense')).toBeNull();
  });
});

describe('a round', () => {
  it('resumes the stored round for the same address, at the same question', () => {
    let progress: LearnProgress = { ...emptyProgress(), round: newRound('all', ['f-single', 'f-truefalse'], 1) };
    progress = answer(progress, 'f-single', { type: 'single', optionId: 'kernel' });
    const resumed = resumeOrStartRound(progress, 'all', new Set(['f-single', 'f-truefalse']), () => ['other'], 2);
    expect(resumed).toBe(progress.round);
    expect(resumed?.position).toBe(1);
  });

  it('starts afresh for another address, or when a stored question is gone', () => {
    const progress: LearnProgress = { ...emptyProgress(), round: newRound('all', ['f-single', 'gone'], 1) };
    expect(resumeOrStartRound(progress, 'weak', new Set(['f-single', 'gone']), () => ['f-single'], 2)?.questionIds).toEqual(['f-single']);
    expect(resumeOrStartRound(progress, 'all', new Set(['f-single']), () => ['f-single'], 2)?.questionIds).toEqual(['f-single']);
    expect(newRound('all', [], 1)).toBeNull();
  });

  it('records the result of a scored answer for the topic, but not of a poll', () => {
    let progress: LearnProgress = { ...emptyProgress(), round: newRound('all', ['f-single', 'f-poll'], 1) };
    progress = answer(progress, 'f-single', { type: 'single', optionId: 'nothing' }, 42);
    progress = answer(progress, 'f-poll', { type: 'poll', optionId: 'vm' });
    expect(progress.questions).toEqual({ 'f-single': { share: 0, correct: false, at: 42, topic: 'containers' } });
    expect(isFinished(progress.round!)).toBe(true);
  });

  it('ignores an answer to a question that is not on screen, and does not move on unanswered', () => {
    const progress: LearnProgress = { ...emptyProgress(), round: newRound('all', ['f-single', 'f-poll'], 1) };
    const feedback = practiceFeedback(q('f-poll'), { type: 'poll', optionId: 'vm' }, 'en', MISCONCEPTIONS);
    expect(recordAnswer(progress, { questionId: 'f-poll', topic: 'scope', answer: { type: 'poll', optionId: 'vm' }, feedback, locale: 'en', at: 1 })).toBe(progress);
    expect(advance(progress)).toBe(progress);
  });

  it('swaps stored feedback for the same answer in another language', () => {
    let progress: LearnProgress = { ...emptyProgress(), round: newRound('all', ['f-single'], 1) };
    progress = answer(progress, 'f-single', { type: 'single', optionId: 'nothing' });
    const pt = practiceFeedback(q('f-single'), { type: 'single', optionId: 'nothing' }, 'pt', MISCONCEPTIONS);
    const swapped = replaceFeedback(progress, 'f-single', pt, 'pt');
    expect(swapped.round?.answers['f-single']?.locale).toBe('pt');
    expect(swapped.round?.answers['f-single']?.feedback.reveal.explanation).toBe('Porque PT');
  });
});

describe('the end of a round', () => {
  it('scores by topic, groups misses by misconception and names the weak topics', () => {
    const ids = ['f-single', 'f-truefalse', 'f-sorting', 'f-short', 'f-poll'];
    let progress: LearnProgress = { ...emptyProgress(), round: newRound('all', ids, 1) };
    progress = answer(progress, 'f-single', { type: 'single', optionId: 'nothing' }); // m-own-kernel
    progress = answer(progress, 'f-truefalse', { type: 'truefalse', value: true }); // m-light-vm
    progress = answer(progress, 'f-sorting', { type: 'sorting', bins: { guest: 'vm', shared: 'vm', iso: 'both' } }); // m-own-kernel, 2/3
    progress = answer(progress, 'f-short', { type: 'short', text: 'Contêiner!' });
    progress = answer(progress, 'f-poll', { type: 'poll', optionId: 'ct' });
    const summary = summarizeRound(progress.round!, topicOf);
    expect(summary.byTopic).toEqual([
      { topic: 'containers', count: 3, correct: 1, share: 1 / 3 },
      { topic: 'scope', count: 1, correct: 0, share: 2 / 3 },
    ]);
    expect(summary.total).toEqual({ count: 4, correct: 1, share: (0 + 0 + 1 + 2 / 3) / 4 });
    expect(summary.byMisconception.map((g) => [g.misconception.id, g.questionIds])).toEqual([
      ['m-own-kernel', ['f-single', 'f-sorting']],
      ['m-light-vm', ['f-truefalse']],
    ]);
    expect(summary.otherMisses).toEqual([]);
    expect(summary.weak).toEqual(['containers', 'scope']);
  });

  it('lists a miss that revealed no misconception on its own', () => {
    let progress: LearnProgress = { ...emptyProgress(), round: newRound('all', ['f-ordering'], 1) };
    progress = answer(progress, 'f-ordering', { type: 'ordering', optionIds: ['os', 'hv', 'hw'] });
    expect(summarizeRound(progress.round!, topicOf).otherMisses).toEqual(['f-ordering']);
  });
});

describe('a weak-topics round', () => {
  it('picks the questions of weak topics, misses first, then untried, never polls', () => {
    const results = {
      'f-single': { share: 0, correct: false, at: 1, topic: 'containers' as const },
      'f-multiple': { share: 1, correct: true, at: 1, topic: 'containers' as const },
      'f-sorting': { share: 1, correct: true, at: 1, topic: 'scope' as const },
    };
    const picked = pickWeakQuestions(BANK, results);
    expect(picked).toEqual(['f-single', 'f-truefalse', 'f-short', 'f-hotspot', 'f-multiple']);
    expect(pickWeakQuestions(BANK, results, 2)).toEqual(['f-single', 'f-truefalse']);
    expect(pickWeakQuestions(BANK, {})).toEqual([]);
  });
});
