import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DiagramFigure } from '../../../components/diagram/DiagramFigure';
import { Link } from '../../../i18n/navigation';
import { DIAGRAM_CONTENT } from '../../../lib/diagram/content';
import { DIAGRAM_IDS, DIAGRAM_REGIONS } from '../../../lib/diagram/ids';
import type { Locale } from '../../../lib/quiz/types';
import { ClientMessages } from '../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Diagrams' });
  return { title: t('metaTitle') };
}

/** The four diagrams, each with its title, its description and a way in. */
export default async function DiagramsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('Diagrams');
  return (
    <ClientMessages namespaces={['Diagrams']}>
      <div className="space-y-8">
        <header className="max-w-3xl space-y-3">
          <h1 className="text-4xl font-extrabold tracking-tight">{t('indexTitle')}</h1>
          <p className="text-lg text-slate-700 dark:text-slate-300">{t('indexLead')}</p>
        </header>
        <ul className="grid gap-6 md:grid-cols-2">
          {DIAGRAM_IDS.map((diagramId) => {
            const content = DIAGRAM_CONTENT[diagramId];
            return (
              <li key={diagramId} className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
                {/* A preview only: the description below says what it shows. */}
                <div aria-hidden="true" className="rounded-xl bg-slate-50 p-2 dark:bg-slate-950">
                  <DiagramFigure diagramId={diagramId} mode="show" />
                </div>
                <h2 className="text-2xl font-bold">
                  <Link href={`/diagrams/${diagramId}`} className="underline decoration-indigo-400 decoration-2 underline-offset-4 hover:decoration-indigo-700 dark:decoration-indigo-500 dark:hover:decoration-indigo-300">
                    {content.title[locale]}
                  </Link>
                </h2>
                <p className="text-slate-700 dark:text-slate-300">{content.description[locale]}</p>
                <p className="mt-auto text-sm font-semibold text-slate-600 dark:text-slate-400">{t('regionCount', { count: DIAGRAM_REGIONS[diagramId].length })}</p>
              </li>
            );
          })}
        </ul>
      </div>
    </ClientMessages>
  );
}
