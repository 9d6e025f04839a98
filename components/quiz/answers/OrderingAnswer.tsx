'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/Button';
import { HINT, type AnswerInputProps } from './styles';

// A native button (Button takes no ref) in the secondary style.
const MOVE =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-slate-300 bg-white px-2 text-lg font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 dark:disabled:text-slate-500';

/** Ordering: the items as a list, each with move up / move down buttons, then send. */
export function OrderingAnswer({ question, disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const [order, setOrder] = useState(question.options);
  const [announcement, setAnnouncement] = useState('');
  // After a move, keep the keyboard on the item that moved (same button, or the other at an end).
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, direction } = focusAfterMove;
    const same = buttons.current.get(`${id}:${direction}`);
    const other = buttons.current.get(`${id}:${direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const move = (from: number, to: number) => {
    const next = order.slice();
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setOrder(next);
    setAnnouncement(t('moved', { item: item!.text, position: to + 1, total: next.length }));
    setFocusAfterMove({ id: item!.id, direction: to < from ? 'up' : 'down' });
  };

  const ref = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <div className="space-y-3">
      <p className={HINT}>{t('orderHint')}</p>
      <ol className="space-y-2">
        {order.map((o, i) => (
          <li key={o.id} className="flex items-center gap-2 rounded-xl border-2 border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
            <span className="w-8 shrink-0 font-mono text-lg font-bold" aria-hidden="true">
              {i + 1}.
            </span>
            <span className="flex-1 text-lg font-semibold">{o.text}</span>
            <button type="button" ref={ref(`${o.id}:up`)} className={MOVE} disabled={disabled || i === 0} onClick={() => move(i, i - 1)} aria-label={t('moveUp', { item: o.text })}>
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              ref={ref(`${o.id}:down`)}
              className={MOVE}
              disabled={disabled || i === order.length - 1}
              onClick={() => move(i, i + 1)}
              aria-label={t('moveDown', { item: o.text })}
            >
              <span aria-hidden="true">↓</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <Button type="button" disabled={disabled} onClick={() => onSubmit({ type: 'ordering', optionIds: order.map((o) => o.id) })} className="w-full text-lg">
        {t('send')}
      </Button>
    </div>
  );
}
