'use client';
import { useSyncExternalStore } from 'react';
import { parseProgress, PROGRESS_KEY, serializeProgress, type LearnProgress } from '../../lib/learn/progress';

/**
 * This device's learning progress in localStorage, as an external store React can read:
 * every tab sees a change (the `storage` event), and a browser that refuses storage still
 * works for the visit, from memory.
 */
const listeners = new Set<() => void>();
let memory: string | null = null;
let cached: { raw: string | null; value: LearnProgress } | null = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return memory;
  }
}

/** The stored progress (the same object until it changes, as React needs). */
export function readProgress(): LearnProgress {
  const raw = readRaw();
  if (!cached || cached.raw !== raw) cached = { raw, value: parseProgress(raw) };
  return cached.value;
}

/** Stores progress and tells every reader in this tab. */
export function writeProgress(progress: LearnProgress): void {
  const raw = serializeProgress(progress);
  memory = raw;
  try {
    window.localStorage.setItem(PROGRESS_KEY, raw);
  } catch {
    // Storage full or refused: keep going from memory for this visit.
  }
  cached = { raw, value: progress };
  for (const listener of listeners) listener();
}

/** Applies a change to the latest stored progress. */
export function updateProgress(change: (progress: LearnProgress) => LearnProgress): LearnProgress {
  const next = change(readProgress());
  writeProgress(next);
  return next;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** This device's progress; null while rendering on the server and before hydration. */
export function useLearnProgress(): LearnProgress | null {
  return useSyncExternalStore(subscribe, readProgress, () => null);
}
