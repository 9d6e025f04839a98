import type { Misconception } from '../types';
import { virtualMachinesMisconceptions } from './virtual-machines';
import { virtualizationKindsMisconceptions } from './virtualization-kinds';
import { containersMisconceptions } from './containers';
import { imagesRegistriesMisconceptions } from './images-registries';
import { scopeMisconceptions } from './scope';
import { togetherMisconceptions } from './together';
import { analogyMisconceptions } from './analogy';

/** Every misconception the bank's wrong answers point at. */
export const MISCONCEPTIONS: readonly Misconception[] = [...virtualMachinesMisconceptions, ...virtualizationKindsMisconceptions, ...containersMisconceptions, ...imagesRegistriesMisconceptions, ...scopeMisconceptions, ...togetherMisconceptions, ...analogyMisconceptions];

/** The misconception with this id. */
export function findMisconception(id: string): Misconception | undefined {
  return MISCONCEPTIONS.find((m) => m.id === id);
}
