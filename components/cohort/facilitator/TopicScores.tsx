'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { CohortDashboard, DashboardMember, ScoreFigure } from '../../../lib/cohort/views';
import { TOPIC_NAMES } from '../../../lib/content/topics';
import type { Locale, Topic } from '../../../lib/quiz/types';
import { Meter } from './Meter';
import { isWeak, percentOf, scoreTone } from './format';

const CELL_TONES = {
  good: 'bg-emerald-50 dark:bg-emerald-950',
  weak: 'bg-amber-50 dark:bg-amber-950',
  none: '',
};

/** One figure as words: "72% right · 14 answers", or that nobody answered yet. */
function useFigureText() {
  const t = useTranslations('CohortFacilitator');
  return (figure: ScoreFigure | undefined) => {
    const percent = percentOf(figure?.score ?? null);
    return percent === null ? t('scores.noAnswers') : t('scores.figure', { percent, answered: figure?.answered ?? 0 });
  };
}

/** The whole cohort's score per topic as bars, with every figure written out and a table beside. */
function CohortTopicChart({ topics }: { topics: CohortDashboard['topics'] }) {
  const t = useTranslations('CohortFacilitator');
  const locale = useLocale() as Locale;
  const figureText = useFigureText();
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h3 id="cohort-topic-chart" className="text-lg font-semibold">
        {t('scores.cohort')}
      </h3>
      <ul aria-labelledby="cohort-topic-chart" className="space-y-3" data-testid="cohort-topic-chart">
        {topics.map((figure) => (
          <li key={figure.topic} className="space-y-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-semibold">{TOPIC_NAMES[figure.topic][locale]}</span>
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {figureText(figure)}
                {isWeak(figure.score) && <strong className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-950 dark:bg-amber-900 dark:text-amber-50">{t('weak')}</strong>}
              </span>
            </div>
            <Meter share={figure.score ?? 0} tone={scoreTone(figure.score)} />
          </li>
        ))}
      </ul>
      <details className="group">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-indigo-800 underline dark:text-indigo-300">{t('scores.asTable')}</summary>
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('scores.cohort')}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="p-2">{t('scores.topic')}</th>
              <th scope="col" className="p-2 text-right">{t('scores.answers')}</th>
              <th scope="col" className="p-2 text-right">{t('scores.score')}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((figure) => (
              <tr key={figure.topic} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="p-2 font-normal">{TOPIC_NAMES[figure.topic][locale]}</th>
                <td className="p-2 text-right font-mono">{figure.answered}</td>
                <td className="p-2 text-right font-mono">{figure.score === null ? '—' : `${percentOf(figure.score)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

/** Each member's score per topic as a heat map: a real table whose cells carry the figure and a bar. */
function MemberTopicMap({ members, topics }: { members: DashboardMember[]; topics: Topic[] }) {
  const t = useTranslations('CohortFacilitator');
  const locale = useLocale() as Locale;
  const figureText = useFigureText();
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h3 id="cohort-member-map" className="text-lg font-semibold">
        {t('scores.perMember')}
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('scores.legend')}</p>
      {members.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t('scores.emptyMembers')}</p>
      ) : (
        <div tabIndex={0} role="region" aria-labelledby="cohort-member-map" className="relative overflow-x-auto">
          <table aria-labelledby="cohort-member-map" className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="cohort-member-map">
            <thead>
              <tr>
                <th scope="col" className="p-2 align-bottom">{t('progress.member')}</th>
                {topics.map((topic) => (
                  <th key={topic} scope="col" className="max-w-24 p-2 align-bottom text-xs font-semibold leading-tight">
                    {TOPIC_NAMES[topic][locale]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} className="border-t border-slate-100 dark:border-slate-800">
                  <th scope="row" className="whitespace-nowrap p-2 font-semibold">{m.name}</th>
                  {topics.map((topic) => {
                    const figure = m.byTopic[topic];
                    const score = figure?.score ?? null;
                    const percent = percentOf(score);
                    return (
                      <td key={topic} title={figureText(figure)} className={`p-2 text-center font-mono tabular-nums ${CELL_TONES[scoreTone(score) === 'weak' ? 'weak' : score === null ? 'none' : 'good']}`}>
                        {percent === null ? (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="sr-only">{t('scores.noAnswers')}</span>
                          </>
                        ) : (
                          `${percent}%`
                        )}
                        {isWeak(score) && <span className="sr-only"> {t('weak')}</span>}
                        {percent !== null && <Meter share={score ?? 0} tone={scoreTone(score)} className="mx-auto mt-1 h-1.5 w-10" />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** Score by topic (CONTENT.md's topics) for the whole cohort and for each member. */
export function TopicScores({ dashboard }: { dashboard: CohortDashboard }) {
  const t = useTranslations('CohortFacilitator');
  return (
    <section aria-labelledby="cohort-scores-title" className="space-y-4">
      <h2 id="cohort-scores-title" className="text-2xl font-bold">
        {t('scores.title')}
      </h2>
      <CohortTopicChart topics={dashboard.topics} />
      <MemberTopicMap members={dashboard.members} topics={dashboard.topics.map((f) => f.topic)} />
    </section>
  );
}
