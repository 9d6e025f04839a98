'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../lib/protocol/errors';
import type { SessionReport } from '../../lib/quiz/report';
import { Link } from '../../i18n/navigation';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useCredentialReady } from '../quiz/useCredentialReady';

/** After the game: each question at a glance, each player, and the CSV files. */
export function ReportView({ code }: { code: string }) {
  const t = useTranslations('Report');
  const host = useTranslations('HostConsole');
  const locale = useLocale();
  const [report, setReport] = useState<SessionReport | null>(null);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);
  // false when the server says this browser is not the session's host (no or a stale cookie).
  const [isHost, setIsHost] = useState<boolean | undefined>(undefined);
  const ready = useCredentialReady('host', code);

  useEffect(() => {
    if (!ready) return;
    // The host's HttpOnly cookie goes with this same-origin request; no secret in page script.
    fetch(`/api/sessions/${code}/report?locale=${locale}`)
      .then(async (res) => {
        const body = (await res.json()) as SessionReport & { error?: { code: ErrorCode } };
        setIsHost(res.status !== 401);
        if (!res.ok) setError(body.error?.code ?? 'INTERNAL');
        else setReport(body);
      })
      .catch(() => setError('network'));
  }, [code, locale, ready]);

  async function download(kind: 'questions' | 'players') {
    const res = await fetch(`/api/sessions/${code}/report/${kind}.csv?locale=${locale}`);
    if (!res.ok) return setError('INTERNAL');
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `stackhouse-${code}-${kind}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  }

  if (isHost === false) return <p>{host('noSecret')}</p>;
  if (!report) return error ? <ErrorNotice code={error} /> : <p role="status">{t('loading')}</p>;
  const seconds = (ms: number | null) => (ms === null ? '—' : (ms / 1000).toFixed(1));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t('heading', { title: report.quizTitle })}</h1>
        <p>{t('summary', { code: report.code, players: report.playerCount })}</p>
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => void download('questions')}>
            {t('downloadQuestions')}
          </Button>
          <Button variant="secondary" onClick={() => void download('players')}>
            {t('downloadPlayers')}
          </Button>
          <Link href={`/host/${code}`} className="inline-flex min-h-11 items-center px-2 underline">
            {t('back')}
          </Link>
        </div>
        <ErrorNotice code={error} />
      </header>
      <section aria-labelledby="report-questions" className="space-y-4">
        <h2 id="report-questions" className="text-2xl font-bold">
          {t('questions')}
        </h2>
        <ol className="grid gap-4 md:grid-cols-2">
          {report.questions.map((q) => {
            const percent = q.shareCorrect === null ? null : Math.round(q.shareCorrect * 100);
            const max = Math.max(1, ...q.distribution.map((b) => b.count));
            return (
              <li key={q.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <h3 className="font-semibold">
                  {q.index + 1}. {q.prompt}
                </h3>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {!q.played ? t('unplayed') : q.skipped ? t('skipped') : [percent === null ? t('noAnswers') : t('shareCorrect', { percent }), t('answeredOf', { answered: q.answered }), t('medianTime', { seconds: seconds(q.medianTimeMs) })].join(' · ')}
                </p>
                {percent !== null && (
                  <div aria-hidden="true" className="h-3 overflow-hidden rounded bg-slate-200 dark:bg-slate-800">
                    <div className="h-full bg-emerald-600" style={{ width: `${percent}%` }} />
                  </div>
                )}
                <ul className="space-y-1 text-sm">
                  {q.distribution.map((b) => (
                    <li key={b.key} className="grid grid-cols-[minmax(0,1fr)_3rem] items-center gap-2">
                      <span className={b.correct ? 'font-bold' : ''}>
                        {b.correct ? '✓ ' : ''}
                        {b.label}
                      </span>
                      <span className="text-right font-mono">{b.count}</span>
                      <span aria-hidden="true" className="col-span-2 block h-2 rounded bg-slate-200 dark:bg-slate-800">
                        <span className={`block h-full rounded ${b.correct ? 'bg-emerald-600' : 'bg-slate-500'}`} style={{ width: `${(b.count / max) * 100}%` }} />
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>
      {report.misconceptions.length > 0 && (
        <section aria-labelledby="report-misconceptions" className="space-y-4">
          <h2 id="report-misconceptions" className="text-2xl font-bold">
            {t('misconceptions')}
          </h2>
          <p className="text-slate-700 dark:text-slate-300">{t('misconceptionsHint')}</p>
          <ol className="space-y-3">
            {report.misconceptions.map((m) => (
              <li key={m.id} className="space-y-1 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950">
                <p className="font-semibold">
                  “{m.statement}” <span className="font-normal">· {t('misconceptionCount', { count: m.count })}</span>
                </p>
                <p>
                  <span className="font-semibold">{t('whatIsTrue')}</span> {m.correction}
                </p>
                <p className="text-sm text-slate-700 dark:text-slate-300">{t('seenIn', { questions: m.questionIndexes.map((i) => i + 1).join(', ') })}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="report-players" className="space-y-4">
        <h2 id="report-players" className="text-2xl font-bold">
          {t('players')}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="p-2">{t('rank')}</th>
                <th scope="col" className="p-2">{t('nickname')}</th>
                <th scope="col" className="p-2">{t('language')}</th>
                <th scope="col" className="p-2 text-right">{t('score')}</th>
                <th scope="col" className="p-2 text-right">{t('correct')}</th>
                <th scope="col" className="p-2 text-right">{t('median')}</th>
              </tr>
            </thead>
            <tbody>
              {report.players.map((p) => (
                <tr key={p.playerId} className="border-b border-slate-200 dark:border-slate-800">
                  <td className="p-2 font-mono">{p.rank ?? '—'}</td>
                  <th scope="row" className="p-2 font-semibold">{p.nickname}</th>
                  <td className="p-2 uppercase">{p.locale}</td>
                  <td className="p-2 text-right font-mono">{p.score}</td>
                  <td className="p-2 text-right font-mono">
                    {p.correct}/{report.questions.length}
                  </td>
                  <td className="p-2 text-right font-mono">{seconds(p.medianTimeMs)} s</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
