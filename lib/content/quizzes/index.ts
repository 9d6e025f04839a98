import type { Quiz } from '../../quiz/types';
import { containersVsVmsQuiz } from './containers-vs-vms';

/** Every quiz the app can host, in display order. */
export const QUIZZES: readonly Quiz[] = [containersVsVmsQuiz];

/** The quiz with this id, or undefined if there is none. */
export function findQuiz(id: string): Quiz | undefined {
  return QUIZZES.find((quiz) => quiz.id === id);
}
