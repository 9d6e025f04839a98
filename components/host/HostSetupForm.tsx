'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { BankQuestionSummary, QuizSummary, TopicSummary } from '../../lib/content/catalog';
import { seats } from '../../lib/client/credentials';
import type { ErrorCode } from '../../lib/protocol/errors';
import type { Topic } from '../../lib/quiz/types';
import { useRouter } from '../../i18n/navigation';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';

type Choice = { kind: 'quiz'; quizId: string } | { kind: 'topic' } | { kind: 'bank' } | { kind: 'pick' };

const CARD =
  'flex cursor-pointer gap-3 rounded-xl border border-slate-300 bg-white p-4 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700 dark:border-slate-700 dark:bg-slate-900';

/** Picks what to play (a preset, a topic, the whole bank or a set) and a scoring mode, opens a session. */
export function HostSetupForm({ quizzes, topics, bank }: { quizzes: QuizSummary[]; topics: TopicSummary[]; bank: BankQuestionSummary[] }) {
  const t = useTranslations('HostSetup');
  const quizWords = useTranslations('Quiz');
  const locale = useLocale();
  const router = useRouter();
  const [choice, setChoice] = useState<Choice>(quizzes[0] ? { kind: 'quiz', quizId: quizzes[0].id } : { kind: 'bank' });
  const [topic, setTopic] = useState<Topic>(topics.find((tp) => tp.questionCount > 0)?.topic ?? 'virtual-machines');
  const [picked, setPicked] = useState<string[]>([]);
  const [scoring, setScoring] = useState<'speed' | 'accuracy'>('speed');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);

  const selection =
    choice.kind === 'quiz'
      ? { quizId: choice.quizId }
      : choice.kind === 'topic'
        ? { topic }
        : choice.kind === 'bank'
          ? { topic: 'all' as const }
          : { questionIds: bank.filter((q) => picked.includes(q.id)).map((q) => q.id) };
  const ready = choice.kind !== 'pick' || picked.length > 0;

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/api/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...selection, locale, scoring }),
      });
      const body = (await res.json()) as { code?: string; error?: { code: ErrorCode } };
      if (!res.ok || !body.code) {
        setError(body.error?.code ?? 'INTERNAL');
        setBusy(false);
        return;
      }
      // The response set the host's HttpOnly cookie; the secret in its body is left unused.
      seats.add('host', body.code);
      router.push(`/host/${body.code}`);
    } catch {
      setError('network');
      setBusy(false);
    }
  }

  const is = (kind: Choice['kind'], quizId?: string) => choice.kind === kind && (kind !== 'quiz' || (choice.kind === 'quiz' && choice.quizId === quizId));

  return (
    <form onSubmit={create} className="space-y-6">
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('what')}</legend>
        {quizzes.map((q) => (
          <label key={q.id} className={CARD}>
            <input type="radio" name="what" checked={is('quiz', q.id)} onChange={() => setChoice({ kind: 'quiz', quizId: q.id })} className="mt-1 h-5 w-5 accent-indigo-700" />
            <span>
              <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t('preset')}</span>
              <span className="block font-semibold">{q.title}</span>
              <span className="block text-slate-700 dark:text-slate-300">{q.description}</span>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{t('questions', { count: q.questionCount })}</span>
            </span>
          </label>
        ))}
        <div className={CARD}>
          <input id="what-topic" type="radio" name="what" checked={is('topic')} onChange={() => setChoice({ kind: 'topic' })} className="mt-1 h-5 w-5 accent-indigo-700" />
          <div className="min-w-0 flex-1 space-y-2">
            <label htmlFor="what-topic" className="block cursor-pointer font-semibold">
              {t('topic')}
            </label>
            <label className="flex flex-col gap-1 text-sm font-semibold">
              {t('topicLabel')}
              <select
                value={topic}
                onChange={(e) => {
                  setTopic(e.target.value as Topic);
                  setChoice({ kind: 'topic' });
                }}
                className="w-full rounded-lg border border-slate-400 bg-white px-2 py-2 text-base font-normal dark:border-slate-600 dark:bg-slate-800"
              >
                {topics.map((tp) => (
                  <option key={tp.topic} value={tp.topic} disabled={tp.questionCount === 0}>
                    {t('pickTopic', { topic: tp.name, count: tp.questionCount })}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <label className={CARD}>
          <input type="radio" name="what" checked={is('bank')} onChange={() => setChoice({ kind: 'bank' })} className="mt-1 h-5 w-5 accent-indigo-700" />
          <span>
            <span className="block font-semibold">{t('bank')}</span>
            <span className="block text-slate-700 dark:text-slate-300">{t('bankHint')}</span>
            <span className="block text-sm text-slate-600 dark:text-slate-400">{t('questions', { count: bank.length })}</span>
          </span>
        </label>
        <div className={CARD}>
          <input id="what-pick" type="radio" name="what" checked={is('pick')} onChange={() => setChoice({ kind: 'pick' })} className="mt-1 h-5 w-5 accent-indigo-700" />
          <div className="min-w-0 flex-1 space-y-2">
            <label htmlFor="what-pick" className="block cursor-pointer font-semibold">
              {t('pick')}
            </label>
            <p className="text-slate-700 dark:text-slate-300">{t('pickHint')}</p>
            {choice.kind === 'pick' && (
              <div className="max-h-96 space-y-4 overflow-y-auto rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                {topics
                  .filter((tp) => tp.questionCount > 0)
                  .map((tp) => (
                    <fieldset key={tp.topic} className="space-y-1">
                      <legend className="font-semibold">{tp.name}</legend>
                      {bank
                        .filter((q) => q.topic === tp.topic)
                        .map((q) => (
                          <label key={q.id} className="flex cursor-pointer items-start gap-2 py-1">
                            <input
                              type="checkbox"
                              checked={picked.includes(q.id)}
                              onChange={(e) => setPicked((p) => (e.target.checked ? [...p, q.id] : p.filter((id) => id !== q.id)))}
                              className="mt-1 h-5 w-5 accent-indigo-700"
                            />
                            <span>
                              {q.prompt} <span className="text-sm text-slate-600 dark:text-slate-400">({quizWords(`type.${q.type}`)})</span>
                            </span>
                          </label>
                        ))}
                    </fieldset>
                  ))}
              </div>
            )}
            {choice.kind === 'pick' && (
              <p aria-live="polite" className="text-sm font-semibold">
                {t('picked', { count: picked.length })}
              </p>
            )}
          </div>
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('scoring')}</legend>
        {(['speed', 'accuracy'] as const).map((mode) => (
          <label key={mode} className={CARD}>
            <input type="radio" name="scoring" value={mode} checked={scoring === mode} onChange={() => setScoring(mode)} className="mt-1 h-5 w-5 accent-indigo-700" />
            <span>
              <span className="block font-semibold">{mode === 'speed' ? t('scoringSpeed') : t('scoringAccuracy')}</span>
              <span className="block text-slate-700 dark:text-slate-300">{mode === 'speed' ? t('scoringSpeedHint') : t('scoringAccuracyHint')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorNotice code={error} />
      <Button type="submit" disabled={busy || !ready} className="text-lg">
        {busy ? t('creating') : t('create')}
      </Button>
    </form>
  );
}
