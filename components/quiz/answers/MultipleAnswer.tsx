'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { HINT, MARKERS, TILE, TILE_IDLE, TILE_PICKED, type AnswerInputProps } from './styles';

/** Multiple choice: a checkbox per option, then send. */
export function MultipleAnswer({ question, disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className={`mb-2 ${HINT}`}>{t('multipleHint')}</legend>
      <ul className="grid gap-3 sm:grid-cols-2">
        {question.options.map((o, i) => {
          const on = picked.includes(o.id);
          return (
            <li key={o.id}>
              <label className={`${TILE} ${on ? TILE_PICKED : TILE_IDLE} cursor-pointer has-disabled:cursor-not-allowed`}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => setPicked((p) => (on ? p.filter((id) => id !== o.id) : [...p, o.id]))}
                  className="h-6 w-6 shrink-0 accent-indigo-700"
                />
                <span aria-hidden="true" className="text-indigo-700 dark:text-indigo-300">
                  {MARKERS[i % MARKERS.length]}
                </span>
                {o.text}
              </label>
            </li>
          );
        })}
      </ul>
      <Button type="button" disabled={disabled || picked.length === 0} onClick={() => onSubmit({ type: 'multiple', optionIds: picked })} className="w-full text-lg">
        {t('send')}
      </Button>
    </fieldset>
  );
}
