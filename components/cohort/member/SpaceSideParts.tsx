'use client';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { MemberView, ReplyNotice } from '../../../lib/cohort/views';
import { DIAGRAM_CONTENT } from '../../../lib/diagram/content';
import { DIAGRAM_IDS } from '../../../lib/diagram/ids';
import type { Locale } from '../../../lib/quiz/types';
import { Link } from '../../../i18n/navigation';
import { LINK_TEXT, Panel } from '../../learn/Panel';
import { Button } from '../../ui/Button';
import { groupCode, readerTimeZone } from './cohort-http';

/** The resume link and code, to continue on another device, with a copy button. */
export function ResumePanel({ resumeCode }: { resumeCode: string }) {
  const t = useTranslations('CohortMember');
  const [link, setLink] = useState(`/cohorts/resume?code=${resumeCode}`);
  const [copied, setCopied] = useState(false);
  // The origin is known only in the browser; no language in the link, so the other device picks its own.
  useEffect(() => setLink(`${window.location.origin}/cohorts/resume?code=${resumeCode}`), [resumeCode]);
  return (
    <Panel>
      <h2 id="resume-title" className="text-xl font-bold">
        {t('resumeBox.title')}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">{t('resumeBox.body')}</p>
      <dl className="space-y-2">
        <div>
          <dt className="text-sm font-semibold">{t('resumeBox.code')}</dt>
          <dd className="font-mono text-2xl font-bold tracking-widest" data-testid="resume-code">
            {groupCode(resumeCode)}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold">{t('resumeBox.link')}</dt>
          <dd className="break-all text-sm">
            <a href={link} className={LINK_TEXT} data-testid="resume-link">
              {link}
            </a>
          </dd>
        </div>
      </dl>
      <Button
        variant="secondary"
        onClick={() => {
          void navigator.clipboard
            ?.writeText(link)
            .then(() => setCopied(true))
            .catch(() => setCopied(false));
        }}
      >
        {t('resumeBox.copy')}
      </Button>
      <p role="status" className={copied ? 'text-sm font-semibold text-emerald-800 dark:text-emerald-300' : 'sr-only'}>
        {copied ? t('resumeBox.copied') : ''}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('resumeBox.keepSecret')}</p>
    </Panel>
  );
}

/** Replies to my notes on the boards that I have not seen yet. */
export function NoticeList({ cohortId, notices, onSeen }: { cohortId: string; notices: ReplyNotice[]; onSeen: (replyIds: string[]) => void }) {
  const t = useTranslations('CohortMember');
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="notices-title" className="space-y-3 rounded-2xl border border-indigo-300 bg-indigo-50 p-5 dark:border-indigo-800 dark:bg-indigo-950">
      <h2 id="notices-title" className="text-xl font-bold">
        {t('notices.title', { count: notices.length })}
      </h2>
      <ul className="space-y-3">
        {notices.map((n) => (
          <li key={n.replyId} data-testid="notice" className="space-y-1 rounded-lg bg-white p-3 dark:bg-slate-900">
            <p className="font-semibold">{n.byFacilitator ? t('notices.byFacilitator') : t('notices.byMember', { name: n.byName })}</p>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {t('notices.yourNote')} <q>{n.noteText}</q>
            </p>
            <p className="text-lg">{n.text}</p>
            <Link href={`/cohorts/${cohortId}/board/${n.diagramId}`} className={LINK_TEXT}>
              {t('notices.open')}
            </Link>
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={() => onSeen(notices.map((n) => n.replyId))}>
        {t('notices.markSeen')}
      </Button>
    </section>
  );
}

/** Links to the space's four shared boards. */
export function BoardLinks({ cohortId, locale }: { cohortId: string; locale: Locale }) {
  const t = useTranslations('CohortMember');
  return (
    <Panel>
      <h2 id="boards-title" className="text-xl font-bold">
        {t('boards.title')}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">{t('boards.body')}</p>
      <ul aria-labelledby="boards-title" className="space-y-2">
        {DIAGRAM_IDS.map((id) => (
          <li key={id}>
            <Link
              href={`/cohorts/${cohortId}/board/${id}`}
              className="flex min-h-11 items-center justify-between gap-2 rounded-lg border border-slate-300 px-3 py-2 font-semibold hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              {DIAGRAM_CONTENT[id].title[locale]}
              <span aria-hidden="true">→</span>
            </Link>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** Cards read, questions answered and the score, in words and bars. */
export function ProgressPanel({ view }: { view: MemberView }) {
  const t = useTranslations('CohortMember');
  const { cohort } = view;
  const cardsRead = cohort.cardIds.filter((id) => view.cardsRead.includes(id)).length;
  const results = cohort.questionIds.map((id) => view.answers[id]).filter((a) => a !== undefined);
  const graded = results.filter((a) => a.share !== null);
  const score = graded.length > 0 ? Math.round((graded.reduce((n, a) => n + (a.share ?? 0), 0) / graded.length) * 100) : null;
  const rows = [
    { key: 'cards', label: t('progress.cards', { read: cardsRead, total: cohort.cardIds.length }), value: cardsRead, max: cohort.cardIds.length },
    { key: 'questions', label: t('progress.questions', { answered: results.length, total: cohort.questionIds.length }), value: results.length, max: cohort.questionIds.length },
  ];
  return (
    <Panel>
      <h2 id="progress-title" className="text-xl font-bold">
        {t('progress.title')}
      </h2>
      <ul aria-labelledby="progress-title" className="space-y-3" data-testid="progress">
        {rows.map((row) => (
          <li key={row.key} className="space-y-1">
            <p className="font-semibold">{row.label}</p>
            <div aria-hidden="true" className="h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
              <div className="h-full rounded-full bg-indigo-600 dark:bg-indigo-400" style={{ width: `${row.max > 0 ? Math.round((row.value / row.max) * 100) : 0}%` }} />
            </div>
          </li>
        ))}
        <li className="font-semibold">{score === null ? t('progress.noScore') : t('progress.score', { percent: score })}</li>
      </ul>
    </Panel>
  );
}

/** "Finish by Friday, 28 November" or nothing. */
export function DeadlineLine({ deadline }: { deadline: number | null }) {
  const t = useTranslations('CohortMember');
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  if (deadline === null) return <p className="text-slate-700 dark:text-slate-300">{t('home.noDeadline')}</p>;
  return <p className="text-slate-700 dark:text-slate-300">{t('home.deadline', { date: format.dateTime(deadline, { dateStyle: 'full', timeStyle: 'short', timeZone: readerTimeZone() }), relative: format.relativeTime(deadline, now) })}</p>;
}
