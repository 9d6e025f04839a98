'use client';
import { useTranslations } from 'next-intl';
import type { RoundSummary } from '../../lib/learn/round';
import { Panel } from './Panel';

/**
 * The end-of-round review of what went wrong: each wrong belief the misses revealed, with
 * what corrects it and the questions it showed up in, then the misses that revealed none.
 * Shared by self-paced rounds and a cohort member's quiz summary; nothing when all was right.
 */
export function MissesReview({ summary, prompt }: { summary: Pick<RoundSummary, 'byMisconception' | 'otherMisses'>; prompt: (questionId: string) => string }) {
  const t = useTranslations('Learn');
  if (summary.byMisconception.length === 0 && summary.otherMisses.length === 0) return null;
  return (
    <Panel>
      <h2 className="text-xl font-bold">{t('summary.review')}</h2>
      <ul className="space-y-4">
        {summary.byMisconception.map(({ misconception, questionIds }) => (
          <li key={misconception.id} className="space-y-1 border-l-4 border-amber-500 pl-3">
            <p>
              <span className="font-semibold">{t('feedback.belief')}</span> <q>{misconception.statement}</q>
            </p>
            <p>
              <span className="font-semibold">{t('feedback.correction')}</span> {misconception.correction}
            </p>
            <p className="text-sm text-slate-700 dark:text-slate-300">{t('summary.seenIn', { count: questionIds.length })}</p>
            <ul className="list-inside list-disc text-sm text-slate-700 dark:text-slate-300">
              {questionIds.map((id) => (
                <li key={id}>{prompt(id)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {summary.otherMisses.length > 0 && (
        <>
          <h3 className="font-bold">{t('summary.otherMisses')}</h3>
          <ul className="list-inside list-disc text-slate-700 dark:text-slate-300">
            {summary.otherMisses.map((id) => (
              <li key={id}>{prompt(id)}</li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
