/**
 * Placing choices on slots where each choice may be used once (matching: a right-hand item
 * per left item; labelling: a label per marker). Pure, for the answer inputs.
 */
export type Placements = Record<string, string>;

/**
 * Puts `choice` on `slot`. A choice already on another slot moves here, leaving that slot
 * empty; an empty choice ('') clears the slot.
 */
export function place(placements: Placements, slot: string, choice: string): Placements {
  const next: Placements = {};
  for (const [s, c] of Object.entries(placements)) if (s !== slot && c !== choice) next[s] = c;
  if (choice !== '') next[slot] = choice;
  return next;
}

/** The slot a choice is on, if any. */
export function slotOf(placements: Placements, choice: string): string | undefined {
  return Object.entries(placements).find(([, c]) => c === choice)?.[0];
}

/** Whether every slot has a choice. */
export function isComplete(placements: Placements, slots: readonly string[]): boolean {
  return slots.every((s) => Boolean(placements[s]));
}
