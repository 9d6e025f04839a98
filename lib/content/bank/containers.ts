import type { Question } from '../../quiz/types';

/** Question bank, topic "containers" (CONTENT.md). */
export const containersQuestions: Question[] = [];
