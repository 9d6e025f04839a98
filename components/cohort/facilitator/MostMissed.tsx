'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { MissedQuestion } from '../../../lib/cohort/views';
import { TOPIC_NAMES } from '../../../lib/content/topics';
import type { Locale } from '../../../lib/quiz/types';
import { Button } from '../../ui/Button';
import { Meter } from './Meter';

/** How many of the most missed questions the list shows and a round on them plays. */
export const MOST_MISSED_SHOWN = 8;

/** The questions the cohort gets wrong most, each with its misses, and a live round on them. */
export function MostMissed({ questions, disabled, busy, onLiveRound }: { questions: MissedQuestion[]; disabled: boolean; busy: boolean; onLiveRound: (questionIds: string[]) => void }) {
  const t = useTranslations('CohortFacilitator');
  const locale = useLocale() as Locale;
  const shown = questions.slice(0, MOST_MISSED_SHOWN);
  return (
    <section aria-labelledby="cohort-missed-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="cohort-missed-title" className="text-2xl font-bold">
          {t('missed.title')}
        </h2>
        {shown.length > 0 && (
          <Button disabled={disabled || busy} onClick={() => onLiveRound(shown.map((q) => q.questionId))}>
            {t('missed.startRound', { count: shown.length })}
          </Button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-4 text-slate-700 dark:border-slate-700 dark:text-slate-300">{t('missed.empty')}</p>
      ) : (
        <ol className="space-y-3" data-testid="cohort-most-missed">
          {shown.map((q, i) => (
            <li key={q.questionId} className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <span aria-hidden="true" className="font-mono text-lg font-bold text-slate-600 dark:text-slate-400">
                {i + 1}
              </span>
              <div className="space-y-1">
                <p className="font-semibold">{q.prompt}</p>
                <p className="flex flex-wrap justify-between gap-x-3 text-sm text-slate-700 dark:text-slate-300">
                  <span>{TOPIC_NAMES[q.topic][locale]}</span>
                  <span className="font-semibold">{t('missed.figure', { missed: q.missed, answered: q.answered })}</span>
                </p>
                <Meter share={q.answered ? q.missed / q.answered : 0} tone="missed" className="h-2.5" />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
