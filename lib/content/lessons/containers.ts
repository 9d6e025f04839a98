import type { LessonCard } from '../types';

/** Lesson cards, topic "containers" (CONTENT.md). */
export const containersLessons: LessonCard[] = [];
