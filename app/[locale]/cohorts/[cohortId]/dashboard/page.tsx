import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CohortDashboardView } from '../../../../../components/cohort/facilitator/CohortDashboardView';
import type { BoardLink } from '../../../../../components/cohort/facilitator/OpenQuestions';
import { DIAGRAM_CONTENT } from '../../../../../lib/diagram/content';
import { DIAGRAM_IDS } from '../../../../../lib/diagram/ids';
import { cohortIdSchema } from '../../../../../lib/protocol/schemas';
import type { Locale } from '../../../../../lib/quiz/types';
import { ClientMessages } from '../../../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'CohortFacilitator' });
  // The space's name is known only after the secret is checked, in the browser.
  return { title: t('dashboard.metaTitle'), robots: { index: false } };
}

export default async function CohortDashboardPage({ params }: { params: Promise<{ locale: string; cohortId: string }> }) {
  const { locale, cohortId } = await params;
  setRequestLocale(locale as Locale);
  if (!cohortIdSchema.safeParse(cohortId).success) notFound();
  // Titles only, resolved here so the diagrams' texts stay out of the page's script.
  const boards: BoardLink[] = DIAGRAM_IDS.map((diagramId) => ({ diagramId, title: DIAGRAM_CONTENT[diagramId].title[locale as Locale] }));
  return (
    <ClientMessages namespaces={['CohortFacilitator', 'Errors']}>
      <CohortDashboardView cohortId={cohortId} boards={boards} />
    </ClientMessages>
  );
}
