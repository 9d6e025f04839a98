import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CohortCreateForm, type CohortTopicChoice } from '../../../../components/cohort/facilitator/CohortCreateForm';
import { quizCatalog, topicCatalog } from '../../../../lib/content/catalog';
import { lessonsOf } from '../../../../lib/content/lessons';
import type { Locale } from '../../../../lib/quiz/types';
import { ClientMessages } from '../../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'CohortFacilitator' });
  return { title: t('create.heading') };
}

export default async function NewCohortPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('CohortFacilitator');
  // Names and counts only: the catalogues carry no answer key.
  const topics: CohortTopicChoice[] = topicCatalog(locale as Locale).map((tp) => ({ ...tp, cardCount: lessonsOf(tp.topic).length }));
  return (
    <ClientMessages namespaces={['CohortFacilitator', 'Errors']}>
      <div className="mx-auto max-w-2xl space-y-6">
        <header className="space-y-2">
          <h1 className="text-3xl font-bold">{t('create.heading')}</h1>
          <p className="text-lg text-slate-700 dark:text-slate-300">{t('create.lead')}</p>
        </header>
        <CohortCreateForm topics={topics} quizzes={quizCatalog(locale as Locale)} />
      </div>
    </ClientMessages>
  );
}
