'use client';
import { useEffect } from 'react';
import { isNextKey } from '../../lib/client/clicker';
import { stepForward } from '../../lib/quiz/step-forward';
import type { HostCommandRequest } from '../../lib/protocol/schemas';
import type { HostView } from '../../lib/quiz/views';

/** Typing in a field is never a step of the game. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/**
 * While the console is the projector view, a presenter's clicker (PageDown, the right arrow)
 * moves the game one step: start, reveal, leaderboard, next question, podium
 * (lib/quiz/step-forward.ts), as the console's first button does. One step per press: a held key or a command on its way does nothing more.
 */
export function useClicker(enabled: boolean, view: HostView | null, busy: boolean, command: (cmd: HostCommandRequest) => Promise<boolean>): void {
  const phase = view?.phase;
  const activeCount = view?.activeCount ?? 0;
  useEffect(() => {
    if (!enabled || !phase) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isNextKey(event.key) || event.repeat || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isEditable(event.target)) return;
      const next = stepForward(phase, activeCount);
      event.preventDefault();
      if (next && !busy) void command(next);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, phase, activeCount, busy, command]);
}
