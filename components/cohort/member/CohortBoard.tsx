'use client';
import { useLocale, useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useState } from 'react';
import { migrateLegacySecret, seats } from '../../../lib/client/credentials';
import { HOST_AUTHOR, type BoardActor } from '../../../lib/board/model';
import { request, type LiveClientSocket } from '../../../lib/client/live-socket';
import type { CohortDashboard, MemberView } from '../../../lib/cohort/views';
import type { DiagramId } from '../../../lib/diagram/ids';
import type { ErrorCode } from '../../../lib/protocol/errors';
import type { Locale } from '../../../lib/quiz/types';
import { Link } from '../../../i18n/navigation';
import { LINK_TEXT, Panel } from '../../learn/Panel';
import { useLiveConnection } from '../../quiz/useLiveConnection';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SpaceFrame } from './SpaceFrame';
import { useMemberSpace, type MemberSpace } from './useMemberSpace';

function LoadingBoard() {
  const t = useTranslations('Board');
  return <p role="status">{t('connecting')}</p>;
}

// Yjs loads in the browser only, as on the live session's board (components/board/BoardClient.tsx).
const BoardView = dynamic(() => import('../../board/BoardView').then((m) => m.BoardView), { ssr: false, loading: LoadingBoard });

/**
 * One of a space's shared boards. A device holding the space's facilitator cookie (its seat says
 * so) opens it as the host (`cohort:facilitate`); otherwise as the member this device is (`cohort:member`).
 */
export function CohortBoard({ cohortId, diagramId }: { cohortId: string; diagramId: DiagramId }) {
  const [role, setRole] = useState<'facilitator' | 'member' | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // A facilitator secret an older version stored goes into its cookie first.
    void migrateLegacySecret('facilitator', cohortId).then(() => live && setRole(seats.has('facilitator', cohortId) ? 'facilitator' : 'member'));
    return () => {
      live = false;
    };
  }, [cohortId]);
  if (role === 'facilitator') return <FacilitatorBoard cohortId={cohortId} diagramId={diagramId} />;
  if (role === 'member') return <MemberBoard cohortId={cohortId} diagramId={diagramId} />;
  return null;
}

function MemberBoard({ cohortId, diagramId }: { cohortId: string; diagramId: DiagramId }) {
  const space = useMemberSpace(cohortId);
  return <SpaceFrame space={space}>{(view) => <MemberBoundBoard cohortId={cohortId} diagramId={diagramId} space={space} view={view} />}</SpaceFrame>;
}

function MemberBoundBoard({ cohortId, diagramId, space, view }: { cohortId: string; diagramId: DiagramId; space: MemberSpace; view: MemberView }) {
  const t = useTranslations('CohortMember');
  const myId = view.me.id;
  const actor = useMemo<BoardActor>(() => ({ id: myId, role: 'player' }), [myId]);
  const names = useMemo(() => Object.fromEntries(view.members.map((m) => [m.id, m.name])), [view.members]);
  return (
    <div className="space-y-4">
      <nav aria-label={t('quiz.breadcrumb')}>
        <Link href={`/cohorts/${cohortId}`} className={LINK_TEXT}>
          <span aria-hidden="true">← </span>
          {t('quiz.backToSpace', { name: view.cohort.name })}
        </Link>
      </nav>
      <BoardView
        code={view.cohort.inviteCode}
        diagramId={diagramId}
        bound={{
          socket: space.socket,
          status: space.status,
          binding: space.binding,
          actor,
          name: view.me.name,
          names,
          hrefOf: (id) => `/cohorts/${cohortId}/board/${id}`,
          lead: t('board.lead', { name: view.cohort.name }),
        }}
      />
    </div>
  );
}

const HOST_ACTOR: BoardActor = { id: HOST_AUTHOR, role: 'host' };

/** The facilitator on a space's board: the host of its notes (hide, resolve, spotlight, lock). */
function FacilitatorBoard({ cohortId, diagramId }: { cohortId: string; diagramId: DiagramId }) {
  const t = useTranslations('CohortMember');
  const board = useTranslations('Board');
  const locale = useLocale() as Locale;
  const [dashboard, setDashboard] = useState<CohortDashboard | null>(null);
  const [binding, setBinding] = useState(0);
  const [refused, setRefused] = useState<ErrorCode | null>(null);

  const { socket, status, fatal } = useLiveConnection((s: LiveClientSocket) => {
    s.off('cohort:dashboard').on('cohort:dashboard', (view) => {
      if (view.cohort.id === cohortId) setDashboard(view);
    });
    // No secret: the server reads the HttpOnly cookie of the handshake.
    void request(s, 'cohort:facilitate', { cohortId, locale }).then((r) => {
      if (!r.ok) return setRefused(r.error.code);
      setDashboard(r.data);
      setBinding((b) => b + 1);
    });
  }, true);

  const members = dashboard?.members;
  const names = useMemo(() => Object.fromEntries((members ?? []).map((m) => [m.id, m.name])), [members]);
  const problem = refused ?? fatal;
  if (problem) {
    return (
      <Panel className="mx-auto max-w-xl">
        <h1 className="text-2xl font-bold">{t('frame.noAccessTitle')}</h1>
        <ErrorNotice code={problem} />
      </Panel>
    );
  }
  if (!dashboard) {
    return (
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {t('frame.loading')}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <nav aria-label={t('board.toDashboard')}>
        <Link href={`/cohorts/${cohortId}/dashboard`} className={LINK_TEXT}>
          <span aria-hidden="true">← </span>
          {t('board.toDashboard')}
        </Link>
      </nav>
      <BoardView
        code={dashboard.cohort.inviteCode}
        diagramId={diagramId}
        bound={{
          socket,
          status,
          binding,
          actor: HOST_ACTOR,
          name: board('facilitator'),
          names,
          hrefOf: (id) => `/cohorts/${cohortId}/board/${id}`,
          lead: t('board.lead', { name: dashboard.cohort.name }),
        }}
      />
    </div>
  );
}
