'use client';
import { useLocale, useTranslations } from 'next-intl';
import { DIAGRAM_CONTENT, regionContent } from '../../lib/diagram/content';
import { diagramOf, type DiagramId, type RegionId } from '../../lib/diagram/ids';
import { sourceLine } from '../../lib/quiz/display';
import { SOURCES, type Locale } from '../../lib/quiz/types';
import { Link } from '../../i18n/navigation';
import { Button } from '../ui/Button';
import { DiagramFigure } from './DiagramFigure';

/**
 * What the chosen region stands for: its label and explanation (announced politely), its
 * source and topic, and its twins on the other diagrams, each linked and drawn beside.
 */
export function RegionPanel({ regionId, onClose }: { regionId: RegionId | null; onClose: () => void }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Diagrams');
  const region = regionId ? regionContent(regionId) : undefined;
  const source = region ? SOURCES[region.source] : null;
  // One picture per diagram that holds a twin, in the order the links name them.
  const twinDiagrams = region ? [...new Set(region.twins.map(diagramOf))] : [];
  const twinsOn = (d: DiagramId) => region!.twins.filter((twin) => diagramOf(twin) === d);
  const label = (id: RegionId) => regionContent(id)?.label[locale] ?? id;

  return (
    <section aria-labelledby="region-panel-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="region-panel-title" className="sr-only">
        {t('panelTitle')}
      </h2>
      <div aria-live="polite" aria-atomic="true" className="space-y-3">
        {region ? (
          <>
            <h3 className="text-2xl font-bold tracking-tight" data-testid="region-title">
              {region.label[locale]}
            </h3>
            <p className="text-lg leading-relaxed text-slate-800 dark:text-slate-200">{region.explanation[locale]}</p>
          </>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t('panelEmpty')}</p>
        )}
      </div>
      {region && source && (
        <div className="mt-4 space-y-5">
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
            <dt className="font-semibold text-slate-600 dark:text-slate-400">{t('topic')}</dt>
            <dd>{t(`topics.${region.topic}`)}</dd>
            <dt className="font-semibold text-slate-600 dark:text-slate-400">{t('source')}</dt>
            <dd>{sourceLine({ title: source.title[locale], author: source.author?.[locale] ?? null, year: source.year })}</dd>
          </dl>
          <div className="space-y-3">
            <h3 className="text-lg font-semibold">{t('twinsTitle')}</h3>
            {region.twins.length === 0 ? (
              <p className="text-slate-700 dark:text-slate-300">{t('twinsNone')}</p>
            ) : (
              <ul className="space-y-1">
                {region.twins.map((twin) => (
                  <li key={twin}>
                    <Link
                      href={`/diagrams/${diagramOf(twin)}?region=${twin}`}
                      className="font-medium text-indigo-700 underline decoration-2 underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200"
                    >
                      {t('twinLink', { label: label(twin), diagram: DIAGRAM_CONTENT[diagramOf(twin)].title[locale] })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {/* The twins drawn beside: a picture of what the links above already name. */}
            <div aria-hidden="true" className="grid gap-4">
              {twinDiagrams.map((d) => (
                <div key={d} className="rounded-xl border border-slate-200 p-2 dark:border-slate-700">
                  <DiagramFigure diagramId={d} mode="show" highlighted={twinsOn(d)} />
                  <p className="mt-1 text-center text-sm text-slate-700 dark:text-slate-300">
                    {t('twinFigure', { diagram: DIAGRAM_CONTENT[d].title[locale], label: twinsOn(d).map(label).join(', ') })}
                  </p>
                </div>
              ))}
            </div>
          </div>
          <Button variant="secondary" onClick={onClose}>
            {t('close')}
          </Button>
        </div>
      )}
    </section>
  );
}
