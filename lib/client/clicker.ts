/**
 * A presenter's clicker (or the keyboard) on the projector view: its "next" button sends
 * PageDown or the right arrow, and moves the game one step (lib/quiz/step-forward.ts). Pure.
 */

/** The keys a clicker's "next" sends (and a keyboard's own). */
const NEXT_KEYS = new Set(['PageDown', 'ArrowRight']);

export function isNextKey(key: string): boolean {
  return NEXT_KEYS.has(key);
}
