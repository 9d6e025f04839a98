/** How a bar reads: a score (good, weak), a count of misses, or plain progress. */
export type MeterTone = 'progress' | 'good' | 'weak' | 'missed' | 'none';

const TONES: Record<MeterTone, string> = {
  progress: 'bg-indigo-600 dark:bg-indigo-400',
  good: 'bg-emerald-600 dark:bg-emerald-500',
  weak: 'bg-amber-500',
  missed: 'bg-red-600 dark:bg-red-500',
  none: 'bg-transparent',
};

/**
 * A horizontal bar for a share of 0..1. Decoration only (hidden from screen readers): every
 * place that draws one also writes its figure out in words.
 */
export function Meter({ share, tone = 'progress', className = 'h-3' }: { share: number; tone?: MeterTone; className?: string }) {
  const percent = Math.max(0, Math.min(1, share)) * 100;
  return (
    <span aria-hidden="true" className={`block overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800 ${className}`}>
      <span className={`block h-full rounded-full transition-[width] duration-500 ${TONES[tone]}`} style={{ width: `${percent > 0 ? Math.max(percent, 2) : 0}%` }} />
    </span>
  );
}
