'use client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { CohortDashboard } from '../../../lib/cohort/views';
import type { ErrorCode } from '../../../lib/protocol/errors';
import type { LiveRoundSelection } from '../../../lib/protocol/schemas';
import type { ScoringMode } from '../../../lib/quiz/scoring';
import type { Locale } from '../../../lib/quiz/types';
import { Link, useRouter } from '../../../i18n/navigation';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { InvitationPanel } from './InvitationPanel';
import { LiveRoundPanel } from './LiveRoundPanel';
import { MemberProgress } from './MemberProgress';
import { MostMissed } from './MostMissed';
import { BoardLinks, OpenQuestions, type BoardLink } from './OpenQuestions';
import { SpaceActions } from './SpaceActions';
import { TopicScores } from './TopicScores';
import { useCohortDashboard } from './useCohortDashboard';

/** A message in place of the dashboard: no key on this device, a refused key, a deleted space. */
function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </div>
  );
}

/**
 * The reader's own time zone. next-intl would otherwise format in the server's, and a deadline
 * set as "end of Friday" in São Paulo would read as Saturday on a server running in UTC.
 */
function readerTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const HOME_LINK = 'inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800';

/** The facilitator's dashboard of a cohort space, live. */
export function CohortDashboardView({ cohortId, boards }: { cohortId: string; boards: BoardLink[] }) {
  const t = useTranslations('CohortFacilitator');
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const router = useRouter();
  const { ready, facilitatorKey, keyRefused, dashboard, status, refused, deleted, startLiveRound, close, remove } = useCohortDashboard(cohortId, locale);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ErrorCode | null>(null);

  if (!ready) return <p role="status">{t('dashboard.loading')}</p>;
  if (deleted)
    return (
      <Notice title={t('dashboard.deletedTitle')}>
        <p>{t('dashboard.deletedBody')}</p>
        <Link href="/" className={HOME_LINK}>
          {t('dashboard.home')}
        </Link>
      </Notice>
    );
  if (refused && !dashboard)
    return (
      <Notice title={t('dashboard.noKeyTitle')}>
        {refused && <ErrorNotice code={refused} />}
        <p>{refused === 'NOT_FOUND' ? t('dashboard.notFoundBody') : keyRefused ? t('dashboard.refusedBody') : t('dashboard.noKeyBody')}</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/cohorts/new" className={HOME_LINK}>
            {t('dashboard.createOther')}
          </Link>
          <Link href="/" className="inline-flex min-h-11 items-center px-2 font-semibold underline">
            {t('dashboard.home')}
          </Link>
        </div>
      </Notice>
    );
  if (!dashboard) return <p role="status">{status === 'offline' ? t('dashboard.offline') : t('dashboard.loading')}</p>;

  const { cohort } = dashboard;
  const writable = !cohort.closed;

  async function live(selection: LiveRoundSelection, scoring: ScoringMode = 'speed') {
    setBusy(true);
    setActionError(null);
    const r = await startLiveRound(selection, scoring);
    if (!r.ok) {
      setBusy(false);
      return setActionError(r.code);
    }
    router.push(`/host/${r.data.code}`);
  }

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{t('dashboard.kicker')}</p>
        <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{cohort.name}</h1>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-slate-700 dark:text-slate-300">
          <li>{t('dashboard.language', { language: t(`languages.${cohort.locale}`) })}</li>
          <li>{cohort.deadline === null ? t('dashboard.noDeadline') : t('dashboard.deadline', { date: format.dateTime(cohort.deadline, { dateStyle: 'full', timeZone: readerTimeZone() }) })}</li>
          <li>{t('dashboard.contents', { cards: cohort.cardIds.length, questions: cohort.questionIds.length })}</li>
          <li>
            <span aria-hidden="true" className={`mr-1.5 inline-block h-2.5 w-2.5 rounded-full ${status === 'online' ? 'bg-emerald-600 dark:bg-emerald-400' : 'bg-amber-500'}`} />
            <span role="status">{status === 'online' ? t('dashboard.live') : t('dashboard.reconnecting')}</span>
          </li>
        </ul>
        {cohort.closed && (
          <p className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 font-semibold text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50" data-testid="cohort-closed-banner">
            {t('dashboard.closedBanner')}
          </p>
        )}
        <ErrorNotice code={actionError ?? refused} />
      </header>

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-10">
          <MemberProgress members={dashboard.members} cardTotal={cohort.cardIds.length} questionTotal={cohort.questionIds.length} />
          <TopicScores dashboard={dashboard} />
          <MostMissed questions={dashboard.mostMissed} disabled={!writable} busy={busy} onLiveRound={(questionIds) => void live({ kind: 'questions', questionIds })} />
          <OpenQuestions cohortId={cohortId} questions={dashboard.openQuestions} boards={boards} />
        </div>
        {/* On a phone, an empty space shows its invitation first: that is what is needed then. */}
        <div className={`min-w-0 space-y-6 ${dashboard.members.length === 0 ? 'order-first lg:order-none' : ''}`}>
          <InvitationPanel cohortId={cohortId} inviteCode={cohort.inviteCode} spaceLocale={cohort.locale} facilitatorKey={facilitatorKey} closed={cohort.closed} />
          <LiveRoundPanel
            liveRound={dashboard.liveRound}
            missedCount={dashboard.mostMissed.length}
            questionCount={cohort.questionIds.length}
            disabled={!writable}
            busy={busy}
            onStart={(selection, scoring) => void live(selection, scoring)}
          />
          <BoardLinks cohortId={cohortId} boards={boards} />
          <SpaceActions
            cohortId={cohortId}
            name={cohort.name}
            closed={cohort.closed}
            onClose={async () => {
              const r = await close();
              return r.ok ? null : r.code;
            }}
            onDelete={async () => {
              const r = await remove();
              if (!r.ok) return r.code;
              router.push('/');
              return null;
            }}
          />
        </div>
      </div>
    </div>
  );
}
