'use client';
import { useTranslations } from 'next-intl';
import { useEffect, type Ref } from 'react';
import type { RevealedMisconception } from '../../../lib/learn/practice';
import type { MemberView } from '../../../lib/cohort/views';
import type { RoundAnswer } from '../../../lib/learn/progress';
import { summarizeResults, type SummaryEntry } from '../../../lib/learn/round';
import type { PublicQuestion } from '../../../lib/quiz/display';
import type { Locale } from '../../../lib/quiz/types';
import { Link } from '../../../i18n/navigation';
import { MissesReview } from '../../learn/MissesReview';
import { LINK_PRIMARY, Panel } from '../../learn/Panel';
import { ScoreBars } from '../../learn/ScoreBars';
import { Button } from '../../ui/Button';

/** Reviews fetched one after another, this far apart: well under the server's per-socket event rate. */
const REVIEW_GAP_MS = 120;

/**
 * The end of the space's quiz: the score by topic (from the stored results), the misconceptions
 * the misses revealed (their feedback fetched one by one when this screen lacks it), and the
 * questions still open.
 */
export function CohortQuizSummary({
  ids,
  byId,
  view,
  given,
  locale,
  onReview,
  onPick,
  headingRef,
  cohortId,
}: {
  ids: string[];
  byId: Map<string, PublicQuestion>;
  view: MemberView;
  given: Record<string, RoundAnswer>;
  locale: Locale;
  onReview: (questionId: string) => Promise<void>;
  onPick: (position: number) => void;
  headingRef: Ref<HTMLHeadingElement>;
  cohortId: string;
}) {
  const t = useTranslations('CohortMember');
  const learn = useTranslations('Learn');
  const answeredIds = ids.filter((id) => view.answers[id]);
  const missed = answeredIds.filter((id) => view.answers[id]!.share !== null && !view.answers[id]!.correct);
  const missing = missed.filter((id) => !given[`${locale}:${id}`]);
  const open = ids.map((id, position) => ({ id, position })).filter(({ id }) => !view.answers[id]);

  const missingKey = missing.join(',');
  useEffect(() => {
    if (!missingKey) return;
    let stopped = false;
    void (async () => {
      for (const id of missingKey.split(',')) {
        if (stopped) return;
        await onReview(id);
        await new Promise((resolve) => window.setTimeout(resolve, REVIEW_GAP_MS));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [missingKey, onReview]);

  const summary = summarize(answeredIds, view, byId, (id) => given[`${locale}:${id}`]?.feedback.misconceptions);
  const prompt = (id: string) => byId.get(id)?.prompt ?? id;
  const loading = missing.length > 0;

  return (
    <div className="space-y-5">
      <Panel>
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-extrabold">
          {open.length === 0 ? t('summary.titleDone') : t('summary.titleSoFar')}
        </h1>
        <p className="text-lg" data-testid="quiz-summary-count">
          {t('quiz.answeredCount', { answered: answeredIds.length, total: ids.length })}
        </p>
        {summary.total.count > 0 ? (
          <p className="text-xl font-semibold">{learn('summary.total', { percent: Math.round(summary.total.share * 100), correct: summary.total.correct, count: summary.total.count })}</p>
        ) : (
          answeredIds.length > 0 && <p className="text-lg">{learn('summary.onlyPolls')}</p>
        )}
        <Link href={`/cohorts/${cohortId}`} className={LINK_PRIMARY}>
          {t('summary.toSpace')}
        </Link>
      </Panel>

      {open.length > 0 && (
        <Panel>
          <h2 className="text-xl font-bold">{t('summary.openTitle', { count: open.length })}</h2>
          <ul className="space-y-2">
            {open.map(({ id, position }) => (
              <li key={id} className="flex items-center gap-3 border-t border-slate-200 pt-2 first:border-t-0 first:pt-0 dark:border-slate-800">
                <span className="min-w-0 flex-1">
                  {position + 1}. {prompt(id)}
                </span>
                {!view.cohort.closed && (
                  <Button variant="secondary" className="shrink-0" onClick={() => onPick(position)} aria-label={t('summary.answerNumber', { number: position + 1 })}>
                    {t('summary.answer')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </Panel>
      )}

      {summary.byTopic.length > 0 && (
        <Panel>
          <h2 id="cohort-score-by-topic" className="text-xl font-bold">
            {learn('summary.byTopic')}
          </h2>
          <ScoreBars scores={summary.byTopic} labelledBy="cohort-score-by-topic" />
        </Panel>
      )}

      {loading && (
        <p role="status" className="text-slate-700 dark:text-slate-300">
          {t('summary.loading')}
        </p>
      )}
      {!loading && <MissesReview summary={summary} prompt={prompt} />}
    </div>
  );
}

/** Score by topic from the stored results; misses grouped by the misconception their feedback revealed. */
function summarize(
  answeredIds: string[],
  view: MemberView,
  byId: Map<string, PublicQuestion>,
  misconceptionsOf: (id: string) => RevealedMisconception[] | undefined,
) {
  const entries = answeredIds.flatMap((questionId): SummaryEntry[] => {
    const result = view.answers[questionId]!;
    const topic = byId.get(questionId)?.topic;
    if (result.share === null || !topic) return [];
    return [{ questionId, topic, share: result.share, correct: result.correct === true, misconceptions: misconceptionsOf(questionId) }];
  });
  return summarizeResults(entries);
}
