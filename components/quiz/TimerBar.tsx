'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { remainingMs } from '../../lib/client/server-clock';
import type { TimerView } from '../../lib/quiz/views';

/**
 * The shrinking bar and the seconds left, computed from the server's deadline so every
 * screen agrees. The number is announced only every 10 s to keep screen readers calm.
 * `onSecond` hears each second that passes while the clock runs.
 */
export function TimerBar({ timer, offset, large = false, onSecond }: { timer: TimerView; offset: number; large?: boolean; onSecond?: (secondsLeft: number) => void }) {
  const t = useTranslations('Quiz');
  const host = useTranslations('HostConsole');
  // Null until mounted: a page rendered on the server (the play page) shows the time left as
  // the view says, and hydrates to the same text; the clock takes over right after.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    if (timer.paused || timer.endsAt === null) return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [timer.paused, timer.endsAt]);
  const left = timer.paused || timer.endsAt === null || now === null ? timer.remainingMs : remainingMs(timer.endsAt, offset, now);
  const seconds = Math.ceil(left / 1000);
  const share = timer.durationMs > 0 ? Math.min(1, left / timer.durationMs) : 0;
  const urgent = seconds <= 5;
  // Told once per second the clock runs (the projector's last-seconds ticks), never while paused.
  const running = !timer.paused && timer.endsAt !== null && now !== null;
  useEffect(() => {
    if (running) onSecond?.(seconds);
    // A new second counts, not a new callback (the host passes a fresh one each render).
  }, [seconds, running]);
  return (
    <div className="flex items-center gap-3">
      <div aria-hidden="true" className={`relative flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800 ${large ? 'h-5' : 'h-3'}`}>
        <div
          className={`absolute inset-y-0 left-0 rounded-full transition-[width] duration-300 ease-linear ${urgent ? 'bg-red-600' : 'bg-indigo-600'}`}
          style={{ width: `${share * 100}%` }}
        />
      </div>
      <p className={`min-w-24 text-right font-mono font-bold tabular-nums ${large ? 'text-3xl' : 'text-lg'}`}>
        {timer.paused ? (
          <span>{host('paused')}</span>
        ) : (
          <>
            <span aria-hidden="true">{seconds}s</span>
            <span className="sr-only" aria-live={seconds % 10 === 0 || seconds <= 5 ? 'polite' : 'off'}>
              {t('timeLeft', { seconds })}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
