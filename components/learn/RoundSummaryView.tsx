'use client';
import { useTranslations } from 'next-intl';
import type { Ref } from 'react';
import type { RoundSummary } from '../../lib/learn/round';
import type { PublicQuestion } from '../../lib/quiz/display';
import type { Topic } from '../../lib/quiz/types';
import { Link } from '../../i18n/navigation';
import { Button } from '../ui/Button';
import { MissesReview } from './MissesReview';
import { LINK_SECONDARY, Panel } from './Panel';
import { ScoreBars } from './ScoreBars';

/**
 * The end of a round: the score by topic, the misses grouped by the misconception they
 * revealed with its correction, and the way on (weak topics, again, lessons).
 */
export function RoundSummaryView({
  summary,
  questionOf,
  weak,
  headingRef,
  onPractiseWeak,
  onRestart,
}: {
  summary: RoundSummary;
  questionOf: (id: string) => PublicQuestion | undefined;
  /** This device's weak topics (all rounds), offered for practice. */
  weak: Topic[];
  headingRef: Ref<HTMLHeadingElement>;
  onPractiseWeak: () => void;
  onRestart: () => void;
}) {
  const t = useTranslations('Learn');
  const { total } = summary;
  const prompt = (id: string) => questionOf(id)?.prompt ?? id;
  return (
    <div className="space-y-5">
      <Panel>
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-extrabold">
          {t('summary.title')}
        </h1>
        {total.count > 0 ? (
          <p className="text-xl font-semibold">{t('summary.total', { percent: Math.round(total.share * 100), correct: total.correct, count: total.count })}</p>
        ) : (
          <p className="text-lg">{t('summary.onlyPolls')}</p>
        )}
      </Panel>

      {summary.byTopic.length > 0 && (
        <Panel>
          <h2 id="score-by-topic" className="text-xl font-bold">
            {t('summary.byTopic')}
          </h2>
          <ScoreBars scores={summary.byTopic} labelledBy="score-by-topic" />
        </Panel>
      )}

      <Panel>
        <h2 className="text-xl font-bold">{t('summary.next')}</h2>
        {weak.length > 0 ? (
          <p>{t('summary.weakList', { topics: weak.map((topic) => t(`topics.${topic}.name`)).join(', ') })}</p>
        ) : (
          <p>{t('summary.noWeak')}</p>
        )}
        <div className="flex flex-wrap gap-3">
          <Button onClick={onPractiseWeak} disabled={weak.length === 0}>
            {t('practiseWeak')}
          </Button>
          <Button variant="secondary" onClick={onRestart}>
            {t('summary.again')}
          </Button>
          <Link href="/learn" className={LINK_SECONDARY}>
            {t('summary.toLessons')}
          </Link>
        </div>
      </Panel>
      <MissesReview summary={summary} prompt={prompt} />

    </div>
  );
}
