import type { Misconception } from '../types';

/** Misconceptions of topic "virtualization-kinds" that wrong answers can reveal. */
export const virtualizationKindsMisconceptions: Misconception[] = [];
