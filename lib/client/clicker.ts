/**
 * A presenter's clicker (or the keyboard) on the projector view: its "next" button sends
 * PageDown or the right arrow, and moves the game one step, as the host console's first
 * button would. Pure: which key counts, and which command a step takes.
 */
import type { Phase } from '../quiz/machine';

/** The keys a clicker's "next" sends (and a keyboard's own). */
const NEXT_KEYS = new Set(['PageDown', 'ArrowRight']);

export function isNextKey(key: string): boolean {
  return NEXT_KEYS.has(key);
}

/** The step forward from where the game stands: start once someone has joined, then next; nothing after the podium. */
export function clickerCommand(phase: Phase, activeCount: number): { action: 'start' } | { action: 'next' } | null {
  if (phase === 'podium') return null;
  if (phase === 'lobby') return activeCount > 0 ? { action: 'start' } : null;
  return { action: 'next' };
}
