import type { Question } from '../../quiz/types';

/** Question bank, topic "together" (CONTENT.md). */
export const togetherQuestions: Question[] = [];
