'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { SortBin } from '../../../lib/quiz/types';
import { Button } from '../../ui/Button';
import { HINT, type AnswerInputProps } from './styles';

/** Sorting: for each item a radio group VM / Container / Both (arrow keys move), then send. */
export function SortingAnswer({ question, disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const name = useId();
  const [bins, setBins] = useState<Record<string, SortBin>>({});
  const left = question.items.filter((item) => !bins[item.id]).length;
  return (
    <div className="space-y-4">
      <p className={HINT}>{t('sortingHint')}</p>
      <ul className="space-y-3">
        {question.items.map((item) => (
          <li key={item.id}>
            <fieldset disabled={disabled} className="rounded-xl border-2 border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900">
              <legend className="float-left mb-2 w-full text-lg font-semibold">{item.text}</legend>
              <div className="clear-both grid grid-cols-3 gap-2">
                {question.bins.map((bin) => (
                  <label
                    key={bin}
                    className="flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-lg border-2 border-slate-300 px-2 py-1 text-center font-semibold has-checked:border-indigo-700 has-checked:bg-indigo-50 has-disabled:cursor-not-allowed dark:border-slate-600 dark:has-checked:border-indigo-400 dark:has-checked:bg-indigo-950"
                  >
                    <input
                      type="radio"
                      name={`${name}-${item.id}`}
                      value={bin}
                      checked={bins[item.id] === bin}
                      onChange={() => setBins((b) => ({ ...b, [item.id]: bin }))}
                      className="h-5 w-5 shrink-0 accent-indigo-700"
                    />
                    {t(`bin.${bin}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {left > 0 ? t('left', { count: left }) : t('allPlaced')}
      </p>
      <Button type="button" disabled={disabled || left > 0} onClick={() => onSubmit({ type: 'sorting', bins })} className="w-full text-lg">
        {t('send')}
      </Button>
    </div>
  );
}
