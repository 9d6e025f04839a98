import type { LessonCard } from '../types';

/** Lesson cards, topic "virtual-machines" (CONTENT.md). */
export const virtualMachinesLessons: LessonCard[] = [];
