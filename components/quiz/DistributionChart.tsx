'use client';
import { MARKERS } from './markers';
import { useTranslations } from 'next-intl';
import type { PublicQuestion } from '../../lib/quiz/display';
import type { DistributionBar } from '../../lib/quiz/views';
import { useRegionLabel } from '../diagram/useRegionLabel';
import { keysOf, labelFor } from './answer-labels';


/**
 * Horizontal bars, one per option, with the count written out (never colour alone).
 * After the reveal the right bars get a check mark and a word, not just a colour.
 */
export function DistributionChart({
  question,
  bars,
  correctKeys,
  title,
}: {
  question: PublicQuestion;
  bars: DistributionBar[];
  correctKeys: ReadonlySet<string> | null;
  title: string;
}) {
  const t = useTranslations('Quiz');
  const counts = new Map(bars.map((b) => [b.key, b.count]));
  const keys = keysOf(question, bars);
  const max = Math.max(1, ...keys.map((k) => counts.get(k) ?? 0));
  const region = useRegionLabel();
  const words = { true: t('true'), false: t('false'), region };
  return (
    <figure className="space-y-2">
      <figcaption className="text-lg font-semibold">{title}</figcaption>
      <ul className="space-y-2">
        {keys.map((key, i) => {
          const count = counts.get(key) ?? 0;
          const right = correctKeys?.has(key) ?? false;
          const label = question.type === 'ordering' ? t('firstPlace', { label: labelFor(question, key, words) }) : labelFor(question, key, words);
          return (
            <li key={key} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3">
              {/* A long label wraps rather than being cut short: cut, it hid the "correct" mark after it. */}
              <span className="flex min-w-0 items-baseline gap-2">
                <span aria-hidden="true" className="shrink-0">
                  {MARKERS[i % MARKERS.length]}
                </span>
                <span className={`min-w-0 wrap-break-word ${right ? 'font-bold' : ''}`}>{label}</span>
                {right && (
                  <span className="shrink-0 rounded bg-emerald-700 px-1.5 text-sm font-semibold whitespace-nowrap text-white">
                    ✓ {t('correctMark')}
                  </span>
                )}
              </span>
              <span className="font-mono tabular-nums">{t('votes', { count })}</span>
              <span aria-hidden="true" className="col-span-2 h-4 overflow-hidden rounded bg-slate-200 dark:bg-slate-800">
                <span
                  className={`block h-full rounded transition-[width] duration-500 ${correctKeys ? (right ? 'bg-emerald-600' : 'bg-slate-400 dark:bg-slate-600') : 'bg-indigo-600'}`}
                  style={{ width: `${(count / max) * 100}%` }}
                />
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
