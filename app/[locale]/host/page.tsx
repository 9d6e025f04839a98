import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HostSetupForm } from '../../../components/host/HostSetupForm';
import { quizCatalog } from '../../../lib/content/catalog';
import type { Locale } from '../../../lib/quiz/types';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'HostSetup' });
  return { title: t('heading') };
}

export default async function HostSetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('HostSetup');
  // Titles and counts only: the catalogue carries no question or answer.
  const quizzes = quizCatalog(locale as Locale);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t('heading')}</h1>
      <HostSetupForm quizzes={quizzes} />
    </div>
  );
}
