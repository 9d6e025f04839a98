'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { MemberView } from '../../../lib/cohort/views';
import { Link } from '../../../i18n/navigation';
import { LINK_PRIMARY, LINK_SECONDARY, Panel } from '../../learn/Panel';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { MemberSpace } from './useMemberSpace';

/**
 * What every member page shows around its content: why the space cannot open (no secret on this
 * device, deleted, an error), the connection, the live-round pull and the read-only banner.
 */
export function SpaceFrame({ space, children }: { space: MemberSpace; children: (view: MemberView) => ReactNode }) {
  const t = useTranslations('CohortMember');
  const { view, problem, status, pull } = space;

  if (problem) {
    return (
      <Panel className="mx-auto max-w-xl">
        <h1 className="text-2xl font-bold">{problem.kind === 'deleted' ? t('frame.deletedTitle') : t('frame.noAccessTitle')}</h1>
        {problem.kind === 'error' && <ErrorNotice code={problem.code} />}
        <p>{problem.kind === 'deleted' ? t('frame.deletedBody') : t('frame.noAccessBody')}</p>
        {problem.kind !== 'deleted' && (
          <div className="flex flex-wrap gap-3">
            <Link href="/cohorts/resume" className={LINK_PRIMARY}>
              {t('frame.resumeHere')}
            </Link>
            <Link href="/cohorts/join" className={LINK_SECONDARY}>
              {t('frame.joinWithInvite')}
            </Link>
          </div>
        )}
      </Panel>
    );
  }

  const announcement = pull.state.step === 'joining' ? t('live.joining') : pull.state.step === 'failed' ? t('live.failed') : '';
  return (
    <div className="space-y-5">
      <p role="status" aria-live="polite" data-testid="live-pull" className={announcement ? 'rounded-lg border border-indigo-300 bg-indigo-50 px-4 py-3 font-semibold text-indigo-950 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-50' : 'sr-only'}>
        {announcement}
      </p>
      {status === 'offline' && <p className="rounded-lg bg-amber-100 px-3 py-2 font-semibold text-amber-950">{t('frame.reconnecting')}</p>}
      {!view ? (
        <p role="status" className="text-slate-700 dark:text-slate-300">
          {t('frame.loading')}
        </p>
      ) : (
        <>
          {view.cohort.closed && (
            <p data-testid="closed-banner" className="rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
              <strong>{t('frame.closedTitle')}</strong> {t('frame.closedBody')}
            </p>
          )}
          {view.liveRound && pull.state.step !== 'joining' && (
            <div data-testid="live-banner" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-emerald-400 bg-emerald-50 px-4 py-3 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-50">
              <p className="font-semibold">
                <span aria-hidden="true">● </span>
                {t('live.bannerOn')}
              </p>
              <Button onClick={() => space.socket && view.liveRound && void pull.join(space.socket, view.liveRound.code, view.me.name)}>{t('live.joinNow')}</Button>
            </div>
          )}
          {children(view)}
        </>
      )}
    </div>
  );
}
