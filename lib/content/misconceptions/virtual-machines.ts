import type { Misconception } from '../types';

/** Misconceptions of topic "virtual-machines" that wrong answers can reveal. */
export const virtualMachinesMisconceptions: Misconception[] = [];
