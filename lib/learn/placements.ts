/**
 * Placing choices on slots where each choice may be used once (matching: a right-hand item
 * per left item; labelling: a label per marker). Pure, for the answer inputs.
 *
 * A choice put on a second slot is not taken away from the first: a keyboard user arrowing
 * through a closed <select> "chooses" every option on the way, and must not empty other
 * slots by doing so. Instead the clash is shown, and the answer cannot be sent until it is
 * resolved.
 */
export type Placements = Record<string, string>;

/** Puts `choice` on `slot`; an empty choice ('') clears the slot. */
export function place(placements: Placements, slot: string, choice: string): Placements {
  const next: Placements = { ...placements };
  if (choice === '') delete next[slot];
  else next[slot] = choice;
  return next;
}

/** The slots a choice is on, in slot order. */
export function slotsOf(placements: Placements, choice: string): string[] {
  return Object.entries(placements)
    .filter(([, c]) => c === choice)
    .map(([s]) => s);
}

/** Choices placed on more than one slot. */
export function clashes(placements: Placements): string[] {
  const seen = new Map<string, number>();
  for (const choice of Object.values(placements)) seen.set(choice, (seen.get(choice) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([choice]) => choice);
}

/** Slots still without a choice. */
export function emptySlots(placements: Placements, slots: readonly string[]): string[] {
  return slots.filter((s) => !placements[s]);
}

/** Whether every slot has a choice and no choice is used twice: ready to send. */
export function isComplete(placements: Placements, slots: readonly string[]): boolean {
  return emptySlots(placements, slots).length === 0 && clashes(placements).length === 0;
}
