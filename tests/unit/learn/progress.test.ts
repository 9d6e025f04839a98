import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, serializeProgress, topicProgress, weakTopics, type LearnProgress, type QuestionResult } from '../../../lib/learn/progress';

const result = (topic: QuestionResult['topic'], share: number): QuestionResult => ({ topic, share, correct: share === 1, at: 1 });

describe('stored progress', () => {
  it('comes back as it was stored', () => {
    const progress: LearnProgress = {
      version: 1,
      questions: { q1: result('containers', 1) },
      round: {
        selection: 'all',
        questionIds: ['q1', 'q2'],
        position: 1,
        startedAt: 5,
        answers: {
          q1: {
            answer: { type: 'single', optionId: 'a' },
            locale: 'en',
            feedback: { grade: { share: 1, correct: true }, reveal: { correctAnswer: { type: 'single', optionId: 'a' }, correctText: null, explanation: 'E', about: null, regions: [] }, misconceptions: [], source: { title: 'T', author: null, year: null } },
          },
        },
      },
    };
    expect(parseProgress(serializeProgress(progress))).toEqual(progress);
  });

  it('starts empty when nothing, garbage or another version is stored', () => {
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress('{not json')).toEqual(emptyProgress());
    expect(parseProgress(JSON.stringify({ version: 2, questions: { q: result('scope', 1) } }))).toEqual(emptyProgress());
  });

  it('drops a damaged entry or round but keeps the rest', () => {
    const raw = JSON.stringify({ version: 1, questions: { good: result('scope', 0.5), bad: { share: 'lots' } }, round: { selection: 'all', questionIds: [], position: 0 } });
    expect(parseProgress(raw)).toEqual({ version: 1, questions: { good: result('scope', 0.5) }, round: null });
  });

  it('drops a round holding an answer or feedback of the wrong shape', () => {
    const feedback = { grade: null, reveal: { correctAnswer: null, correctText: null, explanation: 'E', about: null }, misconceptions: [], source: { title: 'T', author: null, year: null } };
    const round = (entry: unknown) => JSON.stringify({ version: 1, questions: {}, round: { selection: 'all', questionIds: ['a'], position: 0, startedAt: 1, answers: { a: entry } } });
    expect(parseProgress(round({ answer: { type: 'poll', optionId: 'x' }, feedback, locale: 'en' })).round).not.toBeNull();
    expect(parseProgress(round({ answer: { type: 'sorting', bins: { x: 'house' } }, feedback, locale: 'en' })).round).toBeNull();
    expect(parseProgress(round({ answer: { type: 'poll', optionId: 'x' }, feedback: { ...feedback, misconceptions: [{ id: 1 }] }, locale: 'en' })).round).toBeNull();
    expect(parseProgress(round({ answer: { type: 'poll', optionId: 'x' }, feedback, locale: 'fr' })).round).toBeNull();
  });

  it('drops a round whose position is past its end', () => {
    const raw = JSON.stringify({ version: 1, questions: {}, round: { selection: 'all', questionIds: ['a'], position: 3, answers: {}, startedAt: 1 } });
    expect(parseProgress(raw).round).toBeNull();
  });
});

describe('progress per topic', () => {
  it('counts answered, right and the mean share, against the topic’s total', () => {
    const rows = topicProgress({ a: result('containers', 1), b: result('containers', 0.5), c: result('scope', 0) }, { containers: 4, scope: 2 });
    expect(rows.find((r) => r.topic === 'containers')).toEqual({ topic: 'containers', answered: 2, total: 4, correct: 1, share: 0.75 });
    expect(rows.find((r) => r.topic === 'scope')).toEqual({ topic: 'scope', answered: 1, total: 2, correct: 0, share: 0 });
    expect(rows.find((r) => r.topic === 'analogy')).toEqual({ topic: 'analogy', answered: 0, total: 0, correct: 0, share: null });
    expect(rows).toHaveLength(7);
  });

  it('calls a topic weak under 70%, weakest first, and never one not tried', () => {
    const weak = weakTopics({ a: result('containers', 0.6), b: result('scope', 0), c: result('analogy', 0.7), d: result('together', 1) });
    expect(weak).toEqual(['scope', 'containers']);
    expect(weakTopics({})).toEqual([]);
  });
});
