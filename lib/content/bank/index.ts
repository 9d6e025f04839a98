import type { Question, Topic } from '../../quiz/types';
import { virtualMachinesQuestions } from './virtual-machines';
import { virtualizationKindsQuestions } from './virtualization-kinds';
import { containersQuestions } from './containers';
import { imagesRegistriesQuestions } from './images-registries';
import { scopeQuestions } from './scope';
import { togetherQuestions } from './together';
import { analogyQuestions } from './analogy';

/** Every question of the built-in bank, topic by topic in CONTENT.md's order. Server-side only: it holds the answer keys. */
export const QUESTION_BANK: readonly Question[] = [...virtualMachinesQuestions, ...virtualizationKindsQuestions, ...containersQuestions, ...imagesRegistriesQuestions, ...scopeQuestions, ...togetherQuestions, ...analogyQuestions];

/** The bank question with this id. */
export function findBankQuestion(id: string): Question | undefined {
  return QUESTION_BANK.find((q) => q.id === id);
}

/** The bank questions of one topic. */
export function bankQuestionsOf(topic: Topic): Question[] {
  return QUESTION_BANK.filter((q) => q.topic === topic);
}
