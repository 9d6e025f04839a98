'use client';
import { useTranslations } from 'next-intl';
import { Suspense } from 'react';
import type { PublicQuestion } from '../../lib/quiz/display';
import type { Answer } from '../../lib/quiz/types';
import { RegionName } from '../diagram/RegionName';
import { labelFor } from './answer-labels';

/** An answer written out in words ("True"; "Hypervisor, Guest OS, App"; "Kernel → VM"). */
export function AnswerText({ question, answer, correctText = null }: { question: PublicQuestion; answer: Answer; correctText?: string | null }) {
  const t = useTranslations('Quiz');
  const words = { true: t('true'), false: t('false') };
  const find = (list: { id: string; text: string }[], id: string | undefined) => list.find((o) => o.id === id)?.text ?? '—';
  switch (answer.type) {
    case 'truefalse':
      return <>{answer.value ? words.true : words.false}</>;
    case 'single':
    case 'poll':
      return <>{labelFor(question, answer.optionId, words)}</>;
    case 'short':
      return <>{correctText ?? answer.text}</>;
    case 'hotspot':
      // The label loads with the diagram content, only when a hotspot answer is shown.
      return (
        <Suspense fallback={null}>
          <RegionName regionId={answer.regionId} />
        </Suspense>
      );
    case 'multiple':
      return (
        <ul className="list-inside list-disc">
          {answer.optionIds.map((id) => (
            <li key={id}>{labelFor(question, id, words)}</li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol className="list-inside list-decimal">
          {answer.optionIds.map((id) => (
            <li key={id}>{labelFor(question, id, words)}</li>
          ))}
        </ol>
      );
    case 'matching':
      return (
        <ul className="space-y-1">
          {question.left.map((l) => (
            <li key={l.id}>
              {l.text} → <strong>{find(question.right, answer.pairs[l.id])}</strong>
            </li>
          ))}
        </ul>
      );
    case 'sorting':
      return (
        <ul className="space-y-1">
          {question.items.map((item) => {
            const bin = answer.bins[item.id];
            return (
              <li key={item.id}>
                {item.text} → <strong>{bin ? t(`bin.${bin}`) : '—'}</strong>
              </li>
            );
          })}
        </ul>
      );
    case 'labelling':
      return (
        <ol className="list-inside list-decimal space-y-1">
          {question.slots.map((regionId) => (
            <li key={regionId}>
              <strong>{find(question.labels, answer.placements[regionId])}</strong>
            </li>
          ))}
        </ol>
      );
  }
}
