'use client';
import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('ErrorPage');
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <button type="button" onClick={reset} className="min-h-11 rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white">
        {t('retry')}
      </button>
    </div>
  );
}
