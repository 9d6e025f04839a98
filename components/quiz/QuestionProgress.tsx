'use client';
import { useTranslations } from 'next-intl';

/** "Question 3 of 12" with a step bar. */
export function QuestionProgress({ index, total }: { index: number; total: number }) {
  const t = useTranslations('Quiz');
  const current = Math.min(index + 1, total);
  return (
    <div className="space-y-1">
      <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">{t('progress', { current, total })}</p>
      <progress value={current} max={total} aria-label={t('progress', { current, total })} className="h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-amber-500 dark:[&::-webkit-progress-bar]:bg-slate-800" />
    </div>
  );
}
