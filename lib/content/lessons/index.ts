import type { Topic } from '../../quiz/types';
import type { LessonCard } from '../types';
import { virtualMachinesLessons } from './virtual-machines';
import { virtualizationKindsLessons } from './virtualization-kinds';
import { containersLessons } from './containers';
import { imagesRegistriesLessons } from './images-registries';
import { scopeLessons } from './scope';
import { togetherLessons } from './together';
import { analogyLessons } from './analogy';

/** Every lesson card, topic by topic in CONTENT.md's order. Public: holds no answer. */
export const LESSONS: readonly LessonCard[] = [...virtualMachinesLessons, ...virtualizationKindsLessons, ...containersLessons, ...imagesRegistriesLessons, ...scopeLessons, ...togetherLessons, ...analogyLessons];

/** The cards of one topic, in reading order. */
export function lessonsOf(topic: Topic): LessonCard[] {
  return LESSONS.filter((card) => card.topic === topic);
}
