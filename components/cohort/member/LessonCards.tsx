'use client';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { ErrorCode } from '../../../lib/protocol/errors';
import { TOPICS, type Topic } from '../../../lib/quiz/types';
import { Link } from '../../../i18n/navigation';
import { LINK_TEXT } from '../../learn/Panel';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { SpaceCard } from './space-cards';

/**
 * The space's lesson cards, topic by topic: each opens in place to be read and marked as read.
 * Read cards carry a check, in words as well as the mark.
 */
export function LessonCards({
  cards,
  read,
  closed,
  onMarkRead,
}: {
  cards: SpaceCard[];
  read: ReadonlySet<string>;
  closed: boolean;
  onMarkRead: (cardId: string) => Promise<{ ok: true } | { ok: false; code: ErrorCode | 'network' }>;
}) {
  const t = useTranslations('CohortMember');
  const learn = useTranslations('Learn');
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);
  const byTopic = TOPICS.flatMap((topic) => {
    const mine = cards.filter((c) => c.topic === topic);
    return mine.length > 0 ? [{ topic, cards: mine }] : [];
  });

  const mark = async (cardId: string) => {
    setPending(cardId);
    setError(null);
    const r = await onMarkRead(cardId);
    setPending(null);
    if (!r.ok) setError(r.code);
  };

  return (
    <div className="space-y-6">
      <ErrorNotice code={error} />
      {byTopic.map(({ topic, cards: topicCards }) => (
        <TopicCards key={topic} topic={topic} name={learn(`topics.${topic}.name`)} cards={topicCards} read={read}>
          {(card) => (
            <>
              {card.kind === 'limit' && (
                <p className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">{learn('limitBadge')}</p>
              )}
              {card.body.map((paragraph, i) => (
                <p key={i} className="text-lg leading-relaxed">
                  {paragraph}
                </p>
              ))}
              <p className="text-sm text-slate-700 dark:text-slate-300">{learn('source', { source: card.source })}</p>
              {card.diagram && (
                <p>
                  <Link href={card.diagram.href} className={LINK_TEXT}>
                    {learn('seeOnDiagram', { region: card.diagram.label })}
                  </Link>
                </p>
              )}
              {read.has(card.id) ? (
                <p data-testid="card-read" className="font-semibold text-emerald-800 dark:text-emerald-300">
                  <span aria-hidden="true">✔ </span>
                  {t('cards.readDone')}
                </p>
              ) : (
                !closed && (
                  <Button onClick={() => void mark(card.id)} disabled={pending === card.id}>
                    {pending === card.id ? t('cards.marking') : t('cards.markRead')}
                  </Button>
                )
              )}
            </>
          )}
        </TopicCards>
      ))}
    </div>
  );
}

function TopicCards({ topic, name, cards, read, children }: { topic: Topic; name: string; cards: SpaceCard[]; read: ReadonlySet<string>; children: (card: SpaceCard) => ReactNode }) {
  const t = useTranslations('CohortMember');
  const done = cards.filter((c) => read.has(c.id)).length;
  return (
    <section aria-labelledby={`topic-${topic}`} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`topic-${topic}`} className="text-xl font-bold">
          {name}
        </h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('cards.topicProgress', { read: done, total: cards.length })}</p>
      </div>
      <ol className="space-y-2">
        {cards.map((card) => {
          const isRead = read.has(card.id);
          return (
            <li key={card.id}>
              <details data-testid="lesson-card" data-card={card.id} className="group rounded-xl border border-slate-200 bg-white shadow-sm open:border-indigo-300 dark:border-slate-800 dark:bg-slate-900 dark:open:border-indigo-800">
                <summary className="flex min-h-11 cursor-pointer list-none items-center gap-3 rounded-xl px-4 py-3 font-semibold hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
                  <span
                    aria-hidden="true"
                    className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 text-sm ${isRead ? 'border-emerald-700 bg-emerald-700 text-white dark:border-emerald-500 dark:bg-emerald-600' : 'border-slate-400 dark:border-slate-500'}`}
                  >
                    {isRead ? '✓' : ''}
                  </span>
                  <span className="flex-1">{card.title}</span>
                  {isRead && <span className="sr-only">{t('cards.readTag')}</span>}
                  <span aria-hidden="true" className="text-slate-600 transition-transform group-open:rotate-90 dark:text-slate-400">
                    ›
                  </span>
                </summary>
                <div className="space-y-3 border-t border-slate-200 px-4 pb-4 pt-3 dark:border-slate-800">{children(card)}</div>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
