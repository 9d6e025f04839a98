'use client';
import { useTranslations } from 'next-intl';
import { memo, useMemo, useState } from 'react';
import { findPlayers, ROSTER_SHOWN } from '../../lib/quiz/roster-search';
import type { HostParticipant, HostView } from '../../lib/quiz/views';
import { Button } from '../ui/Button';
import type { useHostSession } from './useHostSession';

const EXTRA_TIME_CHOICES = [0, 10, 20, 30, 60];

/**
 * Everyone in the session: connection, answered, score; remove or give extra time. A big room
 * shows the first `ROSTER_SHOWN` and a search box (roster-search.ts); rows are memoized, so an
 * answer burst (a delta changes a few entries, keeping the others' objects) redraws only the
 * rows that changed.
 */
export function PlayerRoster({ view, busy, command }: { view: HostView; busy: boolean; command: Command }) {
  const t = useTranslations('HostConsole');
  const [query, setQuery] = useState('');
  const players = useMemo(() => view.participants.filter((p) => !p.removed), [view.participants]);
  const { shown, matched } = useMemo(() => findPlayers(players, query, ROSTER_SHOWN), [players, query]);
  const searchable = players.length > ROSTER_SHOWN || query !== '';
  const disabled = busy || view.phase === 'podium';
  return (
    <section aria-labelledby="roster-title" className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="roster-title" className="text-lg font-bold">
        {t('players')} ({players.length})
      </h2>
      {searchable && (
        <div className="mt-2 space-y-1">
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('rosterFind')}
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              className="rounded border border-slate-400 bg-white px-2 py-2 text-base dark:border-slate-600 dark:bg-slate-800"
            />
          </label>
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="roster-count">
            {matched === 0 ? t('rosterNoMatch', { query: query.trim() }) : t('rosterShowing', { shown: shown.length, total: matched })}
          </p>
        </div>
      )}
      <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
        {shown.map((p) => (
          <PlayerRow key={p.id} player={p} disabled={disabled} command={command} />
        ))}
      </ul>
    </section>
  );
}

type Command = ReturnType<typeof useHostSession>['command'];

const PlayerRow = memo(function PlayerRow({ player: p, disabled, command }: { player: HostParticipant; disabled: boolean; command: Command }) {
  const t = useTranslations('HostConsole');
  return (
    <li className="space-y-1 py-2">
      <p className="flex items-center gap-2">
        <span aria-hidden="true" className={p.connected ? 'text-emerald-700 dark:text-emerald-400' : 'text-slate-500'}>
          {p.connected ? '●' : '○'}
        </span>
        <span className="flex-1 truncate font-semibold">{p.nickname}</span>
        <span className="sr-only">{p.connected ? t('connected') : t('disconnected')}</span>
        {p.answered && <span className="rounded bg-emerald-700 px-1.5 text-xs font-semibold text-white">✓ {t('answered')}</span>}
        <span className="font-mono text-sm tabular-nums">{p.score}</span>
      </p>
      {/* Wraps on a phone-sized host screen: the remove button goes under the extra-time choice. */}
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex flex-1 items-center gap-1 text-sm">
          <span className="sr-only">{t('extraTime', { name: p.nickname })}</span>
          <span aria-hidden="true" className="whitespace-nowrap">{t('extraTimeFor')}</span>
          <select
            value={p.extraTimeSec}
            disabled={disabled}
            onChange={(e) => command({ action: 'extraTime', playerId: p.id, seconds: Number(e.target.value) })}
            className="rounded border border-slate-400 bg-white px-1 py-1 dark:border-slate-600 dark:bg-slate-800"
          >
            {EXTRA_TIME_CHOICES.map((s) => (
              <option key={s} value={s}>
                {s === 0 ? t('extraTimeNone') : t('extraTimeValue', { seconds: s })}
              </option>
            ))}
          </select>
        </label>
        <Button
          variant="ghost"
          className="min-h-9 px-2 text-sm"
          disabled={disabled}
          aria-label={t('remove', { name: p.nickname })}
          onClick={() => {
            if (window.confirm(t('removeConfirm', { name: p.nickname }))) void command({ action: 'remove', playerId: p.id });
          }}
        >
          ✕ {t('removeShort')}
        </Button>
      </div>
    </li>
  );
});
