import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HostSetupForm } from '../../../components/host/HostSetupForm';
import { bankCatalog, quizCatalog, topicCatalog } from '../../../lib/content/catalog';
import type { Locale } from '../../../lib/quiz/types';
import { ClientMessages } from '../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'HostSetup' });
  return { title: t('heading') };
}

export default async function HostSetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('HostSetup');
  // Titles, counts and prompts only: the catalogues carry no answer key.
  const quizzes = quizCatalog(locale as Locale);
  const topics = topicCatalog(locale as Locale);
  const bank = bankCatalog(locale as Locale);
  return (
    <ClientMessages namespaces={['Errors', 'HostSetup', 'Quiz']}>
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold">{t('heading')}</h1>
        <HostSetupForm quizzes={quizzes} topics={topics} bank={bank} />
      </div>
    </ClientMessages>
  );
}
