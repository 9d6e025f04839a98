import type { Locale } from '../../lib/quiz/types';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JoinCodeForm } from '../../components/player/JoinCodeForm';
import { Link } from '../../i18n/navigation';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('Home');
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-4 pt-6">
        <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">{t('heading')}</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">{t('lead')}</p>
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="join-title" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 id="join-title" className="text-2xl font-bold">{t('joinTitle')}</h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t('joinBody')}</p>
          <JoinCodeForm />
        </section>
        <section aria-labelledby="host-title" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 id="host-title" className="text-2xl font-bold">{t('hostTitle')}</h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t('hostBody')}</p>
          <Link href="/host" className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800">
            {t('hostAction')}
          </Link>
        </section>
        <section aria-labelledby="learn-title" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 id="learn-title" className="text-2xl font-bold">{t('learnTitle')}</h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t('learnBody')}</p>
          <Link href="/learn" className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800">
            {t('learnAction')}
          </Link>
        </section>
        <section aria-labelledby="diagrams-title" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 id="diagrams-title" className="text-2xl font-bold">{t('diagramsTitle')}</h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t('diagramsBody')}</p>
          <Link href="/diagrams" className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800">
            {t('diagramsAction')}
          </Link>
        </section>
      </div>
    </div>
  );
}
