'use client';
import type { StandingEntry } from '../../lib/quiz/standings';
import { useTranslations } from 'next-intl';

const HEIGHTS = ['h-48', 'h-36', 'h-28'];

/** The top three on steps, second-first-third as on a real podium. */
export function Podium({ entries }: { entries: StandingEntry[] }) {
  const t = useTranslations('Quiz');
  const top = entries.slice(0, 3);
  const order = [top[1], top[0], top[2]].filter((e): e is StandingEntry => Boolean(e));
  return (
    <ol className="flex items-end justify-center gap-4" aria-label={t('phase.podium')}>
      {order.map((e) => {
        const place = top.indexOf(e);
        return (
          <li key={e.playerId} className="flex w-40 flex-col items-center gap-2" value={e.rank}>
            <span className="max-w-full truncate text-2xl font-bold">{e.nickname}</span>
            <span className="font-mono text-lg">{t('points', { points: e.score })}</span>
            <span className={`flex w-full items-start justify-center rounded-t-xl bg-indigo-700 pt-3 text-4xl font-extrabold text-white ${HEIGHTS[place]}`}>
              {t('rankShort', { rank: e.rank })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
