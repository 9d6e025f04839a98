'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { LiveRoundInfo } from '../../../lib/cohort/views';
import type { LiveRoundSelection } from '../../../lib/protocol/schemas';
import type { ScoringMode } from '../../../lib/quiz/scoring';
import { Link } from '../../../i18n/navigation';
import { Button } from '../../ui/Button';

const CHOICE =
  'flex cursor-pointer gap-3 rounded-xl border border-slate-300 p-3 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-70 dark:border-slate-700 dark:has-[:checked]:border-indigo-400 dark:has-[:checked]:ring-indigo-400';
const COUNTS = [3, 5, 10, 20] as const;

/** Pulls everyone online into a live quiz: on the most missed questions or the whole quiz. */
export function LiveRoundPanel({
  liveRound,
  missedCount,
  questionCount,
  disabled,
  busy,
  onStart,
}: {
  liveRound: LiveRoundInfo | null;
  missedCount: number;
  questionCount: number;
  disabled: boolean;
  busy: boolean;
  onStart: (selection: LiveRoundSelection, scoring: ScoringMode) => void;
}) {
  const t = useTranslations('CohortFacilitator');
  const ids = useId();
  const [kind, setKind] = useState<'most-missed' | 'quiz'>('most-missed');
  const [count, setCount] = useState<number>(5);
  const [scoring, setScoring] = useState<ScoringMode>('speed');
  // Before anyone misses anything, only the whole quiz can be played.
  const effectiveKind = missedCount === 0 ? 'quiz' : kind;
  // 3, 5, 10… below what has been missed, then "all of them" (at most 20, the protocol's cap).
  const counts = [...new Set([...COUNTS.filter((n) => n < missedCount), Math.min(missedCount, 20)])];
  const chosenCount = counts.includes(count) ? count : counts.filter((n) => n <= count).at(-1) ?? counts[0]!;

  return (
    <section aria-labelledby="cohort-live-title" className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="cohort-live-title" className="text-xl font-bold">
        {t('live.title')}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">{t('live.hint')}</p>
      {liveRound && (
        <p className="rounded-lg border border-indigo-300 bg-indigo-50 px-3 py-2 text-indigo-950 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-50">
          {t('live.running', { code: liveRound.code })}{' '}
          <Link href={`/host/${liveRound.code}`} className="inline-flex min-h-11 items-center font-semibold underline">
            {t('live.openConsole')}
          </Link>
        </p>
      )}
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          onStart(effectiveKind === 'quiz' ? { kind: 'quiz' } : { kind: 'most-missed', count: chosenCount }, scoring);
        }}
      >
        <fieldset className="space-y-2" disabled={disabled}>
          <legend className="font-semibold">{t('live.what')}</legend>
          <div className={CHOICE}>
            <input
              id={`${ids}-missed`}
              type="radio"
              name="round"
              checked={effectiveKind === 'most-missed'}
              disabled={missedCount === 0}
              onChange={() => setKind('most-missed')}
              className="mt-1 h-5 w-5 shrink-0 accent-indigo-700"
            />
            <div className="space-y-2">
              <label htmlFor={`${ids}-missed`} className="block cursor-pointer">
                <span className="block font-semibold">{t('live.mostMissed')}</span>
                <span className="block text-sm text-slate-700 dark:text-slate-300">{missedCount === 0 ? t('live.mostMissedNone') : t('live.mostMissedHint', { count: missedCount })}</span>
              </label>
              {missedCount > 0 && (
                <label className="flex items-center gap-2 text-sm font-semibold">
                  {t('live.howMany')}
                  <select
                    value={chosenCount}
                    onChange={(e) => {
                      setCount(Number(e.target.value));
                      setKind('most-missed');
                    }}
                    className="min-h-11 rounded-lg border border-slate-400 bg-white px-2 text-base font-normal dark:border-slate-600 dark:bg-slate-800"
                  >
                    {counts.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
          </div>
          <label className={CHOICE}>
            <input type="radio" name="round" checked={effectiveKind === 'quiz'} onChange={() => setKind('quiz')} className="mt-1 h-5 w-5 shrink-0 accent-indigo-700" />
            <span>
              <span className="block font-semibold">{t('live.wholeQuiz')}</span>
              <span className="block text-sm text-slate-700 dark:text-slate-300">{t('questions', { count: questionCount })}</span>
            </span>
          </label>
        </fieldset>
        <fieldset className="space-y-2" disabled={disabled}>
          <legend className="font-semibold">{t('live.scoring')}</legend>
          <div className="flex flex-wrap gap-2">
            {(['speed', 'accuracy'] as const).map((mode) => (
              <label key={mode} className={`${CHOICE} flex-1 items-center`}>
                <input type="radio" name="scoring" checked={scoring === mode} onChange={() => setScoring(mode)} className="h-5 w-5 shrink-0 accent-indigo-700" />
                <span className="text-sm font-semibold">{t(`live.${mode}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={disabled || busy} className="w-full">
          {busy ? t('live.starting') : t('live.start')}
        </Button>
      </form>
    </section>
  );
}
