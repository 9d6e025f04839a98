'use client';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { MemberView } from '../../../lib/cohort/views';
import { Link } from '../../../i18n/navigation';
import { LINK_PRIMARY, Panel } from '../../learn/Panel';
import { LessonCards } from './LessonCards';
import { SpaceFrame } from './SpaceFrame';
import { BoardLinks, DeadlineLine, NoticeList, ProgressPanel, ResumePanel } from './SpaceSideParts';
import type { SpaceCard } from './space-cards';
import { useMemberSpace, type MemberSpace } from './useMemberSpace';

/** A member's home in a cohort space: progress, notices, the lesson cards, the quiz and the boards. */
export function MemberHome({ cohortId, cards }: { cohortId: string; cards: SpaceCard[] }) {
  const space = useMemberSpace(cohortId);
  return (
    <SpaceFrame space={space}>
      {(view) => <HomeContent cohortId={cohortId} cards={cards} space={space} view={view} />}
    </SpaceFrame>
  );
}

function HomeContent({ cohortId, cards, space, view }: { cohortId: string; cards: SpaceCard[]; space: MemberSpace; view: MemberView }) {
  const t = useTranslations('CohortMember');
  const { cohort } = view;
  const mine = useMemo(() => {
    const byId = new Map(cards.map((c) => [c.id, c]));
    return cohort.cardIds.map((id) => byId.get(id)).filter((c): c is SpaceCard => c !== undefined);
  }, [cards, cohort.cardIds]);
  const read = useMemo(() => new Set(view.cardsRead), [view.cardsRead]);
  const answered = cohort.questionIds.filter((id) => view.answers[id]).length;
  const quizDone = cohort.questionIds.length > 0 && answered === cohort.questionIds.length;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-800 dark:text-indigo-300">{t('home.kicker')}</p>
        <h1 className="text-4xl font-extrabold tracking-tight">{cohort.name}</h1>
        <p className="text-xl">{t('home.welcome', { name: view.me.name })}</p>
        <DeadlineLine deadline={cohort.deadline} />
      </header>

      <NoticeList cohortId={cohortId} notices={view.notices} onSeen={(ids) => void space.markSeen(ids)} />

      {/* Phones read top to bottom: progress, the quiz, the cards, then boards and the resume code. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <ProgressPanel view={view} />
        <Panel className="border-indigo-200 dark:border-indigo-900">
          <h2 className="text-xl font-bold">{t('quizBox.title')}</h2>
          <p className="text-slate-700 dark:text-slate-300">
            {cohort.questionIds.length === 0 ? t('quizBox.empty') : quizDone ? t('quizBox.done') : t('quizBox.body', { answered, total: cohort.questionIds.length })}
          </p>
          {cohort.questionIds.length > 0 && (
            <Link href={`/cohorts/${cohortId}/quiz`} className={LINK_PRIMARY} data-testid="quiz-entry">
              {quizDone ? t('quizBox.review') : answered > 0 ? t('quizBox.continue') : t('quizBox.start')}
            </Link>
          )}
        </Panel>
        <section aria-labelledby="cards-title" className="min-w-0 space-y-4">
          <div className="space-y-1">
            <h2 id="cards-title" className="text-2xl font-bold">
              {t('cards.title')}
            </h2>
            <p className="text-slate-700 dark:text-slate-300">{cohort.closed ? t('cards.leadClosed') : t('cards.lead')}</p>
          </div>
          <LessonCards cards={mine} read={read} closed={cohort.closed} onMarkRead={space.markRead} />
        </section>
        <div className="space-y-6">
          <BoardLinks cohortId={cohortId} locale={space.locale} />
          <ResumePanel resumeCode={view.me.resumeCode} />
        </div>
      </div>
    </div>
  );
}
