'use client';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import type { DiagramId } from '../../lib/diagram/ids';

function LoadingBoard() {
  const t = useTranslations('Board');
  return <p role="status">{t('connecting')}</p>;
}

/*
 * The board runs in the browser only: Yjs is loaded there and never during server rendering,
 * so the server process keeps a single copy of Yjs (its own, for the boards it stores).
 */
const BoardView = dynamic(() => import('./BoardView').then((m) => m.BoardView), { ssr: false, loading: LoadingBoard });

export function BoardClient({ code, diagramId }: { code: string; diagramId: DiagramId }) {
  return <BoardView code={code} diagramId={diagramId} />;
}
