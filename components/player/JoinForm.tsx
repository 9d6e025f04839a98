'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { connectLive, request, secretStore } from '../../lib/client/live-socket';
import type { ErrorCode } from '../../lib/protocol/errors';
import { LOCALES, type Locale } from '../../lib/quiz/types';
import { useRouter } from '../../i18n/navigation';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';

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

  async function join(event: React.FormEvent) {
    event.preventDefault();
    const invite = inviteCodeOf(code);
    // A cohort space's invitation typed here: its own join page asks for the name.
    if (invite) return router.push({ pathname: '/cohorts/join', query: { code: invite } });
    setBusy(true);
    setError(null);
    const normalizedCode = code.trim().toUpperCase();
    const socket = connectLive();
    const result = await request(socket, 'player:join', { code: normalizedCode, nickname, locale });
    socket.disconnect();
    if (!result.ok) {
      setError(result.error.code === 'BAD_REQUEST' ? (/nickname/.test(result.error.message) ? 'INVALID_NICKNAME' : 'NOT_FOUND') : result.error.code);
      setBusy(false);
      return;
    }
    secretStore.set(secretStore.player(normalizedCode), result.data.playerSecret);
    router.push(`/play/${normalizedCode}`, { locale });
  }

  return (
    <form onSubmit={join} className="space-y-5" noValidate>
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
      <ErrorNotice code={error} />
      <Button type="submit" disabled={busy || (!inviteCodeOf(code) && (code.trim().length !== 6 || nickname.trim().length === 0))} className="w-full text-lg">
        {busy ? t('joining') : t('submit')}
      </Button>
    </form>
  );
}
