'use client';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps a keyboard user's place when a switch hides the button they pressed: entering full
 * screen hides "Full screen" (with the teacher's panels) and shows "Leave full screen", and
 * leaving does the reverse. Focus moves to the counterpart; never on the first render.
 */
export function useFocusAcrossSwitch(on: boolean, whenOff: RefObject<HTMLElement | null>, whenOn: RefObject<HTMLElement | null>): void {
  const was = useRef(on);
  useEffect(() => {
    if (was.current === on) return;
    was.current = on;
    (on ? whenOn : whenOff).current?.focus();
  }, [on, whenOff, whenOn]);
}

/**
 * Each step of a game brings its own buttons, so the one just pressed ("Start the quiz") can be
 * gone, and a keyboard user would start again from the top of the page. On a change of step,
 * and only when the focus went nowhere, put it on the first control the new step offers.
 * `step` is '' until there is anything to show.
 */
export function useFocusFirstControl(step: string, controls: RefObject<HTMLElement | null>): void {
  const last = useRef(step);
  useEffect(() => {
    const changed = last.current !== '' && last.current !== step;
    last.current = step;
    if (!changed || (document.activeElement && document.activeElement !== document.body)) return;
    controls.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus({ preventScroll: true });
  }, [step, controls]);
}
