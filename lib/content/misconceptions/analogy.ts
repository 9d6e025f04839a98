import type { Misconception } from '../types';

/** Misconceptions of topic "analogy" that wrong answers can reveal. */
export const analogyMisconceptions: Misconception[] = [];
