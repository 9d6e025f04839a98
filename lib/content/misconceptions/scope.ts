import type { Misconception } from '../types';

/** Misconceptions of topic "scope" that wrong answers can reveal. */
export const scopeMisconceptions: Misconception[] = [];
