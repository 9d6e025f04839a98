'use client';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import type { BoardActor } from '../../../lib/board/model';
import type { MemberView } from '../../../lib/cohort/views';
import type { DiagramId } from '../../../lib/diagram/ids';
import { Link } from '../../../i18n/navigation';
import { LINK_TEXT } from '../../learn/Panel';
import { SpaceFrame } from './SpaceFrame';
import { useMemberSpace, type MemberSpace } from './useMemberSpace';

function LoadingBoard() {
  const t = useTranslations('Board');
  return <p role="status">{t('connecting')}</p>;
}

// Yjs loads in the browser only, as on the live session's board (components/board/BoardClient.tsx).
const BoardView = dynamic(() => import('../../board/BoardView').then((m) => m.BoardView), { ssr: false, loading: LoadingBoard });

/** One of the space's shared boards, opened with the member's own socket (the one that pulls them into live rounds). */
export function MemberBoard({ cohortId, diagramId }: { cohortId: string; diagramId: DiagramId }) {
  const space = useMemberSpace(cohortId);
  return <SpaceFrame space={space}>{(view) => <BoundBoard cohortId={cohortId} diagramId={diagramId} space={space} view={view} />}</SpaceFrame>;
}

function BoundBoard({ cohortId, diagramId, space, view }: { cohortId: string; diagramId: DiagramId; space: MemberSpace; view: MemberView }) {
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
