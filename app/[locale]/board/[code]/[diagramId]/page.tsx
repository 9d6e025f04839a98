import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BoardClient } from '../../../../../components/board/BoardClient';
import { isDiagramId } from '../../../../../lib/diagram/ids';
import type { Locale } from '../../../../../lib/quiz/types';
import { ClientMessages } from '../../../../../components/i18n/ClientMessages';

type Params = Promise<{ locale: string; code: string; diagramId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Board' });
  return { title: t('metaTitle') };
}

/** The shared annotation board of one diagram in one live session. */
export default async function BoardPage({ params }: { params: Params }) {
  const { locale, code, diagramId } = await params;
  if (!isDiagramId(diagramId)) notFound();
  setRequestLocale(locale as Locale);
  return (
    <ClientMessages namespaces={['Answer', 'Board', 'Diagrams', 'Errors', 'HostConsole', 'Quiz']}>
      <BoardClient code={code.toUpperCase()} diagramId={diagramId} />
    </ClientMessages>
  );
}
