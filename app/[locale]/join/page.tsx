import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JoinForm } from '../../../components/player/JoinForm';
import type { Locale } from '../../../lib/quiz/types';

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
  const initialCode = (typeof code === 'string' ? code : '').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 6);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t('heading')}</h1>
      <JoinForm initialCode={initialCode} />
    </div>
  );
}
