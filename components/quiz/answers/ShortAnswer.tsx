'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { normalizeTyped } from '../../../lib/quiz/check';
import { Button } from '../../ui/Button';
import { HINT, type AnswerInputProps } from './styles';

/** A short typed answer: a labelled field; Enter or the button sends. */
export function ShortAnswer({ disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const id = useId();
  const [text, setText] = useState('');
  const ready = normalizeTyped(text) !== '';
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready && !disabled) onSubmit({ type: 'short', text: text.trim() });
      }}
    >
      <label htmlFor={id} className="block text-lg font-semibold">
        {t('shortLabel')}
      </label>
      <p id={`${id}-hint`} className={HINT}>
        {t('shortHint')}
      </p>
      <input
        id={id}
        type="text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        disabled={disabled}
        maxLength={120}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        className="min-h-12 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-lg text-slate-900 disabled:opacity-70 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
      />
      <Button type="submit" disabled={disabled || !ready} className="w-full text-lg">
        {t('send')}
      </Button>
    </form>
  );
}
