import type { LessonCard } from '../types';

/** Lesson cards, topic "scope" (CONTENT.md). */
export const scopeLessons: LessonCard[] = [];
