'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { PublicQuestion } from '../../lib/quiz/display';
import type { Answer } from '../../lib/quiz/types';
import { Button } from '../ui/Button';

const MARKERS = ['▲', '◆', '●', '■', '★', '✚'];
const TILE =
  'flex min-h-16 w-full items-center gap-3 rounded-xl border-2 px-4 py-3 text-left text-lg font-semibold transition-colors disabled:cursor-not-allowed';
const TILE_IDLE = 'border-slate-300 bg-white hover:border-indigo-600 dark:border-slate-600 dark:bg-slate-900';
const TILE_PICKED = 'border-indigo-700 bg-indigo-50 ring-2 ring-indigo-700 dark:bg-indigo-950';

/** The controls for answering one question, by type. Disabled once sent or out of time. */
export function AnswerPanel({ question, disabled, onSubmit }: { question: PublicQuestion; disabled: boolean; onSubmit: (answer: Answer) => void }) {
  switch (question.type) {
    case 'single':
      return <SingleChoice question={question} disabled={disabled} onSubmit={onSubmit} />;
    case 'truefalse':
      return <TrueFalse disabled={disabled} onSubmit={onSubmit} />;
    case 'multiple':
      return <MultipleChoice question={question} disabled={disabled} onSubmit={onSubmit} />;
    case 'ordering':
      return <Ordering question={question} disabled={disabled} onSubmit={onSubmit} />;
  }
}

function SingleChoice({ question, disabled, onSubmit }: { question: PublicQuestion; disabled: boolean; onSubmit: (a: Answer) => void }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {question.options.map((o, i) => (
        <li key={o.id}>
          <button type="button" disabled={disabled} onClick={() => onSubmit({ type: 'single', optionId: o.id })} className={`${TILE} ${TILE_IDLE}`}>
            <span aria-hidden="true">{MARKERS[i % MARKERS.length]}</span>
            {o.text}
          </button>
        </li>
      ))}
    </ul>
  );
}

function TrueFalse({ disabled, onSubmit }: { disabled: boolean; onSubmit: (a: Answer) => void }) {
  const t = useTranslations('Quiz');
  return (
    <ul className="grid grid-cols-2 gap-3">
      {[true, false].map((value) => (
        <li key={String(value)}>
          <button type="button" disabled={disabled} onClick={() => onSubmit({ type: 'truefalse', value })} className={`${TILE} ${TILE_IDLE} justify-center text-xl`}>
            <span aria-hidden="true">{value ? '✔' : '✘'}</span>
            {value ? t('true') : t('false')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function MultipleChoice({ question, disabled, onSubmit }: { question: PublicQuestion; disabled: boolean; onSubmit: (a: Answer) => void }) {
  const t = useTranslations('Play');
  const [picked, setPicked] = useState<string[]>([]);
  useEffect(() => setPicked([]), [question.index]);
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="mb-2 text-slate-700 dark:text-slate-300">{t('multipleHint')}</legend>
      <ul className="grid gap-3 sm:grid-cols-2">
        {question.options.map((o, i) => {
          const on = picked.includes(o.id);
          return (
            <li key={o.id}>
              <label className={`${TILE} ${on ? TILE_PICKED : TILE_IDLE} cursor-pointer`}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => setPicked((p) => (on ? p.filter((id) => id !== o.id) : [...p, o.id]))}
                  className="h-6 w-6 accent-indigo-700"
                />
                <span aria-hidden="true">{MARKERS[i % MARKERS.length]}</span>
                {o.text}
              </label>
            </li>
          );
        })}
      </ul>
      <Button type="button" disabled={disabled || picked.length === 0} onClick={() => onSubmit({ type: 'multiple', optionIds: picked })} className="w-full text-lg">
        {t('submit')}
      </Button>
    </fieldset>
  );
}

function Ordering({ question, disabled, onSubmit }: { question: PublicQuestion; disabled: boolean; onSubmit: (a: Answer) => void }) {
  const t = useTranslations('Play');
  const [order, setOrder] = useState(question.options);
  useEffect(() => setOrder(question.options), [question.index, question.options]);
  const move = (from: number, to: number) =>
    setOrder((items) => {
      const next = items.slice();
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      return next;
    });
  return (
    <div className="space-y-3">
      <p className="text-slate-700 dark:text-slate-300">{t('orderHint')}</p>
      <ol className="space-y-2" aria-live="polite">
        {order.map((o, i) => (
          <li key={o.id} className="flex items-center gap-2 rounded-xl border-2 border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
            <span className="w-8 font-mono text-lg font-bold" aria-label={t('position', { position: i + 1 })}>
              {i + 1}.
            </span>
            <span className="flex-1 text-lg font-semibold">{o.text}</span>
            <Button variant="secondary" className="min-w-11 px-2" disabled={disabled || i === 0} onClick={() => move(i, i - 1)} aria-label={t('moveUp', { item: o.text })}>
              ↑
            </Button>
            <Button variant="secondary" className="min-w-11 px-2" disabled={disabled || i === order.length - 1} onClick={() => move(i, i + 1)} aria-label={t('moveDown', { item: o.text })}>
              ↓
            </Button>
          </li>
        ))}
      </ol>
      <Button type="button" disabled={disabled} onClick={() => onSubmit({ type: 'ordering', optionIds: order.map((o) => o.id) })} className="w-full text-lg">
        {t('submit')}
      </Button>
    </div>
  );
}
