import type { Misconception } from '../types';

/** Misconceptions of topic "containers" that wrong answers can reveal. */
export const containersMisconceptions: Misconception[] = [];
