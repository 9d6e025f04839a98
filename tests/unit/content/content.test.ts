import { describe, expect, it } from 'vitest';
import { QUIZZES, findQuiz } from '../../../lib/content/quizzes';
import { containersVsVmsQuiz } from '../../../lib/content/quizzes/containers-vs-vms';
import { isCorrect, isWellFormed } from '../../../lib/quiz/check';
import { correctAnswer } from '../../../lib/quiz/display';
import { LOCALES, SOURCES, TOPICS, type Localized, type Question, type QuestionType } from '../../../lib/quiz/types';

const QUESTION_TYPES: QuestionType[] = ['single', 'multiple', 'truefalse', 'ordering'];

function expectLocalized(text: Localized, where: string): void {
  for (const locale of LOCALES) {
    expect(typeof text[locale], `${where} [${locale}]`).toBe('string');
    expect(text[locale].trim(), `${where} [${locale}] is empty`).not.toBe('');
  }
}

const optionsOf = (question: Question): { id: string; text: Localized }[] => ('options' in question ? question.options : []);

describe('the quiz catalogue', () => {
  it('has at least one quiz, each with a unique id', () => {
    expect(QUIZZES.length).toBeGreaterThan(0);
    const ids = QUIZZES.map((quiz) => quiz.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds a quiz by id, and nothing for an unknown id', () => {
    expect(findQuiz('containers-vs-vms')).toBe(containersVsVmsQuiz);
    expect(findQuiz('no-such-quiz')).toBeUndefined();
  });
});

describe.each(QUIZZES.map((quiz) => [quiz.id, quiz] as const))('quiz %s', (_id, quiz) => {
  const questions = quiz.questions;

  it('has a title and a description in every language', () => {
    expectLocalized(quiz.title, 'title');
    expectLocalized(quiz.description, 'description');
  });

  it('has at least 8 questions, covering all four question types', () => {
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it('gives every question a unique id', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every prompt, explanation and option text in English and Portuguese', () => {
    for (const question of questions) {
      expectLocalized(question.prompt, `${question.id} prompt`);
      expectLocalized(question.explanation, `${question.id} explanation`);
      for (const option of optionsOf(question)) expectLocalized(option.text, `${question.id} option ${option.id}`);
    }
  });

  it('has every prompt actually translated: the Portuguese differs from the English', () => {
    for (const question of questions) {
      expect(question.prompt.pt, question.id).not.toBe(question.prompt.en);
    }
  });

  it('gives the options of each question unique ids and distinct texts', () => {
    for (const question of questions) {
      const options = optionsOf(question);
      expect(new Set(options.map((o) => o.id)).size, question.id).toBe(options.length);
      for (const locale of LOCALES) expect(new Set(options.map((o) => o.text[locale])).size, `${question.id} [${locale}]`).toBe(options.length);
    }
  });

  it('has valid answer keys: the right options exist, and there is something wrong to pick', () => {
    for (const question of questions) {
      const ids = new Set(optionsOf(question).map((o) => o.id));
      switch (question.type) {
        case 'single':
          expect(question.options.length, question.id).toBeGreaterThanOrEqual(2);
          expect(ids.has(question.correctOptionId), question.id).toBe(true);
          break;
        case 'multiple':
          expect(question.correctOptionIds.length, question.id).toBeGreaterThan(0);
          expect(new Set(question.correctOptionIds).size, question.id).toBe(question.correctOptionIds.length);
          for (const id of question.correctOptionIds) expect(ids.has(id), `${question.id}: ${id}`).toBe(true);
          expect(question.correctOptionIds.length, `${question.id} has no wrong option`).toBeLessThan(question.options.length);
          break;
        case 'truefalse':
          expect(typeof question.correct, question.id).toBe('boolean');
          break;
        case 'ordering':
          break;
      }
    }
  });

  it('has at least 3 items in every ordering question', () => {
    const orderings = questions.filter((q) => q.type === 'ordering');
    expect(orderings.length).toBeGreaterThan(0);
    for (const question of orderings) expect(question.options.length, question.id).toBeGreaterThanOrEqual(3);
  });

  it('does not give the order away: the correct order is not the ids sorted', () => {
    for (const question of questions) {
      if (question.type !== 'ordering') continue;
      const ids = question.options.map((o) => o.id);
      expect(ids, question.id).not.toEqual([...ids].sort());
    }
  });

  it('accepts and marks right the answer its own key describes, for every question', () => {
    for (const question of questions) {
      const answer = correctAnswer(question);
      expect(isWellFormed(question, answer!), question.id).toBe(true);
      expect(isCorrect(question, answer!), question.id).toBe(true);
    }
  });

  it('uses known topics and sources, and a sensible time limit', () => {
    for (const question of questions) {
      expect(TOPICS, question.id).toContain(question.topic);
      expect(Object.keys(SOURCES), question.id).toContain(question.source);
      expect(Number.isInteger(question.timeLimitSec), question.id).toBe(true);
      expect(question.timeLimitSec, question.id).toBeGreaterThanOrEqual(5);
      expect(question.timeLimitSec, question.id).toBeLessThanOrEqual(300);
    }
  });
});
