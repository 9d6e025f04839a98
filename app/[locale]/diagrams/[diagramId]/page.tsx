import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DiagramExplorer } from '../../../../components/diagram/DiagramExplorer';
import { Link } from '../../../../i18n/navigation';
import { DIAGRAM_CONTENT } from '../../../../lib/diagram/content';
import { DIAGRAM_IDS, isDiagramId, isRegionOf, type DiagramId } from '../../../../lib/diagram/ids';
import type { Locale } from '../../../../lib/quiz/types';
import { ClientMessages } from '../../../../components/i18n/ClientMessages';

type Params = Promise<{ locale: string; diagramId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, diagramId } = await params;
  if (!isDiagramId(diagramId)) return {};
  return { title: DIAGRAM_CONTENT[diagramId].title[locale as Locale] };
}

/** The analogy explorer for one diagram; `?region=` opens a region's explanation. */
export default async function DiagramExplorerPage({ params, searchParams }: { params: Params; searchParams: Promise<{ region?: string | string[] }> }) {
  const { locale: raw, diagramId } = await params;
  if (!isDiagramId(diagramId)) notFound();
  const locale = raw as Locale;
  setRequestLocale(locale);
  const { region } = await searchParams;
  const initialRegion = typeof region === 'string' && isRegionOf(diagramId, region) ? region : null;
  const t = await getTranslations('Diagrams');
  const content = DIAGRAM_CONTENT[diagramId];
  return (
    <ClientMessages namespaces={['Diagrams']}>
      <div className="space-y-6">
        <nav aria-label={t('breadcrumb')} className="text-sm">
          <Link href="/diagrams" className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
            {t('allDiagrams')}
          </Link>
        </nav>
        <header className="max-w-3xl space-y-2">
          <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{content.title[locale]}</h1>
          <p className="text-slate-700 dark:text-slate-300">{t('howTo')}</p>
        </header>
        <DiagramExplorer key={`${diagramId}:${initialRegion ?? ''}`} diagramId={diagramId} initialRegion={initialRegion} />
        <details className="max-w-3xl rounded-xl border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
          <summary className="cursor-pointer font-semibold">{t('textDescription')}</summary>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{content.description[locale]}</p>
        </details>
        <nav aria-label={t('otherDiagrams')} className="space-y-2">
          <h2 className="text-lg font-semibold">{t('otherDiagrams')}</h2>
          <ul className="flex flex-wrap gap-2">
            {DIAGRAM_IDS.filter((d) => d !== diagramId).map((d) => (
              <li key={d}>
                <Link href={`/diagrams/${d}`} className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700">
                  {DIAGRAM_CONTENT[d].title[locale]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </ClientMessages>
  );
}
