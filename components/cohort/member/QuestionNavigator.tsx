'use client';
import { useTranslations } from 'next-intl';
import type { MemberAnswerResult } from '../../../lib/cohort/views';

type Mark = 'open' | 'right' | 'partly' | 'wrong' | 'poll';

const STYLE: Record<Mark, string> = {
  open: 'border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100',
  right: 'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100',
  partly: 'border-amber-600 bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100',
  wrong: 'border-red-700 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-100',
  poll: 'border-indigo-600 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100',
};
const SIGN: Record<Mark, string> = { open: '', right: '✔', partly: '◐', wrong: '✘', poll: '❝' };

function markOf(result: MemberAnswerResult | undefined): Mark {
  if (!result) return 'open';
  if (result.share === null) return 'poll';
  return result.correct ? 'right' : result.share > 0 ? 'partly' : 'wrong';
}

/** Every question of the space's quiz as a numbered button with its result, to go back to any. */
export function QuestionNavigator({
  ids,
  answers,
  current,
  onPick,
  onSummary,
}: {
  ids: string[];
  answers: Record<string, MemberAnswerResult>;
  current: number | null;
  onPick: (position: number) => void;
  onSummary: () => void;
}) {
  const t = useTranslations('CohortMember');
  const done = ids.filter((id) => answers[id]).length;
  return (
    <nav aria-label={t('quiz.navigator')} className="space-y-2">
      <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">{t('quiz.answeredCount', { answered: done, total: ids.length })}</p>
      <ol className="flex flex-wrap gap-2">
        {ids.map((id, i) => {
          const mark = markOf(answers[id]);
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onPick(i)}
                aria-current={current === i ? 'step' : undefined}
                aria-label={t('quiz.navItem', { number: i + 1, state: t(`quiz.mark.${mark}`) })}
                className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg border-2 px-2 font-semibold ${STYLE[mark]} ${current === i ? 'ring-2 ring-indigo-600 ring-offset-2 ring-offset-slate-50 dark:ring-indigo-300 dark:ring-offset-slate-950' : ''}`}
              >
                {i + 1}
                {SIGN[mark] && <span aria-hidden="true">{SIGN[mark]}</span>}
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            onClick={onSummary}
            aria-current={current === null ? 'step' : undefined}
            className={`inline-flex min-h-11 items-center rounded-lg border-2 border-slate-300 px-3 font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800 ${current === null ? 'ring-2 ring-indigo-600 ring-offset-2 ring-offset-slate-50 dark:ring-indigo-300 dark:ring-offset-slate-950' : ''}`}
          >
            {t('quiz.summaryLink')}
          </button>
        </li>
      </ol>
    </nav>
  );
}
