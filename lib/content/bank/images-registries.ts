import type { Question } from '../../quiz/types';

/** Question bank, topic "images-registries" (CONTENT.md). */
export const imagesRegistriesQuestions: Question[] = [];
