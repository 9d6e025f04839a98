import type { Answer, Question } from './types';

/**
 * Whether an answer is right. All-or-nothing for every type in this slice:
 * a multiple-choice answer must pick every right option and no wrong one,
 * an ordering answer must place every item in its place.
 */
export function isCorrect(question: Question, answer: Answer): boolean {
  switch (question.type) {
    case 'single':
      return answer.type === 'single' && answer.optionId === question.correctOptionId;
    case 'multiple': {
      if (answer.type !== 'multiple') return false;
      const picked = new Set(answer.optionIds);
      return picked.size === question.correctOptionIds.length && question.correctOptionIds.every((id) => picked.has(id));
    }
    case 'truefalse':
      return answer.type === 'truefalse' && answer.value === question.correct;
    case 'ordering':
      return (
        answer.type === 'ordering' &&
        answer.optionIds.length === question.options.length &&
        question.options.every((option, i) => answer.optionIds[i] === option.id)
      );
  }
}

/**
 * Whether an answer has the shape the question asks for (same type, known option ids,
 * no duplicates, a full ordering). A malformed answer is refused, never scored as wrong.
 */
export function isWellFormed(question: Question, answer: Answer): boolean {
  if (answer.type !== question.type) return false;
  switch (answer.type) {
    case 'truefalse':
      return true;
    case 'single':
      return question.type === 'single' && question.options.some((o) => o.id === answer.optionId);
    case 'multiple': {
      if (question.type !== 'multiple') return false;
      const ids = new Set(question.options.map((o) => o.id));
      return answer.optionIds.length > 0 && new Set(answer.optionIds).size === answer.optionIds.length && answer.optionIds.every((id) => ids.has(id));
    }
    case 'ordering': {
      if (question.type !== 'ordering') return false;
      const ids = new Set(question.options.map((o) => o.id));
      return answer.optionIds.length === ids.size && new Set(answer.optionIds).size === ids.size && answer.optionIds.every((id) => ids.has(id));
    }
  }
}

/** A stable key naming an answer's choice, used to count the answer distribution. */
export function distributionKeys(answer: Answer): string[] {
  switch (answer.type) {
    case 'single':
      return [answer.optionId];
    case 'multiple':
      return answer.optionIds;
    case 'truefalse':
      return [answer.value ? 'true' : 'false'];
    case 'ordering':
      // For ordering, the distribution counts which item each player put first.
      return answer.optionIds.slice(0, 1);
  }
}
