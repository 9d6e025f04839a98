'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { QuizSummary } from '../../lib/content/catalog';
import { secretStore } from '../../lib/client/live-socket';
import type { ErrorCode } from '../../lib/protocol/errors';
import { useRouter } from '../../i18n/navigation';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';

/** Picks a quiz and a scoring mode, opens a session, keeps its host key in this browser. */
export function HostSetupForm({ quizzes }: { quizzes: QuizSummary[] }) {
  const t = useTranslations('HostSetup');
  const locale = useLocale();
  const router = useRouter();
  const [quizId, setQuizId] = useState(quizzes[0]?.id ?? '');
  const [scoring, setScoring] = useState<'speed' | 'accuracy'>('speed');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/api/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ quizId, locale, scoring }),
      });
      const body = (await res.json()) as { code?: string; hostSecret?: string; error?: { code: ErrorCode } };
      if (!res.ok || !body.code || !body.hostSecret) {
        setError(body.error?.code ?? 'INTERNAL');
        setBusy(false);
        return;
      }
      secretStore.set(secretStore.host(body.code), body.hostSecret);
      router.push(`/host/${body.code}`);
    } catch {
      setError('network');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={create} className="space-y-6">
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('quiz')}</legend>
        {quizzes.map((q) => (
          <label key={q.id} className="flex cursor-pointer gap-3 rounded-xl border border-slate-300 bg-white p-4 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700 dark:border-slate-700 dark:bg-slate-900">
            <input type="radio" name="quiz" value={q.id} checked={quizId === q.id} onChange={() => setQuizId(q.id)} className="mt-1 h-5 w-5 accent-indigo-700" />
            <span>
              <span className="block font-semibold">{q.title}</span>
              <span className="block text-slate-700 dark:text-slate-300">{q.description}</span>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{t('questions', { count: q.questionCount })}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('scoring')}</legend>
        {(['speed', 'accuracy'] as const).map((mode) => (
          <label key={mode} className="flex cursor-pointer gap-3 rounded-xl border border-slate-300 bg-white p-4 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700 dark:border-slate-700 dark:bg-slate-900">
            <input type="radio" name="scoring" value={mode} checked={scoring === mode} onChange={() => setScoring(mode)} className="mt-1 h-5 w-5 accent-indigo-700" />
            <span>
              <span className="block font-semibold">{mode === 'speed' ? t('scoringSpeed') : t('scoringAccuracy')}</span>
              <span className="block text-slate-700 dark:text-slate-300">{mode === 'speed' ? t('scoringSpeedHint') : t('scoringAccuracyHint')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorNotice code={error} />
      <Button type="submit" disabled={busy || !quizId} className="text-lg">
        {busy ? t('creating') : t('create')}
      </Button>
    </form>
  );
}
