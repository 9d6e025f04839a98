'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { storeCredential } from '../../lib/client/credentials';
import { JOIN_RETRY_ATTEMPTS, joinRetryDelayMs } from '../../lib/client/join-retry';
import type { ErrorCode } from '../../lib/protocol/errors';
import { isBlockedNickname } from '../../lib/quiz/blocked-words';
import { JOIN_SYMBOLS, PATTERN_LENGTH, type JoinSymbol } from '../../lib/quiz/join-pattern';
import { friendlyName, normalizeNickname } from '../../lib/quiz/nickname';
import { LOCALES, type Locale } from '../../lib/quiz/types';
import { useRouter } from '../../i18n/navigation';
import { JoinSymbolIcon } from '../host/JoinSymbolIcon';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';

/**
 * The live socket (socket.io-client, ~13 KB gzip) is needed only when the player sends the
 * form: fetched on the form's first focus (or at the latest on submit), not with the page,
 * so the join screen a QR code opens shows and responds sooner on a slow phone.
 */
const loadLiveSocket = () => import('../../lib/client/live-socket');

const NAMES: Record<Locale, string> = { en: 'English', pt: 'Português (Brasil)' };

/** The code as a cohort space's invitation (8 characters, dashes and spaces ignored), or null. */
function inviteCodeOf(code: string): string | null {
  const compact = code.trim().toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z0-9]{8}$/.test(compact) ? compact : null;
}

/** Code, nickname and language: two taps when the code came in the link. */
export function JoinForm({ initialCode }: { initialCode: string }) {
  const t = useTranslations('Join');
  const pageLocale = useLocale() as Locale;
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [nickname, setNickname] = useState('');
  const [locale, setLocale] = useState<Locale>(pageLocale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);
  // Told to wait (many joining at once): the form asks again by itself and says so.
  const [crowded, setCrowded] = useState(false);
  // Shown once the server says the host turned on the two-step join.
  const [needsPattern, setNeedsPattern] = useState(false);
  const [pattern, setPattern] = useState<JoinSymbol[]>([]);

  function pickName() {
    const words = (key: 'adjectives' | 'animals') => t(`nameWords.${key}`).split(',').map((w) => w.trim()).filter(Boolean);
    const name = friendlyName(
      { adjectives: words('adjectives'), animals: words('animals'), compose: (adjective, animal) => t('nameWords.format', { adjective, animal }) },
      (max) => Math.floor(Math.random() * max),
      (candidate) => normalizeNickname(candidate) === candidate && !isBlockedNickname(candidate),
    );
    if (name) setNickname(name);
  }

  async function join(event: React.FormEvent) {
    event.preventDefault();
    const invite = inviteCodeOf(code);
    // A cohort space's invitation typed here: its own join page asks for the name.
    if (invite) return router.push({ pathname: '/cohorts/join', query: { code: invite } });
    setBusy(true);
    setError(null);
    const normalizedCode = code.trim().toUpperCase();
    let live: Awaited<ReturnType<typeof loadLiveSocket>>;
    try {
      live = await loadLiveSocket();
    } catch {
      setError('network');
      setBusy(false);
      return;
    }
    const { connectLive, request } = live;
    const socket = connectLive();
    const payload = { code: normalizedCode, nickname, locale, ...(needsPattern && pattern.length === PATTERN_LENGTH ? { pattern } : {}) };
    let result = await request(socket, 'player:join', payload);
    for (let attempt = 0; !result.ok && result.error.code === 'RATE_LIMITED' && attempt < JOIN_RETRY_ATTEMPTS; attempt++) {
      setCrowded(true);
      await new Promise((resolve) => setTimeout(resolve, joinRetryDelayMs(attempt, Math.random)));
      result = await request(socket, 'player:join', payload);
    }
    setCrowded(false);
    socket.disconnect();
    if (!result.ok) {
      if (result.error.code === 'PATTERN_REQUIRED' || result.error.code === 'WRONG_PATTERN') {
        setNeedsPattern(true);
        setPattern([]);
      }
      setError(result.error.code === 'BAD_REQUEST' ? (/nickname/.test(result.error.message) ? 'INVALID_NICKNAME' : 'NOT_FOUND') : result.error.code);
      setBusy(false);
      return;
    }
    // Into an HttpOnly cookie at once: the play page's socket carries it, script never reads it again.
    if ((await storeCredential('player', normalizedCode, result.data.playerSecret)) === 'offline') {
      setError('network');
      setBusy(false);
      return;
    }
    router.push(`/play/${normalizedCode}`, { locale });
  }

  return (
    <form onSubmit={join} onFocus={() => void loadLiveSocket().catch(() => undefined)} className="space-y-5" noValidate>
      <label className="flex flex-col gap-1 font-medium">
        {t('code')}
        <input
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={9}
          aria-describedby="code-hint"
          className="rounded-lg border border-slate-400 bg-white px-3 py-3 font-mono text-2xl uppercase tracking-[0.3em] dark:border-slate-600 dark:bg-slate-800"
        />
        <span id="code-hint" className="text-sm font-normal text-slate-600 dark:text-slate-400">
          {t('codeHint')}
        </span>
      </label>
      <label className="flex flex-col gap-1 font-medium">
        {t('nickname')}
        <input
          name="nickname"
          value={nickname}
          onChange={(e) => setNickname(e.target.value)}
          required
          maxLength={24}
          autoComplete="nickname"
          autoFocus={initialCode.length === 6}
          aria-describedby="nickname-hint"
          className="rounded-lg border border-slate-400 bg-white px-3 py-3 text-xl dark:border-slate-600 dark:bg-slate-800"
        />
        <span id="nickname-hint" className="text-sm font-normal text-slate-600 dark:text-slate-400">
          {t('nicknameHint')}
        </span>
      </label>
      <Button variant="secondary" onClick={pickName}>
        {t('pickName')}
      </Button>
      <label className="flex flex-col gap-1 font-medium">
        {t('language')}
        <select
          name="language"
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
          className="rounded-lg border border-slate-400 bg-white px-3 py-3 text-lg dark:border-slate-600 dark:bg-slate-800"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l === 'pt' ? 'pt-BR' : 'en'}>
              {NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {needsPattern && <PatternPicker pattern={pattern} onChange={setPattern} />}
      <ErrorNotice code={error} />
      <p role="status" className="font-medium">
        {crowded ? t('crowded') : ''}
      </p>
      <Button
        type="submit"
        disabled={busy || (!inviteCodeOf(code) && (code.trim().length !== 6 || nickname.trim().length === 0 || (needsPattern && pattern.length !== PATTERN_LENGTH)))}
        className="w-full text-lg"
      >
        {busy ? t('joining') : t('submit')}
      </Button>
    </form>
  );
}

