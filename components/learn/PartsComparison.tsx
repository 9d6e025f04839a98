'use client';
import { useTranslations } from 'next-intl';
import type { PartResult } from '../../lib/learn/compare';
import type { PublicQuestion } from '../../lib/quiz/display';
import type { SortBin } from '../../lib/quiz/types';
import { useRegionLabel } from '../diagram/useRegionLabel';

/** The learner's answer part by part (pairs, items, labels, places): each marked right, or with what belongs there. */
export function PartsComparison({ question, rows }: { question: PublicQuestion; rows: PartResult[] }) {
  const t = useTranslations('Learn');
  const answer = useTranslations('Answer');
  const regionLabel = useRegionLabel();
  const find = (list: { id: string; text: string }[], id: string | null) => (id === null ? '—' : (list.find((o) => o.id === id)?.text ?? id));
  const partName = (part: string): string => {
    switch (question.type) {
      case 'matching':
        return find(question.left, part);
      case 'sorting':
        return find(question.items, part);
      case 'labelling':
        return t('feedback.markerPart', { number: question.slots.indexOf(part as (typeof question.slots)[number]) + 1, region: regionLabel(part) });
      default:
        return `${part}.`;
    }
  };
  const choiceName = (id: string | null): string => {
    switch (question.type) {
      case 'matching':
        return find(question.right, id);
      case 'sorting':
        return id === null ? '—' : answer(`bin.${id as SortBin}`);
      case 'labelling':
        return find(question.labels, id);
      default:
        return find(question.options, id);
    }
  };
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
      {rows.map((row) => (
        <li key={row.part} className="flex gap-3 px-3 py-2">
          <span aria-hidden="true" className={`mt-0.5 font-bold ${row.ok ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}`}>
            {row.ok ? '✔' : '✘'}
          </span>
          <div className="min-w-0 flex-1">
            <span className="text-slate-700 dark:text-slate-300">{partName(row.part)}</span> <span aria-hidden="true">→</span>{' '}
            <strong className={row.ok ? '' : 'line-through decoration-red-700 decoration-2 dark:decoration-red-300'}>{choiceName(row.given)}</strong>{' '}
            {row.ok ? (
              <span className="sr-only">{t('feedback.partRight')}</span>
            ) : (
              <span className="block text-emerald-800 dark:text-emerald-300">{t('feedback.shouldBe', { answer: choiceName(row.expected) })}</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
