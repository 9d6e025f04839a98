import type { Question } from '../../quiz/types';

/** Question bank, topic "virtual-machines" (CONTENT.md). */
export const virtualMachinesQuestions: Question[] = [];
