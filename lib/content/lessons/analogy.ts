import type { LessonCard } from '../types';

/** Lesson cards, topic "analogy" (CONTENT.md). */
export const analogyLessons: LessonCard[] = [];
