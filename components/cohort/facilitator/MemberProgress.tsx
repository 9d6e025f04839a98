'use client';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import type { DashboardMember } from '../../../lib/cohort/views';
import { Meter } from './Meter';
import { isWeak, percentOf, scoreTone } from './format';

/** Online, with a dot and a word (never the colour alone). */
function Presence({ online }: { online: boolean }) {
  const t = useTranslations('CohortFacilitator');
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${online ? 'bg-emerald-600 dark:bg-emerald-400' : 'border border-slate-500 bg-transparent'}`} />
      {online ? t('progress.online') : t('progress.offline')}
    </span>
  );
}

/** Who has joined, who has started, and how far each member is through the cards and the quiz. */
export function MemberProgress({ members, cardTotal, questionTotal }: { members: DashboardMember[]; cardTotal: number; questionTotal: number }) {
  const t = useTranslations('CohortFacilitator');
  const format = useFormatter();
  // Ticks so "2 minutes ago" stays true while the page is left open.
  const now = useNow({ updateInterval: 30_000 });
  const started = members.filter((m) => m.started).length;
  const online = members.filter((m) => m.online).length;

  return (
    <section aria-labelledby="cohort-progress-title" className="space-y-4">
      <h2 id="cohort-progress-title" className="text-2xl font-bold">
        {t('progress.title')}
      </h2>
      <dl className="grid grid-cols-3 gap-3" data-testid="cohort-totals">
        {[
          ['joined', members.length],
          ['started', started],
          ['onlineNow', online],
        ].map(([key, value]) => (
          <div key={key} className="rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
            <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">{t(`progress.${key as 'joined' | 'started' | 'onlineNow'}`)}</dt>
            <dd className="font-mono text-3xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {members.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-4 text-slate-700 dark:border-slate-700 dark:text-slate-300">{t('progress.empty')}</p>
      ) : (
        <div tabIndex={0} role="region" aria-label={t('progress.caption')} className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full min-w-[34rem] border-collapse text-left" data-testid="cohort-members">
            <caption className="sr-only">{t('progress.caption')}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-sm dark:border-slate-800">
                <th scope="col" className="p-3">{t('progress.member')}</th>
                <th scope="col" className="p-3">{t('progress.cards')}</th>
                <th scope="col" className="p-3">{t('progress.quiz')}</th>
                <th scope="col" className="p-3 text-right">{t('progress.score')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const percent = percentOf(m.score);
                return (
                  <tr key={m.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800" data-testid={`cohort-member-${m.id}`}>
                    <th scope="row" className="p-3 align-top font-normal">
                      <span className="block font-semibold">
                        {m.name}{' '}
                        <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                          <span className="sr-only">{t('progress.language')} </span>
                          {m.locale}
                        </span>
                      </span>
                      <span className="flex flex-wrap gap-x-3 text-slate-700 dark:text-slate-300">
                        <Presence online={m.online} />
                        <span className="text-sm">
                          {m.started ? t('progress.lastActive', { when: format.relativeTime(m.lastActiveAt, now) }) : t('progress.notStarted')}
                        </span>
                      </span>
                    </th>
                    <td className="w-1/4 p-3 align-top">
                      <span className="block text-sm tabular-nums">{t('progress.ofTotal', { done: m.cardsRead, total: cardTotal })}</span>
                      <Meter share={cardTotal ? m.cardsRead / cardTotal : 0} className="mt-1 h-2.5" />
                    </td>
                    <td className="w-1/4 p-3 align-top">
                      <span className="block text-sm tabular-nums">{t('progress.ofTotal', { done: m.answered, total: questionTotal })}</span>
                      <Meter share={questionTotal ? m.answered / questionTotal : 0} className="mt-1 h-2.5" />
                    </td>
                    <td className="p-3 text-right align-top font-mono tabular-nums">
                      {percent === null ? <span className="text-slate-700 dark:text-slate-300">{t('noScore')}</span> : `${percent}%`}
                      {isWeak(m.score) && <span className="sr-only"> {t('weak')}</span>}
                      <Meter share={m.score ?? 0} tone={scoreTone(m.score)} className="ml-auto mt-1 h-2.5 w-16" />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
