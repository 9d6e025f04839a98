import type { LessonCard } from '../types';

/** Lesson cards, topic "together" (CONTENT.md). */
export const togetherLessons: LessonCard[] = [];
