import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CohortResumeForm } from '../../../../components/cohort/member/CohortResumeForm';
import type { Locale } from '../../../../lib/quiz/types';
import { ClientMessages } from '../../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'CohortMember' });
  return { title: t('resume.heading') };
}

/** Continuing in a cohort space on another device, from the resume link (?code=...) or a typed code. */
export default async function CohortResumePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ code?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const { code } = await searchParams;
  const t = await getTranslations('CohortMember');
  const initialCode = (typeof code === 'string' ? code : '').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 10);
  return (
    <ClientMessages namespaces={['CohortMember', 'Errors']}>
      <div className="mx-auto max-w-md space-y-6">
        <header className="space-y-2">
          <h1 className="text-3xl font-bold">{t('resume.heading')}</h1>
          <p className="text-slate-700 dark:text-slate-300">{t('resume.lead')}</p>
        </header>
        <CohortResumeForm initialCode={initialCode} />
      </div>
    </ClientMessages>
  );
}
