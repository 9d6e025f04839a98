import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CohortBoard } from '../../../../../../components/cohort/member/CohortBoard';
import { isDiagramId } from '../../../../../../lib/diagram/ids';
import type { Locale } from '../../../../../../lib/quiz/types';
import { ClientMessages } from '../../../../../../components/i18n/ClientMessages';

type Params = Promise<{ locale: string; cohortId: string; diagramId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Board' });
  return { title: t('metaTitle') };
}

/** One shared board of a cohort space, for a member or its facilitator (room code: the space's invitation code). */
export default async function CohortBoardPage({ params }: { params: Params }) {
  const { locale, cohortId, diagramId } = await params;
  if (!isDiagramId(diagramId)) notFound();
  setRequestLocale(locale as Locale);
  return (
    <ClientMessages namespaces={['Answer', 'Board', 'CohortMember', 'Diagrams', 'Errors', 'HostConsole', 'Quiz']}>
      <CohortBoard cohortId={cohortId} diagramId={diagramId} />
    </ClientMessages>
  );
}
