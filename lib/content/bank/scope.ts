import type { Question } from '../../quiz/types';

/** Question bank, topic "scope" (CONTENT.md). */
export const scopeQuestions: Question[] = [];
