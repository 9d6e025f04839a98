import type { Misconception } from '../types';

/** Misconceptions of topic "together" that wrong answers can reveal. */
export const togetherMisconceptions: Misconception[] = [];
