'use client';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { request } from '../../../lib/client/live-socket';
import type { MemberView } from '../../../lib/cohort/views';
import type { RoundAnswer } from '../../../lib/learn/progress';
import type { ErrorCode } from '../../../lib/protocol/errors';
import type { PublicQuestion } from '../../../lib/quiz/display';
import type { Answer } from '../../../lib/quiz/types';
import { Link } from '../../../i18n/navigation';
import { FeedbackPanel } from '../../learn/FeedbackPanel';
import { LINK_TEXT } from '../../learn/Panel';
import { AnswerInput } from '../../quiz/answers/AnswerInput';
import { QuestionProgress } from '../../quiz/QuestionProgress';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CohortQuizSummary } from './CohortQuizSummary';
import { QuestionNavigator } from './QuestionNavigator';
import { SpaceFrame } from './SpaceFrame';
import { useMemberSpace, type MemberSpace } from './useMemberSpace';

/** The space's quiz, one question at a time; every answer is stored by the server, so any device resumes it. */
export function CohortQuiz({ cohortId, questions }: { cohortId: string; questions: PublicQuestion[] }) {
  const space = useMemberSpace(cohortId);
  return <SpaceFrame space={space}>{(view) => <QuizContent cohortId={cohortId} questions={questions} space={space} view={view} />}</SpaceFrame>;
}

/** Where the member is: a question (answered or not) by its index, or the summary. */
type Step = { kind: 'question'; position: number } | { kind: 'summary' };

function QuizContent({ cohortId, questions, space, view }: { cohortId: string; questions: PublicQuestion[]; space: MemberSpace; view: MemberView }) {
  const t = useTranslations('CohortMember');
  const learn = useTranslations('Learn');
  const { socket, locale } = space;
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const ids = useMemo(() => view.cohort.questionIds.filter((id) => byId.has(id)), [view.cohort.questionIds, byId]);
  const [step, setStep] = useState<Step | null>(null);
  // Answers with their feedback, in the language they were fetched in (keyed `${locale}:${id}`).
  const [given, setGiven] = useState<Record<string, RoundAnswer>>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const closed = view.cohort.closed;

  // Start where the member stopped, on this device or another: the first question not answered.
  useEffect(() => {
    if (step) return;
    const next = ids.findIndex((id) => !view.answers[id]);
    setStep(next === -1 ? { kind: 'summary' } : { kind: 'question', position: next });
  }, [step, ids, view.answers]);

  const review = useCallback(
    async (questionId: string) => {
      if (!socket) return;
      const r = await request(socket, 'cohort:review', { cohortId, questionId, locale });
      if (r.ok) setGiven((g) => ({ ...g, [`${locale}:${questionId}`]: { answer: r.data.answer, feedback: r.data.feedback, locale } }));
      else setError(r.error.code);
    },
    [socket, cohortId, locale],
  );

  const currentId = step?.kind === 'question' ? ids[step.position] : undefined;
  const question = currentId ? byId.get(currentId) : undefined;
  const answered = currentId ? view.answers[currentId] !== undefined : false;
  const mine = currentId ? given[`${locale}:${currentId}`] : undefined;

  // An answered question shows its result: fetch the stored answer's feedback when this screen lacks it.
  useEffect(() => {
    if (currentId && answered && !mine && space.binding > 0) void review(currentId);
  }, [currentId, answered, mine, review, space.binding]);

  // Each new step moves focus to its heading (not on arrival), so a screen reader announces it.
  const stepKey = step ? (step.kind === 'summary' ? 'summary' : `${step.position}:${answered && mine ? 'feedback' : 'question'}`) : '';
  const arrived = useRef<string | null>(null);
  useEffect(() => {
    if (!stepKey) return;
    if (arrived.current !== null && arrived.current !== stepKey) heading.current?.focus();
    arrived.current = stepKey;
  }, [stepKey]);

  const submit = async (answer: Answer) => {
    if (!socket || !question || sending) return;
    setSending(true);
    setError(null);
    const r = await request(socket, 'cohort:answer', { cohortId, questionId: question.id, answer, locale });
    setSending(false);
    if (r.ok) {
      setGiven((g) => ({ ...g, [`${locale}:${question.id}`]: { answer, feedback: r.data.feedback, locale } }));
      space.setView(r.data.view);
      return;
    }
    // Answered meanwhile on another device: show that answer's result.
    if (r.error.code === 'ALREADY_ANSWERED') return void review(question.id);
    setError(r.error.code);
  };

  const go = (position: number) => {
    setError(null);
    setStep(position >= ids.length ? { kind: 'summary' } : { kind: 'question', position });
  };

  if (!step) return null;
  const backLink = (
    <Link href={`/cohorts/${cohortId}`} className={LINK_TEXT}>
      <span aria-hidden="true">← </span>
      {t('quiz.backToSpace', { name: view.cohort.name })}
    </Link>
  );

  if (ids.length === 0) {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <nav aria-label={t('quiz.breadcrumb')}>{backLink}</nav>
        <h1 className="text-2xl font-bold">{t('quiz.emptyTitle')}</h1>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <nav aria-label={t('quiz.breadcrumb')}>{backLink}</nav>
      <QuestionNavigator ids={ids} answers={view.answers} current={step.kind === 'question' ? step.position : null} onPick={go} onSummary={() => go(ids.length)} />
      {step.kind === 'summary' ? (
        <CohortQuizSummary ids={ids} byId={byId} view={view} given={given} locale={locale} onReview={review} onPick={go} headingRef={heading} cohortId={cohortId} />
      ) : question ? (
        <>
          <QuestionProgress index={step.position} total={ids.length} />
          {answered ? (
            mine ? (
              <FeedbackPanel question={question} given={mine} headingRef={heading} isLast={step.position === ids.length - 1} onNext={() => go(step.position + 1)} />
            ) : (
              <p role="status" className="text-slate-700 dark:text-slate-300">
                {t('quiz.loadingResult')}
              </p>
            )
          ) : (
            <>
              <p className="text-sm font-semibold uppercase tracking-wide text-indigo-800 dark:text-indigo-300">
                {learn(`topics.${question.topic}.name`)} · {learn(`quiz.type.${question.type}`)}
              </p>
              <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
                {question.prompt}
              </h1>
              {closed && <p className="font-semibold text-amber-900 dark:text-amber-200">{t('quiz.closedNoAnswers')}</p>}
              <AnswerInput question={question} disabled={sending || closed} onSubmit={(answer) => void submit(answer)} />
            </>
          )}
          <ErrorNotice code={error} />
        </>
      ) : null}
    </div>
  );
}
