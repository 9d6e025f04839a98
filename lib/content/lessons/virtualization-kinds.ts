import type { LessonCard } from '../types';

/** Lesson cards, topic "virtualization-kinds" (CONTENT.md). */
export const virtualizationKindsLessons: LessonCard[] = [];
