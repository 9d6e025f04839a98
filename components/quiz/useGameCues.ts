'use client';
import { useEffect, useRef } from 'react';
import { hostCue, playerCue, type PlayerStep, type Step } from '../../lib/client/sound-cues';
import type { HostView, PlayerView } from '../../lib/quiz/views';
import type { Sounds } from '../ui/useSounds';

/** The projector's cues as the game moves on (lib/client/sound-cues.ts says which). */
export function useHostCues(view: HostView | null, sounds: Sounds): void {
  const last = useRef<Step | null>(null);
  const phase = view?.phase;
  const questionIndex = view?.questionIndex;
  const { play } = sounds;
  useEffect(() => {
    if (phase === undefined || questionIndex === undefined) return;
    const step = { phase, questionIndex };
    const cue = hostCue(last.current, step);
    last.current = step;
    if (cue) play(cue);
  }, [phase, questionIndex, play]);
}

/** A phone's cue when its own result arrives. */
export function usePlayerCues(view: PlayerView | null, sounds: Sounds): void {
  const last = useRef<PlayerStep | null>(null);
  const { play } = sounds;
  useEffect(() => {
    if (!view) return;
    const step = { phase: view.phase, questionIndex: view.questionIndex, result: view.result };
    const cue = playerCue(last.current, step);
    last.current = step;
    if (cue) play(cue);
  }, [view, play]);
}
