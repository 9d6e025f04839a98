import type { LessonCard } from '../types';

/** Lesson cards, topic "images-registries" (CONTENT.md). */
export const imagesRegistriesLessons: LessonCard[] = [];
