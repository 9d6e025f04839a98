import type { JoinSymbol } from '../../lib/quiz/join-pattern';

/** Shapes told apart by outline alone; the colours only help. */
const SHAPES: Record<JoinSymbol, { path: string; color: string }> = {
  circle: { path: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', color: 'text-sky-700 dark:text-sky-300' },
  square: { path: 'M4 4h16v16H4z', color: 'text-amber-700 dark:text-amber-300' },
  triangle: { path: 'M12 2.5 22 20.5H2z', color: 'text-emerald-700 dark:text-emerald-300' },
  star: { path: 'M12 2.2l2.9 6.2 6.7.8-5 4.6 1.4 6.7L12 17.2l-6 3.3 1.4-6.7-5-4.6 6.7-.8z', color: 'text-violet-700 dark:text-violet-300' },
  heart: { path: 'M12 21s-8.5-5.4-8.5-11.2A4.6 4.6 0 0 1 12 7a4.6 4.6 0 0 1 8.5 2.8C20.5 15.6 12 21 12 21z', color: 'text-rose-700 dark:text-rose-300' },
  moon: { path: 'M20.5 14.6A8.8 8.8 0 1 1 9.4 3.5a7.2 7.2 0 0 0 11.1 11.1z', color: 'text-slate-800 dark:text-slate-100' },
};

/** One symbol of the two-step join's pattern, drawn; decorative (callers name it in text). */
export function JoinSymbolIcon({ symbol, className = 'h-8 w-8' }: { symbol: JoinSymbol; className?: string }) {
  const shape = SHAPES[symbol];
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={`${className} ${shape.color}`} data-symbol={symbol}>
      <path d={shape.path} fill="currentColor" />
    </svg>
  );
}
