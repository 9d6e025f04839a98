'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { JoinSymbol } from '../../lib/quiz/join-pattern';
import type { HostView } from '../../lib/quiz/views';
import { Button } from '../ui/Button';
import { JoinSymbolIcon } from './JoinSymbolIcon';
import type { useHostSession } from './useHostSession';

type Command = ReturnType<typeof useHostSession>['command'];

/** Words a host types, comma- or line-separated, as the command takes them (at most 10). */
function wordsOf(text: string): string[] {
  return [...new Set(text.split(/[,\n;]/).map((w) => w.trim()).filter(Boolean))].slice(0, 10);
}

/** The pattern newcomers must tap, large, each symbol named in text as well. */
export function JoinPatternDisplay({ pattern, large = false }: { pattern: readonly JoinSymbol[]; large?: boolean }) {
  const t = useTranslations('HostConsole');
  const symbol = useTranslations('Join.symbol');
  return (
    <ol aria-label={t('twoStepPattern', { symbols: pattern.map((s) => symbol(s)).join(', ') })} className="flex flex-wrap gap-3" data-testid="join-pattern">
      {pattern.map((s, i) => (
        <li key={i} className="flex flex-col items-center rounded-xl border-2 border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
          <JoinSymbolIcon symbol={s} className={large ? 'h-16 w-16' : 'h-8 w-8'} />
          <span className={large ? 'text-lg font-semibold' : 'text-sm font-semibold'}>{symbol(s)}</span>
        </li>
      ))}
    </ol>
  );
}

/** Who may join: the two-step join switch and the session's own blocked words. */
export function JoinGuardPanel({ view, busy, command }: { view: HostView; busy: boolean; command: Command }) {
  const t = useTranslations('HostConsole');
  const [words, setWords] = useState('');
  const closed = busy || view.phase === 'podium';
  return (
    <>
      <section aria-labelledby="two-step-title" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="two-step-title" className="text-lg font-bold">
          {t('twoStepTitle')}
        </h2>
        <p className="text-sm">{t('twoStepHint')}</p>
        <Button variant="secondary" className="w-full" disabled={closed} onClick={() => command({ action: 'twoStep', on: view.joinPattern === null })}>
          {view.joinPattern ? t('twoStepOff') : t('twoStepOn')}
        </Button>
        {view.joinPattern && (
          <Button variant="ghost" className="w-full" disabled={closed} onClick={() => command({ action: 'twoStep', on: true })}>
            {t('twoStepNew')}
          </Button>
        )}
      </section>
      <section aria-labelledby="blocked-title" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="blocked-title" className="text-lg font-bold">
          {t('blockedTitle')}
        </h2>
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            const list = wordsOf(words);
            if (list.length === 0) return;
            void command({ action: 'blockWords', words: list }).then((accepted) => accepted && setWords(''));
          }}
        >
          <label className="flex flex-col gap-1 text-sm font-semibold">
            {t('blockedInput')}
            <input
              name="blocked-words"
              value={words}
              onChange={(e) => setWords(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              maxLength={250}
              aria-describedby="blocked-hint"
              className="rounded-lg border border-slate-400 bg-white px-2 py-2 text-base font-normal dark:border-slate-600 dark:bg-slate-800"
            />
          </label>
          <p id="blocked-hint" className="text-sm">
            {t('blockedHint')}
          </p>
          <Button type="submit" variant="secondary" className="w-full" disabled={closed || wordsOf(words).length === 0}>
            {t('blockedAdd')}
          </Button>
        </form>
        {view.blockedWords.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('blockedNone')}</p>
        ) : (
          <ul className="flex flex-wrap gap-2" aria-label={t('blockedTitle')}>
            {view.blockedWords.map((word) => (
              <li key={word} className="flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-3 pr-1 text-sm dark:bg-slate-800">
                <span>{word}</span>
                <Button variant="ghost" className="min-h-8 px-2 text-sm" disabled={closed} aria-label={t('unblock', { word })} onClick={() => command({ action: 'unblockWord', word })}>
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
