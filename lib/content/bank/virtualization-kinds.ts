import type { Question } from '../../quiz/types';

/** Question bank, topic "virtualization-kinds" (CONTENT.md). */
export const virtualizationKindsQuestions: Question[] = [];
