'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CUES, type Cue } from '../../lib/client/sound-cues';

/** One choice per browser: whoever turned sounds on in it hears them on every page. */
const STORAGE_KEY = 'stackhouse:sounds';

export interface Sounds {
  /** False on the server's page and where the browser has no Web Audio: no toggle that could do nothing. */
  supported: boolean;
  on: boolean;
  toggle: () => void;
  play: (cue: Cue) => void;
}

/**
 * Sounds, off unless this browser's person turned them on, synthesised with the Web Audio API
 * (no files to fetch). Browsers start audio only after a tap or a key: the toggle is one, and
 * with sounds already on from an earlier visit the first tap or key on the page wakes them.
 */
export function useSounds(): Sounds {
  const [supported, setSupported] = useState(false);
  const [on, setOn] = useState(false);
  const context = useRef<AudioContext | null>(null);
  const audio = useCallback((): AudioContext | null => {
    if (!context.current && typeof AudioContext !== 'undefined') context.current = new AudioContext();
    return context.current;
  }, []);

  useEffect(() => {
    setSupported(typeof AudioContext !== 'undefined');
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage refused (a private mode): sounds stay off, as by default.
    }
    setOn(stored === 'on');
  }, []);

  useEffect(() => {
    if (!on) return;
    const wake = () => void audio()?.resume().catch(() => undefined);
    document.addEventListener('pointerdown', wake);
    document.addEventListener('keydown', wake);
    return () => {
      document.removeEventListener('pointerdown', wake);
      document.removeEventListener('keydown', wake);
    };
  }, [on, audio]);

  useEffect(
    () => () => {
      // Forgotten as well as closed: a page mounted again (React's development checks do it) makes a new one.
      void context.current?.close().catch(() => undefined);
      context.current = null;
    },
    [],
  );

  const toggle = useCallback(() => {
    const next = !on;
    setOn(next);
    try {
      localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    } catch {
      // Not kept for the next visit; this page still follows the choice.
    }
    // Inside the click: the browser lets audio start now.
    if (next) void audio()?.resume().catch(() => undefined);
  }, [on, audio]);

  const play = useCallback(
    (cue: Cue) => {
      if (!on) return;
      const ctx = audio();
      if (!ctx || ctx.state !== 'running') return;
      const start = ctx.currentTime + 0.01;
      for (const note of CUES[cue]) {
        const oscillator = ctx.createOscillator();
        const gain = ctx.createGain();
        oscillator.type = note.wave;
        oscillator.frequency.value = note.hz;
        // A quick rise and an exponential fade: no click at either end.
        const from = start + note.at;
        gain.gain.setValueAtTime(0.0001, from);
        gain.gain.exponentialRampToValueAtTime(note.gain, from + 0.01);
        gain.gain.exponentialRampToValueAtTime(0.0001, from + note.length);
        oscillator.connect(gain).connect(ctx.destination);
        oscillator.start(from);
        oscillator.stop(from + note.length + 0.02);
      }
    },
    [on, audio],
  );

  return { supported, on, toggle, play };
}
