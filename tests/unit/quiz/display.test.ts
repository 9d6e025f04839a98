import { describe, expect, it } from 'vitest';
import { correctAnswer, displayOrder, publicQuestion, publicReveal, publicSource } from '../../../lib/quiz/display';
import { LOCALES, SOURCES, type OrderingQuestion, type Question } from '../../../lib/quiz/types';
import { QUIZZES } from '../../../lib/content/quizzes';
import { EXPLANATIONS, QUIZ } from './helpers';

const [single, multiple, truefalse, ordering] = QUIZ.questions as [Question, Question, Question, Question];

function orderingOf(size: number): OrderingQuestion {
  return {
    ...(ordering as OrderingQuestion),
    id: `q-order-${size}`,
    options: Array.from({ length: size }, (_, i) => ({ id: `o${i}`, text: { en: `Item ${i}`, pt: `Item ${i}` } })),
  };
}

const seeds = Array.from({ length: 500 }, (_, i) => `SEED${i}`);
const ids = (options: { id: string }[]) => options.map((o) => o.id);

describe('displayOrder', () => {
  it('never shows an ordering question already in its correct order, for any seed', () => {
    for (const size of [2, 3, 4, 5, 6]) {
      const question = orderingOf(size);
      const solved = ids(question.options).join();
      for (const seed of seeds) {
        expect(ids(displayOrder(question, seed)).join(), `size ${size}, seed ${seed}`).not.toBe(solved);
      }
    }
  });

  it('shows every item exactly once', () => {
    const question = orderingOf(5);
    for (const seed of seeds.slice(0, 50)) {
      expect(ids(displayOrder(question, seed)).sort()).toEqual(ids(question.options).sort());
    }
  });

  it('gives the same order for the same seed, so every screen and a reconnect agree', () => {
    const question = orderingOf(5);
    for (const seed of seeds.slice(0, 50)) {
      expect(displayOrder(question, seed)).toEqual(displayOrder(question, seed));
    }
  });

  it('varies from one session (seed) to another', () => {
    const question = orderingOf(4);
    const orders = new Set(seeds.map((seed) => ids(displayOrder(question, seed)).join()));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('keeps the authored order of choice questions, and gives none for true/false', () => {
    expect(ids(displayOrder(single as { type: 'single'; id: string; options: { id: string }[] }, 'S'))).toEqual(['a', 'b', 'c']);
    expect(ids(displayOrder(multiple as { type: 'multiple'; id: string; options: { id: string }[] }, 'S'))).toEqual(['a', 'b', 'c', 'd']);
    expect(displayOrder({ type: 'truefalse', id: truefalse.id }, 'S')).toEqual([]);
  });

  it('does not reorder the question it was given', () => {
    const question = orderingOf(4);
    displayOrder(question, 'ABC123');
    expect(ids(question.options)).toEqual(['o0', 'o1', 'o2', 'o3']);
  });

  it('never shows the real quizzes\' ordering questions solved either', () => {
    for (const quiz of QUIZZES) {
      for (const question of quiz.questions.filter((q) => q.type === 'ordering')) {
        for (const seed of seeds) expect(ids(displayOrder(question, seed))).not.toEqual(ids(question.options));
      }
    }
  });
});

describe('publicQuestion', () => {
  it('shows the prompt and options in the requested language, options in display order', () => {
    const en = publicQuestion(ordering, 3, 'en', 'ABC123');
    const pt = publicQuestion(ordering, 3, 'pt', 'ABC123');
    expect(en).toMatchObject({ index: 3, id: 'q-ordering', type: 'ordering', topic: 'together', prompt: 'Order x, y, z', timeLimitSec: 10 });
    expect(pt.prompt).toBe('Ordene x, y, z');
    expect(ids(en.options)).toEqual(ids(displayOrder(ordering as OrderingQuestion, 'ABC123')));
    expect(ids(pt.options)).toEqual(ids(en.options));
    const texts = Object.fromEntries((ordering as OrderingQuestion).options.map((o) => [o.id, o.text]));
    for (const option of pt.options) expect(option.text).toBe(texts[option.id]!.pt);
  });

  it('a true/false question has no options', () => {
    expect(publicQuestion(truefalse, 2, 'en', 'S').options).toEqual([]);
  });

  it('names the source in the requested language', () => {
    expect(publicQuestion(single, 0, 'pt', 'S').source).toEqual({ title: SOURCES.S1.title.pt, author: null, year: null });
    expect(publicSource(ordering, 'en')).toEqual({ title: SOURCES.S4.title.en, author: 'Jonathan Frappier', year: 2014 });
    expect(publicSource(ordering, 'pt').title).toBe(SOURCES.S4.title.pt);
  });

  it('contains no answer key and no explanation, for every question and language', () => {
    const all = [...QUIZ.questions, ...QUIZZES.flatMap((quiz) => quiz.questions)];
    for (const [index, question] of all.entries()) {
      for (const locale of LOCALES) {
        const json = JSON.stringify(publicQuestion(question, index, locale, 'ABC123'));
        expect(json).not.toContain('correctOptionId');
        expect(json).not.toContain('correctOptionIds');
        expect(json).not.toContain('"correct"');
        expect(json).not.toContain('explanation');
        for (const text of Object.values(question.explanation)) expect(json).not.toContain(text);
      }
    }
  });

  it('has exactly the public fields', () => {
    expect(Object.keys(publicQuestion(multiple, 1, 'en', 'S')).sort()).toEqual(
      ['id', 'index', 'options', 'left', 'right', 'items', 'bins', 'diagramId', 'slots', 'labels', 'prompt', 'source', 'timeLimitSec', 'topic', 'type'].sort(),
    );
  });
});

describe('correctAnswer and publicReveal', () => {
  it('express the key as the answer a player would have sent', () => {
    expect(correctAnswer(single)).toEqual({ type: 'single', optionId: 'b' });
    expect(correctAnswer(multiple)).toEqual({ type: 'multiple', optionIds: ['a', 'c'] });
    expect(correctAnswer(truefalse)).toEqual({ type: 'truefalse', value: true });
    expect(correctAnswer(ordering)).toEqual({ type: 'ordering', optionIds: ['x', 'y', 'z'] });
  });

  it('hands out a copy: changing it does not change the quiz', () => {
    const answer = correctAnswer(multiple);
    if (answer?.type === 'multiple') answer.optionIds.push('d');
    expect(correctAnswer(multiple)).toEqual({ type: 'multiple', optionIds: ['a', 'c'] });
  });

  it('the reveal carries the key and the explanation in the requested language', () => {
    expect(publicReveal(single, 'en')).toEqual({ correctAnswer: { type: 'single', optionId: 'b' }, correctText: null, explanation: EXPLANATIONS.en[0], about: null, regions: [] });
    expect(publicReveal(truefalse, 'pt').explanation).toBe(EXPLANATIONS.pt[2]);
  });
});
