import type { Question } from '../../quiz/types';

/** Question bank, topic "analogy" (CONTENT.md). */
export const analogyQuestions: Question[] = [];
