import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CohortJoinForm } from '../../../../components/cohort/member/CohortJoinForm';
import type { Locale } from '../../../../lib/quiz/types';
import { ClientMessages } from '../../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'CohortMember' });
  return { title: t('join.heading') };
}

/** Joining a cohort space from its invitation link (?code=ABCD-EFGH) or a typed code. */
export default async function CohortJoinPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ code?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const { code } = await searchParams;
  const t = await getTranslations('CohortMember');
  const initialCode = (typeof code === 'string' ? code : '').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 8);
  return (
    <ClientMessages namespaces={['CohortMember', 'Errors']}>
      <div className="mx-auto max-w-md space-y-6">
        <header className="space-y-2">
          <h1 className="text-3xl font-bold">{t('join.heading')}</h1>
          <p className="text-slate-700 dark:text-slate-300">{t('join.lead')}</p>
        </header>
        <CohortJoinForm initialCode={initialCode} />
      </div>
    </ClientMessages>
  );
}
