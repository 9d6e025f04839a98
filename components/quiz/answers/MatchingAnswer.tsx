'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { isComplete, type Placements } from '../../../lib/learn/placements';
import { Button } from '../../ui/Button';
import { PlacementSelect, PlacementStatus } from './PlacementSelect';
import { HINT, type AnswerInputProps } from './styles';

/** Matching: for each left item, a select of the right-hand items (each used once), then send. */
export function MatchingAnswer({ question, disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const [pairs, setPairs] = useState<Placements>({});
  const lefts = question.left.map((l) => l.id);
  const nameOf = (leftId: string) => question.left.find((l) => l.id === leftId)?.text ?? leftId;
  const complete = isComplete(pairs, lefts);
  return (
    <div className="space-y-4">
      <p className={HINT}>{t('matchingHint')}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {question.left.map((left) => (
          <li key={left.id} className="rounded-xl border-2 border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900">
            <PlacementSelect slot={left.id} label={left.text} choices={question.right} placements={pairs} slotName={nameOf} disabled={disabled} onChange={setPairs} />
          </li>
        ))}
      </ul>
      <PlacementStatus placements={pairs} slots={lefts} choiceName={(id) => question.right.find((r) => r.id === id)?.text ?? id} />
      <Button type="button" disabled={disabled || !complete} onClick={() => onSubmit({ type: 'matching', pairs })} className="w-full text-lg">
        {t('send')}
      </Button>
    </div>
  );
}
