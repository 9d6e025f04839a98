import type { Locale } from '../../lib/quiz/types';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { JoinCodeForm } from '../../components/player/JoinCodeForm';
import { Link } from '../../i18n/navigation';
import { ClientMessages } from '../../components/i18n/ClientMessages';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('Home');
  const cohorts = await getTranslations('CohortFacilitator');
  return (
    <ClientMessages namespaces={['Home', 'Join']}>
      <div className="space-y-10">
        <section className="max-w-3xl space-y-4 pt-6">
          <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">{t('heading')}</h1>
          <p className="text-lg text-slate-700 dark:text-slate-300">{t('lead')}</p>
        </section>
        <div className="grid gap-6 md:grid-cols-2">
          <HomeCard id="join" title={t('joinTitle')} body={t('joinBody')}>
            <JoinCodeForm />
          </HomeCard>
          {(['host', 'learn', 'diagrams'] as const).map((area) => (
            <HomeCard key={area} id={area} title={t(`${area}Title`)} body={t(`${area}Body`)}>
              <Link href={`/${area}`} className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800">
                {t(`${area}Action`)}
              </Link>
            </HomeCard>
          ))}
          <HomeCard id="cohorts" title={cohorts('home.title')} body={cohorts('home.body')}>
            <Link href="/cohorts/new" className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800">
              {cohorts('home.action')}
            </Link>
          </HomeCard>
        </div>
      </div>
    </ClientMessages>
  );
}

/** One way in on the home page: a titled card with a line of text and its action. */
function HomeCard({ id, title, body, children }: { id: string; title: string; body: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {title}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{body}</p>
      {children}
    </section>
  );
}