/** The symbols of the two-step join, tapped in the order the projector shows them. */
function PatternPicker({ pattern, onChange }: { pattern: JoinSymbol[]; onChange: (next: JoinSymbol[]) => void }) {
  const t = useTranslations('Join');
  const symbol = useTranslations('Join.symbol');
  const first = useRef<HTMLButtonElement>(null);
  // The picker appears after a refused join: take the keyboard there.
  useEffect(() => first.current?.focus(), []);
  const full = pattern.length >= PATTERN_LENGTH;
  return (
    <fieldset className="space-y-3 rounded-xl border-2 border-indigo-700 p-4 dark:border-indigo-400" aria-describedby="pattern-hint">
      <legend className="px-1 font-semibold">{t('patternTitle')}</legend>
      <p id="pattern-hint" className="text-sm">
        {t('patternHint')}
      </p>
      <div className="grid grid-cols-3 gap-2">
        {JOIN_SYMBOLS.map((s, i) => (
          <button
            key={s}
            ref={i === 0 ? first : undefined}
            type="button"
            // aria-disabled, not disabled: the keyboard focus stays where it was once the pattern is full.
            aria-disabled={full}
            onClick={() => full || onChange([...pattern, s])}
            className="flex min-h-16 flex-col items-center justify-center gap-1 rounded-lg border border-slate-400 bg-white px-2 py-2 font-semibold hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700 dark:aria-disabled:bg-slate-900"
          >
            <JoinSymbolIcon symbol={s} />
            {symbol(s)}
          </button>
        ))}
      </div>
      <p aria-live="polite" className="flex min-h-10 flex-wrap items-center gap-2" data-testid="pattern-chosen">
        <span>{pattern.length > 0 ? t('patternChosen', { symbols: pattern.map((s) => symbol(s)).join(', ') }) : t('patternEmpty')}</span>
        {pattern.map((s, i) => (
          <JoinSymbolIcon key={i} symbol={s} className="h-8 w-8" />
        ))}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pattern.length === 0} onClick={() => onChange(pattern.slice(0, -1))}>
          {t('patternUndo')}
        </Button>
        <Button variant="ghost" disabled={pattern.length === 0} onClick={() => onChange([])}>
          {t('patternClear')}
        </Button>
      </div>
    </fieldset>
  );
}
