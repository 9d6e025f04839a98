'use client';
import { useTranslations } from 'next-intl';
import { topicProgress } from '../../lib/learn/progress';
import type { Topic } from '../../lib/quiz/types';
import { useLearnProgress } from './progress-store';

/** How far this device is in one topic: answered of total, and the share right, in words and a bar. */
export function TopicProgressMeter({ topic, total }: { topic: Topic; total: number }) {
  const t = useTranslations('Learn');
  const progress = useLearnProgress();
  const mine = progress ? topicProgress(progress.questions, { [topic]: total }).find((p) => p.topic === topic) : undefined;
  const answered = mine?.answered ?? 0;
  const percent = mine?.share != null ? Math.round(mine.share * 100) : null;
  const width = mine && mine.total > 0 ? Math.round((answered / mine.total) * 100) : 0;
  return (
    <div className="space-y-1">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {percent === null ? t('progress.notStarted') : t('progress.answered', { answered, total: mine?.total ?? total, percent })}
      </p>
      <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <div className={`h-full rounded-full ${percent !== null && percent < 70 ? 'bg-amber-500' : 'bg-emerald-600'}`} style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
