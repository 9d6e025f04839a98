'use client';
import { MARKERS } from '../quiz/markers';
import { useTranslations } from 'next-intl';
import type { RegionId } from '../../lib/diagram/ids';
import type { PublicQuestion, PublicReveal } from '../../lib/quiz/display';
import type { PartResult } from '../../lib/quiz/views';
import { DiagramFigure } from '../diagram/DiagramFigure';
import { useRegionLabel } from '../diagram/useRegionLabel';

const TILE = 'flex items-center gap-3 rounded-xl border-2 border-slate-300 bg-white px-4 py-3 font-semibold dark:border-slate-700 dark:bg-slate-900';

/**
 * What the projector shows of a question, by type: the options, the two columns to match,
 * the items and bins, or the diagram. After the reveal a diagram question shows the right
 * region (and, for a hotspot, where everyone clicked); before it, nothing that gives it away.
 */
export function QuestionBoard({ question, reveal, heatmap, fitHeight = false }: { question: PublicQuestion; reveal: PublicReveal | null; heatmap: { x: number; y: number }[]; fitHeight?: boolean }) {
  const t = useTranslations('HostConsole');
  // On the projector a diagram as wide as its column is taller than the screen: cap its height
  // (the drawing keeps its proportions inside), so the question and the controls stay in view.
  const diagramClass = `mx-auto w-full max-w-3xl ${fitHeight ? '[&>svg]:max-h-[46vh]' : ''}`;
  const quiz = useTranslations('Quiz');
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'poll':
    case 'ordering':
      return reveal ? null : (
        <ul className="grid gap-3 text-2xl sm:grid-cols-2">
          {question.options.map((o, i) => (
            <li key={o.id} className={TILE}>
              <span aria-hidden="true">{MARKERS[i % MARKERS.length]}</span>
              {o.text}
            </li>
          ))}
        </ul>
      );
    case 'truefalse':
    case 'short':
      return reveal ? null : <p className="text-xl">{question.type === 'short' ? t('typeOnPhone') : `${quiz('true')} / ${quiz('false')}`}</p>;
    case 'matching':
      return reveal ? null : (
        <div className="grid gap-6 text-xl sm:grid-cols-2">
          <ul className="space-y-2">
            {question.left.map((o) => (
              <li key={o.id} className={TILE}>
                {o.text}
              </li>
            ))}
          </ul>
          <ul className="space-y-2">
            {question.right.map((o, i) => (
              <li key={o.id} className={TILE}>
                <span aria-hidden="true">{MARKERS[i % MARKERS.length]}</span>
                {o.text}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'sorting':
      return reveal ? null : (
        <div className="space-y-3 text-xl">
          <p className="font-semibold">{question.bins.map((b) => quiz(`bin.${b}`)).join(' · ')}</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {question.items.map((o) => (
              <li key={o.id} className={TILE}>
                {o.text}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'hotspot': {
      const right = reveal?.regions ?? [];
      return (
        <div className="space-y-2">
          <DiagramFigure diagramId={question.diagramId!} mode="show" highlighted={right} points={reveal ? heatmap : undefined} className={diagramClass} />
          {reveal && <p className="text-lg">{t('heatmap', { count: heatmap.length })}</p>}
        </div>
      );
    }
    case 'labelling': {
      const placements = reveal?.correctAnswer?.type === 'labelling' ? reveal.correctAnswer.placements : null;
      const markers = question.slots.map((regionId, i) => ({
        regionId,
        text: placements ? `${i + 1}. ${question.labels.find((l) => l.id === placements[regionId])?.text ?? ''}` : String(i + 1),
      }));
      return <DiagramFigure diagramId={question.diagramId!} mode="label" markers={markers} className={diagramClass} />;
    }
  }
}

/** After the reveal of a matching, sorting or labelling question: how many got each part right. */
export function PartResults({ question, parts }: { question: PublicQuestion; parts: PartResult[] }) {
  const t = useTranslations('HostConsole');
  const regionLabel = useRegionLabel();
  const name = (key: string) =>
    question.type === 'matching'
      ? (question.left.find((o) => o.id === key)?.text ?? key)
      : question.type === 'sorting'
        ? (question.items.find((o) => o.id === key)?.text ?? key)
        : `${question.slots.indexOf(key as RegionId) + 1}. ${regionLabel(key)}`;
  return (
    <figure className="space-y-2">
      <figcaption className="text-lg font-semibold">{t('partsTitle')}</figcaption>
      <ul className="space-y-2">
        {parts.map((p) => (
          <li key={p.key} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3">
            <span className="truncate">{name(p.key)}</span>
            <span className="font-mono tabular-nums">{t('partRight', { right: p.right, answered: p.answered })}</span>
            <span aria-hidden="true" className="col-span-2 h-4 overflow-hidden rounded bg-slate-200 dark:bg-slate-800">
              <span className="block h-full rounded bg-emerald-600" style={{ width: `${p.answered ? (p.right / p.answered) * 100 : 0}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
