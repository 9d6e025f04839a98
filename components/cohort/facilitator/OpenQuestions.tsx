'use client';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import type { OpenQuestion } from '../../../lib/cohort/views';
import type { DiagramId } from '../../../lib/diagram/ids';
import { Link } from '../../../i18n/navigation';

/** A diagram of the space, as a link to its shared board names it. */
export interface BoardLink {
  diagramId: DiagramId;
  title: string;
}

/** Questions members left on the diagrams that nobody has resolved yet, newest first. */
export function OpenQuestions({ cohortId, questions, boards }: { cohortId: string; questions: OpenQuestion[]; boards: BoardLink[] }) {
  const t = useTranslations('CohortFacilitator');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const titleOf = (id: DiagramId) => boards.find((b) => b.diagramId === id)?.title ?? id;
  return (
    <section aria-labelledby="cohort-questions-title" className="space-y-4">
      <h2 id="cohort-questions-title" className="text-2xl font-bold">
        {t('questionsOpen.title')}
      </h2>
      {questions.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-4 text-slate-700 dark:border-slate-700 dark:text-slate-300">{t('questionsOpen.empty')}</p>
      ) : (
        <ul className="space-y-3" data-testid="cohort-open-questions">
          {questions.map((q) => (
            <li key={q.noteId} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {t('questionsOpen.meta', { author: q.authorName, diagram: titleOf(q.diagramId), when: format.relativeTime(q.at, now) })}
              </p>
              <blockquote className="border-l-4 border-indigo-600 pl-3 text-lg dark:border-indigo-400">{q.text}</blockquote>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm text-slate-700 dark:text-slate-300">{t('questionsOpen.replies', { count: q.replies })}</span>
                <Link href={`/cohorts/${cohortId}/board/${q.diagramId}`} className="inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-indigo-800 underline hover:bg-slate-100 dark:text-indigo-300 dark:hover:bg-slate-800">
                  {t('questionsOpen.answer')}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The space's four shared boards. */
export function BoardLinks({ cohortId, boards }: { cohortId: string; boards: BoardLink[] }) {
  const t = useTranslations('CohortFacilitator');
  return (
    <section aria-labelledby="cohort-boards-title" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="cohort-boards-title" className="text-xl font-bold">
        {t('boards.title')}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">{t('boards.hint')}</p>
      <ul className="space-y-1">
        {boards.map((b) => (
          <li key={b.diagramId}>
            <Link href={`/cohorts/${cohortId}/board/${b.diagramId}`} className="flex min-h-11 items-center rounded-lg px-2 font-semibold text-indigo-800 underline hover:bg-slate-100 dark:text-indigo-300 dark:hover:bg-slate-800">
              {b.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
