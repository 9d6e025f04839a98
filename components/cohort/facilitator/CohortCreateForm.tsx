'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CreatedCohort } from '../../../lib/cohort/views';
import type { QuizSummary, TopicSummary } from '../../../lib/content/catalog';
import { facilitatorKeyInMemory, seats } from '../../../lib/client/credentials';
import type { ErrorCode } from '../../../lib/protocol/errors';
import { LOCALES, type Locale, type Topic } from '../../../lib/quiz/types';
import { useRouter } from '../../../i18n/navigation';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** A topic as the form offers it: its name, and how many cards and bank questions it brings. */
export interface CohortTopicChoice extends TopicSummary {
  cardCount: number;
}

const CARD =
  'flex cursor-pointer gap-3 rounded-xl border border-slate-300 bg-white p-4 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700 dark:border-slate-700 dark:bg-slate-900 dark:has-[:checked]:border-indigo-400 dark:has-[:checked]:ring-indigo-400';
const FIELD = 'min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-800';
const NAME_MAX = 80;

/** 'YYYY-MM-DD' of a day in this browser's time zone, as a date input reads it. */
function dayString(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last millisecond of a date input's day, in this browser's time zone: "by Friday" includes Friday. */
function endOfDay(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999).getTime();
}

/** Creates a cohort space (name, language, deadline, topics, quiz) and opens its dashboard. */
export function CohortCreateForm({ topics, quizzes }: { topics: CohortTopicChoice[]; quizzes: QuizSummary[] }) {
  const t = useTranslations('CohortFacilitator');
  const uiLocale = useLocale() as Locale;
  const router = useRouter();
  const ids = useId();
  const [name, setName] = useState('');
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [deadline, setDeadline] = useState('');
  const [today, setToday] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<Topic[]>(topics.map((tp) => tp.topic));
  const [quiz, setQuiz] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);
  const [problem, setProblem] = useState<'name' | 'topics' | 'deadline' | 'noQuestions' | null>(null);

  // The browser's own today, after hydration: the server may sit in another time zone.
  useEffect(() => setToday(dayString(new Date())), []);

  const picked = topics.filter((tp) => chosen.includes(tp.topic));
  const bankCount = picked.reduce((sum, tp) => sum + tp.questionCount, 0);
  const cardCount = picked.reduce((sum, tp) => sum + tp.cardCount, 0);

  function toggle(topic: Topic, on: boolean) {
    // Keep CONTENT.md's order whatever order the boxes are ticked in.
    setChosen((current) => topics.map((tp) => tp.topic).filter((tp) => (tp === topic ? on : current.includes(tp))));
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const end = deadline ? endOfDay(deadline) : null;
    const issue = !trimmed
      ? 'name'
      : chosen.length === 0
        ? 'topics'
        : deadline && (end === null || end <= Date.now())
          ? 'deadline'
          : quiz === null && bankCount === 0
            ? 'noQuestions'
            : null;
    setProblem(issue);
    if (issue) {
      document.getElementById(`${ids}-${issue === 'noQuestions' ? 'quiz' : issue}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/api/cohorts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: trimmed, locale, deadline: end, topics: chosen, quizId: quiz }),
      });
      const body = (await res.json().catch(() => ({}))) as Partial<CreatedCohort> & { error?: { code: ErrorCode } };
      if (!res.ok || !body.cohortId || !body.facilitatorSecret) {
        setError(body.error?.code ?? 'INTERNAL');
        setBusy(false);
        return;
      }
      // The response set the HttpOnly facilitator cookie. The key stays in this page's memory only,
      // so the dashboard it opens next can show the facilitator link once.
      seats.add('facilitator', body.cohortId);
      facilitatorKeyInMemory.keep(body.cohortId, body.facilitatorSecret);
      router.push(`/cohorts/${body.cohortId}/dashboard`);
    } catch {
      setError('network');
      setBusy(false);
    }
  }

  const hint = (key: typeof problem) =>
    problem === key ? (
      <p id={`${ids}-${key}-problem`} role={key === 'topics' || key === 'noQuestions' ? 'alert' : undefined} className="text-sm font-semibold text-red-800 dark:text-red-300">
        {t(`create.problem.${key!}`)}
      </p>
    ) : null;

  return (
    <form onSubmit={create} noValidate className="space-y-8">
      <div className="space-y-2">
        <label htmlFor={`${ids}-name`} className="block text-lg font-semibold">
          {t('create.name')}
        </label>
        <p id={`${ids}-name-hint`} className="text-slate-700 dark:text-slate-300">
          {t('create.nameHint')}
        </p>
        <input
          id={`${ids}-name`}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={NAME_MAX}
          required
          autoComplete="off"
          aria-invalid={problem === 'name' || undefined}
          aria-describedby={`${ids}-name-hint${problem === 'name' ? ` ${ids}-name-problem` : ''}`}
          className={`${FIELD} w-full`}
        />
        {hint('name')}
      </div>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('create.language')}</legend>
        <p className="text-slate-700 dark:text-slate-300">{t('create.languageHint')}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {LOCALES.map((l) => (
            <label key={l} className={CARD}>
              <input type="radio" name="locale" value={l} checked={locale === l} onChange={() => setLocale(l)} className="mt-1 h-5 w-5 accent-indigo-700" />
              <span lang={l === 'pt' ? 'pt-BR' : 'en'} className="font-semibold">
                {t(`languages.${l}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="space-y-2">
        <label htmlFor={`${ids}-deadline`} className="block text-lg font-semibold">
          {t('create.deadline')}
        </label>
        <p id={`${ids}-deadline-hint`} className="text-slate-700 dark:text-slate-300">
          {t('create.deadlineHint')}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <input
            id={`${ids}-deadline`}
            type="date"
            name="deadline"
            value={deadline}
            min={today}
            onChange={(e) => setDeadline(e.target.value)}
            aria-invalid={problem === 'deadline' || undefined}
            aria-describedby={`${ids}-deadline-hint${problem === 'deadline' ? ` ${ids}-deadline-problem` : ''}`}
            className={FIELD}
          />
          {deadline && (
            <Button variant="ghost" onClick={() => setDeadline('')}>
              {t('create.noDeadline')}
            </Button>
          )}
        </div>
        {hint('deadline')}
      </div>

      <fieldset className="space-y-3" aria-describedby={`${ids}-topics-summary`}>
        <legend className="text-lg font-semibold">{t('create.topics')}</legend>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p id={`${ids}-topics-summary`} aria-live="polite" className="text-slate-700 dark:text-slate-300">
            {t('create.topicsSummary', { topics: chosen.length, cards: cardCount })}
          </p>
          <Button
            id={`${ids}-topics`}
            variant="secondary"
            onClick={() => setChosen(chosen.length === topics.length ? [] : topics.map((tp) => tp.topic))}
          >
            {chosen.length === topics.length ? t('create.noTopics') : t('create.allTopics')}
          </Button>
        </div>
        <div className="grid gap-2 sm:grid-cols-2">
          {topics.map((tp) => (
            <label key={tp.topic} className={`${CARD} items-start py-3`}>
              <input
                type="checkbox"
                name="topics"
                value={tp.topic}
                checked={chosen.includes(tp.topic)}
                onChange={(e) => toggle(tp.topic, e.target.checked)}
                className="mt-1 h-5 w-5 shrink-0 accent-indigo-700"
              />
              <span>
                <span className="block font-semibold">{tp.name}</span>
                <span className="block text-sm text-slate-700 dark:text-slate-300">{t('create.topicCounts', { cards: tp.cardCount, questions: tp.questionCount })}</span>
              </span>
            </label>
          ))}
        </div>
        {hint('topics')}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('create.quiz')}</legend>
        <label className={CARD}>
          <input
            id={`${ids}-quiz`}
            type="radio"
            name="quiz"
            checked={quiz === null}
            onChange={() => setQuiz(null)}
            className="mt-1 h-5 w-5 shrink-0 accent-indigo-700"
          />
          <span>
            <span className="block font-semibold">{t('create.quizBank')}</span>
            <span className="block text-slate-700 dark:text-slate-300">{t('create.quizBankHint')}</span>
            <span aria-live="polite" className="block text-sm text-slate-700 dark:text-slate-300">
              {t('questions', { count: bankCount })}
            </span>
          </span>
        </label>
        {quizzes.map((q) => (
          <label key={q.id} className={CARD}>
            <input type="radio" name="quiz" checked={quiz === q.id} onChange={() => setQuiz(q.id)} className="mt-1 h-5 w-5 shrink-0 accent-indigo-700" />
            <span>
              <span className="block text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{t('create.preset')}</span>
              <span className="block font-semibold">{q.title}</span>
              <span className="block text-slate-700 dark:text-slate-300">{q.description}</span>
              <span className="block text-sm text-slate-700 dark:text-slate-300">{t('questions', { count: q.questionCount })}</span>
            </span>
          </label>
        ))}
        {hint('noQuestions')}
      </fieldset>

      <p className="rounded-xl border border-slate-200 bg-slate-100 p-4 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
        {t('create.secretNote')}
      </p>
      <ErrorNotice code={error} />
      <Button type="submit" disabled={busy} className="text-lg">
        {busy ? t('create.creating') : t('create.submit')}
      </Button>
    </form>
  );
}
