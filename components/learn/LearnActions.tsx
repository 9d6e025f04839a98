'use client';
import { useTranslations } from 'next-intl';
import { weakTopics } from '../../lib/learn/progress';
import { isFinished, selectionQuery } from '../../lib/learn/round';
import { Link } from '../../i18n/navigation';
import { Button } from '../ui/Button';
import { LINK_PRIMARY, LINK_SECONDARY } from './Panel';
import { useLearnProgress } from './progress-store';

/**
 * The ways in: start the quiz, practise the weak topics (once there are some on this
 * device), read the lessons, and continue a round left half-way.
 */
export function LearnActions({ firstTopic }: { firstTopic: string }) {
  const t = useTranslations('Learn');
  const progress = useLearnProgress();
  const weak = progress ? weakTopics(progress.questions) : [];
  const round = progress?.round;
  const unfinished = round && !isFinished(round) ? round : null;
  const resumeQuery = unfinished ? selectionQuery(unfinished.selection) : null;
  return (
    <div className="space-y-3">
      {unfinished && resumeQuery && (
        <p>
          <Link href={{ pathname: '/learn/quiz', query: resumeQuery }} className={LINK_PRIMARY}>
            {t('continueRound', { current: unfinished.position + 1, total: unfinished.questionIds.length })}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Link href={{ pathname: '/learn/quiz', query: { new: '1' } }} className={unfinished ? LINK_SECONDARY : LINK_PRIMARY}>
          {t('startQuiz')}
        </Link>
        {weak.length > 0 ? (
          <Link href={{ pathname: '/learn/quiz', query: { topic: 'weak', new: '1' } }} className={LINK_SECONDARY}>
            {t('practiseWeak')}
          </Link>
        ) : (
          <Button variant="secondary" disabled aria-describedby="weak-hint">
            {t('practiseWeak')}
          </Button>
        )}
        <Link href={`/learn/${firstTopic}`} className={LINK_SECONDARY}>
          {t('readLessons')}
        </Link>
      </div>
      <p id="weak-hint" className="text-sm text-slate-700 dark:text-slate-300">
        {weak.length > 0 ? t('weakNow', { topics: weak.map((topic) => t(`topics.${topic}.name`)).join(', ') }) : t('weakHint')}
      </p>
    </div>
  );
}

