'use client';
import { useTranslations } from 'next-intl';
import type { StandingEntry } from '../../lib/quiz/standings';

/** The leaderboard as an ordered list: readable aloud and from the back row. */
export function StandingsList({ entries, highlight, large = false }: { entries: StandingEntry[]; highlight?: string; large?: boolean }) {
  const t = useTranslations('Quiz');
  return (
    <ol className={`divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900 ${large ? 'text-2xl' : ''}`}>
      {entries.map((e) => (
        <li key={e.playerId} className={`flex items-center gap-3 px-4 py-2 ${e.playerId === highlight ? 'bg-amber-100 font-bold dark:bg-amber-900/40' : ''}`}>
          <span className="w-12 font-mono tabular-nums">{t('rankShort', { rank: e.rank })}</span>
          <span className="flex-1 truncate">
            {e.nickname}
            {e.playerId === highlight && <span className="ml-2 text-sm">({t('you')})</span>}
          </span>
          <span className="font-mono tabular-nums">{t('points', { points: e.score })}</span>
        </li>
      ))}
    </ol>
  );
}
