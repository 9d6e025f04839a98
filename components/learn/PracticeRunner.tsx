'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PracticeFeedback } from '../../lib/learn/practice';
import { weakTopics } from '../../lib/learn/progress';
import {
  advance,
  isFinished,
  newRound,
  pickWeakQuestions,
  recordAnswer,
  replaceFeedback,
  resumeOrStartRound,
  selectionKey,
  summarizeRound,
  type RoundSelection,
} from '../../lib/learn/round';
import type { PublicQuestion } from '../../lib/quiz/display';
import type { Answer, Locale } from '../../lib/quiz/types';
import { Link, useRouter } from '../../i18n/navigation';
import { AnswerInput } from '../quiz/answers/AnswerInput';
import { QuestionProgress } from '../quiz/QuestionProgress';
import { FeedbackPanel } from './FeedbackPanel';
import { LINK_PRIMARY, LINK_SECONDARY, Panel } from './Panel';
import { readProgress, updateProgress, useLearnProgress, writeProgress } from './progress-store';
import { RoundSummaryView } from './RoundSummaryView';

type CheckError = 'network' | 'INVALID_ANSWER' | 'NOT_FOUND' | 'other';

/** Asks the server to grade an answer; the key never comes to the browser before that. */
async function check(questionId: string, answer: Answer, locale: Locale): Promise<{ ok: true; feedback: PracticeFeedback } | { ok: false; error: CheckError }> {
  let response: Response;
  try {
    response = await fetch('/api/practice/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ questionId, answer, locale }) });
  } catch {
    return { ok: false, error: 'network' };
  }
  if (response.ok) return { ok: true, feedback: (await response.json()) as PracticeFeedback };
  const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
  const code = body?.error?.code;
  return { ok: false, error: code === 'INVALID_ANSWER' || code === 'NOT_FOUND' ? code : 'other' };
}

/**
 * A self-paced round: one question at a time, immediate feedback from the server, a summary at
 * the end. The round lives in this device's storage, so a reload lands on the same step.
 * `questions` are the round's candidates (for "weak", the whole bank); `fresh` starts over.
 */
export function PracticeRunner({ questions, selection, fresh }: { questions: PublicQuestion[]; selection: RoundSelection; fresh: boolean }) {
  const t = useTranslations('Learn');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const progress = useLearnProgress();
  const key = selectionKey(selection);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const [empty, setEmpty] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CheckError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const pick = () => (selection.kind === 'weak' ? pickWeakQuestions(questions, readProgress().questions) : questions.map((q) => q.id));

  const startFresh = () => {
    const round = newRound(key, pick(), Date.now());
    if (round) updateProgress((p) => ({ ...p, round }));
    setEmpty(!round);
  };

  // Resume the stored round for this address, or start one; once, after the storage is readable.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const current = readProgress();
    const round = fresh ? newRound(key, pick(), Date.now()) : resumeOrStartRound(current, key, new Set(byId.keys()), pick, Date.now());
    if (round && round !== current.round) writeProgress({ ...current, round });
    setEmpty(!round);
    if (fresh) {
      // A reload (or a language switch) of this address must resume, not start over again.
      // Deferred: Next's router takes over history.replaceState in an effect that runs after
      // this one, and only then does it keep useSearchParams (the language links) in step.
      window.setTimeout(() => {
        const url = new URL(window.location.href);
        url.searchParams.delete('new');
        window.history.replaceState(null, '', url);
      }, 0);
    }
  }, []);

  const round = progress?.round?.selection === key ? progress.round : null;
  const finished = round ? isFinished(round) : false;
  const currentId = round && !finished ? round.questionIds[round.position] : undefined;
  const question = currentId ? byId.get(currentId) : undefined;
  const given = currentId ? round?.answers[currentId] : undefined;
  const step = !round ? 'none' : finished ? 'summary' : given ? 'feedback' : 'question';

  // Each new step moves focus to its heading (not on arrival), so a screen reader announces it.
  const arrived = useRef<string | null>(null);
  const stepKey = `${step}:${round?.position ?? -1}:${round?.startedAt ?? 0}`;
  useEffect(() => {
    if (step === 'none') return;
    if (arrived.current !== null && arrived.current !== stepKey) heading.current?.focus();
    arrived.current = stepKey;
  }, [step, stepKey]);

  // Feedback stored in another language (the learner switched): fetch it again in this one.
  useEffect(() => {
    if (!round) return;
    for (const [questionId, entry] of Object.entries(round.answers)) {
      if (entry.locale === locale) continue;
      void check(questionId, entry.answer, locale).then((result) => {
        if (result.ok) updateProgress((p) => replaceFeedback(p, questionId, result.feedback, locale));
      });
    }
  }, [round, locale]);

  const submit = async (answer: Answer) => {
    if (!question || sending) return;
    setSending(true);
    setError(null);
    const result = await check(question.id, answer, locale);
    setSending(false);
    if (!result.ok) return setError(result.error);
    updateProgress((p) => recordAnswer(p, { questionId: question.id, topic: question.topic, answer, feedback: result.feedback, locale, at: Date.now() }));
  };

  if (empty) {
    return (
      <Panel className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">{selection.kind === 'weak' ? t('quiz.noWeakTitle') : t('quiz.emptyTitle')}</h1>
        <p>{selection.kind === 'weak' ? t('quiz.noWeakBody') : t('quiz.emptyBody')}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={{ pathname: '/learn/quiz', query: { new: '1' } }} className={LINK_PRIMARY}>
            {t('startQuiz')}
          </Link>
          <Link href="/learn" className={LINK_SECONDARY}>
            {t('summary.toLessons')}
          </Link>
        </div>
      </Panel>
    );
  }

  if (!round) {
    return (
      <p role="status" className="mx-auto max-w-2xl text-slate-700 dark:text-slate-300">
        {t('quiz.loading')}
      </p>
    );
  }

  if (step === 'summary') {
    const summary = summarizeRound(round, (id) => byId.get(id)?.topic);
    return (
      <div className="mx-auto max-w-3xl">
        <RoundSummaryView
          summary={summary}
          questionOf={(id) => byId.get(id)}
          weak={weakTopics(progress?.questions ?? {})}
          headingRef={heading}
          onRestart={startFresh}
          onPractiseWeak={() => {
            if (selection.kind === 'weak') startFresh();
            else router.push({ pathname: '/learn/quiz', query: { topic: 'weak', new: String(Date.now()) } });
          }}
        />
      </div>
    );
  }

  if (!question) return null;
  const total = round.questionIds.length;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <QuestionProgress index={round.position} total={total} />
      {step === 'question' ? (
        <>
          <p className="text-sm font-semibold uppercase tracking-wide text-indigo-800 dark:text-indigo-300">
            {t(`topics.${question.topic}.name`)} · {t(`quiz.type.${question.type}`)}
          </p>
          <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
            {question.prompt}
          </h1>
          <AnswerInput question={question} disabled={sending} onSubmit={(answer) => void submit(answer)} />
          <p role="alert" className={error ? 'rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100' : 'sr-only'}>
            {error ? t(`quiz.error.${error}`) : ''}
          </p>
        </>
      ) : (
        given && (
          <FeedbackPanel
            question={question}
            given={given}
            headingRef={heading}
            isLast={round.position === total - 1}
            onNext={() => updateProgress(advance)}
          />
        )
      )}
    </div>
  );
}
