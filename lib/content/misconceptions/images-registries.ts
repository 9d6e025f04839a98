import type { Misconception } from '../types';

/** Misconceptions of topic "images-registries" that wrong answers can reveal. */
export const imagesRegistriesMisconceptions: Misconception[] = [];
