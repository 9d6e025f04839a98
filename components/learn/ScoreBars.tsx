'use client';
import { useTranslations } from 'next-intl';
import { WEAK_THRESHOLD } from '../../lib/learn/progress';
import type { TopicScore } from '../../lib/learn/round';

/**
 * Score by topic as a bar chart anyone can read: the bars are decoration, every number is
 * also written out, and topics under the weak threshold are named as such (not by colour alone).
 */
export function ScoreBars({ scores, labelledBy }: { scores: TopicScore[]; labelledBy: string }) {
  const t = useTranslations('Learn');
  return (
    <ul aria-labelledby={labelledBy} className="space-y-3">
      {scores.map((s) => {
        const percent = Math.round(s.share * 100);
        const weak = s.share < WEAK_THRESHOLD;
        return (
          <li key={s.topic} className="space-y-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-semibold">{t(`topics.${s.topic}.name`)}</span>
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {t('summary.topicScore', { percent, correct: s.correct, count: s.count })}
                {weak && <strong className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-950 dark:bg-amber-900 dark:text-amber-50">{t('summary.weakTag')}</strong>}
              </span>
            </div>
            <div aria-hidden="true" className="h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
              <div className={`h-full rounded-full ${weak ? 'bg-amber-500' : 'bg-emerald-600'}`} style={{ width: `${Math.max(percent, 2)}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
