import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JoinForm } from '../../../components/player/JoinForm';
import { redirect } from '../../../i18n/navigation';
import type { Locale } from '../../../lib/quiz/types';
import { ClientMessages } from '../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Join' });
  return { title: t('heading') };
}

export default async function JoinPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ code?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const { code } = await searchParams;
  const t = await getTranslations('Join');
  const typed = (typeof code === 'string' ? code : '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  // An 8-character code is a cohort space's invitation: it has its own join page.
  if (typed.length === 8) redirect({ href: { pathname: '/cohorts/join', query: { code: typed } }, locale: locale as Locale });
  const initialCode = typed.slice(0, 6);
  return (
    <ClientMessages namespaces={['Errors', 'Join']}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-3xl font-bold">{t('heading')}</h1>
        <JoinForm initialCode={initialCode} />
      </div>
    </ClientMessages>
  );
}
