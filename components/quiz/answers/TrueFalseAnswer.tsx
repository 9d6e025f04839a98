'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { TILE, TILE_IDLE, TILE_PICKED, type AnswerInputProps } from './styles';

/** True or false: two big buttons; one tap answers. */
export function TrueFalseAnswer({ disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const [sent, setSent] = useState<boolean | null>(null);
  return (
    <ul className="grid grid-cols-2 gap-3">
      {[true, false].map((value) => (
        <li key={String(value)}>
          <button
            type="button"
            disabled={disabled}
            aria-pressed={sent === null ? undefined : sent === value}
            onClick={() => {
              setSent(value);
              onSubmit({ type: 'truefalse', value });
            }}
            className={`${TILE} ${sent === value ? TILE_PICKED : TILE_IDLE} justify-center text-xl`}
          >
            <span aria-hidden="true">{value ? '✔' : '✘'}</span>
            {value ? t('true') : t('false')}
          </button>
        </li>
      ))}
    </ul>
  );
}
