import type { Phase } from './machine';

/**
 * The host's step forward from where the game stands: start once someone has joined, then
 * next (reveal, leaderboard, next question or podium); nothing after the podium. The host
 * console's first button and a presenter's clicker both take it.
 */
export function stepForward(phase: Phase, activeCount: number): { action: 'start' } | { action: 'next' } | null {
  if (phase === 'podium') return null;
  if (phase === 'lobby') return activeCount > 0 ? { action: 'start' } : null;
  return { action: 'next' };
}
