'use client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { seats } from '../../../lib/client/credentials';
import type { CohortInvitation } from '../../../lib/cohort/views';
import type { ErrorCode } from '../../../lib/protocol/errors';
import { LOCALES, type Locale } from '../../../lib/quiz/types';
import { Link, useRouter } from '../../../i18n/navigation';
import { LINK_TEXT, Panel } from '../../learn/Panel';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fetchInvitation, joinCohort, normalizeCode, readerTimeZone } from './cohort-http';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', pt: 'Português (Brasil)' };
const INPUT = 'rounded-lg border border-slate-400 bg-white px-3 py-3 text-xl dark:border-slate-600 dark:bg-slate-800';
const HINT = 'text-sm font-normal text-slate-700 dark:text-slate-300';

type Lookup = { state: 'idle' } | { state: 'checking' } | { state: 'found'; invitation: CohortInvitation } | { state: 'failed'; code: ErrorCode | 'network' };

/** The invitation code (filled in from the link), the space it opens, then a name and a language. */
export function CohortJoinForm({ initialCode }: { initialCode: string }) {
  const t = useTranslations('CohortMember');
  const format = useFormatter();
  const pageLocale = useLocale() as Locale;
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const [name, setName] = useState('');
  const [locale, setLocale] = useState<Locale>(pageLocale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);
  const ids = { code: useId(), name: useId() };
  const normalized = normalizeCode(code);

  useEffect(() => {
    if (normalized.length !== 8) return setLookup({ state: 'idle' });
    let current = true;
    setLookup({ state: 'checking' });
    void fetchInvitation(normalized).then((r) => {
      if (current) setLookup(r.ok ? { state: 'found', invitation: r.data } : { state: 'failed', code: r.code });
    });
    return () => {
      current = false;
    };
  }, [normalized]);

  const invitation = lookup.state === 'found' ? lookup.invitation : null;

  async function join(event: FormEvent) {
    event.preventDefault();
    if (!invitation || busy) return;
    setBusy(true);
    setError(null);
    const r = await joinCohort({ inviteCode: normalized, name: name.trim(), locale });
    if (!r.ok) {
      setBusy(false);
      return setError(r.code === 'BAD_REQUEST' ? 'INVALID_NICKNAME' : r.code);
    }
    // The response set this device's HttpOnly member cookie; only the fact is kept here.
    seats.add('member', r.data.cohortId);
    router.push(`/cohorts/${r.data.cohortId}`, { locale });
  }

  return (
    <form onSubmit={join} className="space-y-5" noValidate>
      <label className="flex flex-col gap-1 font-medium" htmlFor={ids.code}>
        {t('join.codeLabel')}
        <input
          id={ids.code}
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          aria-describedby={`${ids.code}-hint`}
          className={`${INPUT} font-mono uppercase tracking-[0.2em]`}
        />
        <span id={`${ids.code}-hint`} className={HINT}>
          {t('join.codeHint')}
        </span>
      </label>

      <div aria-live="polite">
        {lookup.state === 'checking' && <p className="text-slate-700 dark:text-slate-300">{t('join.checking')}</p>}
        {lookup.state === 'failed' && (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            {lookup.code === 'NOT_FOUND' ? t('join.notFound') : t('join.lookupFailed')}
          </p>
        )}
        {invitation && (
          <Panel className="border-indigo-200 bg-indigo-50 dark:border-indigo-900 dark:bg-indigo-950">
            <p className="text-sm font-semibold uppercase tracking-wide text-indigo-800 dark:text-indigo-300">{t('join.invitedTo')}</p>
            <p className="text-2xl font-bold" data-testid="cohort-name">
              {invitation.name}
            </p>
            <p className="text-slate-700 dark:text-slate-300">
              {invitation.deadline !== null ? t('join.deadline', { date: format.dateTime(invitation.deadline, { dateStyle: 'full', timeStyle: 'short', timeZone: readerTimeZone() }) }) : t('join.noDeadline')}
            </p>
            {invitation.closed && <p className="font-semibold text-amber-900 dark:text-amber-200">{t('join.closed')}</p>}
          </Panel>
        )}
      </div>

      {invitation && !invitation.closed && (
        <>
          <label className="flex flex-col gap-1 font-medium" htmlFor={ids.name}>
            {t('join.nameLabel')}
            <input
              id={ids.name}
              name="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={24}
              autoComplete="nickname"
              aria-describedby={`${ids.name}-hint`}
              className={INPUT}
            />
            <span id={`${ids.name}-hint`} className={HINT}>
              {t('join.nameHint')}
            </span>
          </label>
          <label className="flex flex-col gap-1 font-medium">
            {t('join.language')}
            <select name="language" value={locale} onChange={(e) => setLocale(e.target.value as Locale)} className={`${INPUT} text-lg`}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l === 'pt' ? 'pt-BR' : 'en'}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <ErrorNotice code={error} />
          <Button type="submit" disabled={busy || name.trim().length === 0} className="w-full text-lg">
            {busy ? t('join.joining') : t('join.submit')}
          </Button>
        </>
      )}
      <p className="text-slate-700 dark:text-slate-300">
        {t('join.haveResume')}{' '}
        <Link href="/cohorts/resume" className={LINK_TEXT}>
          {t('join.resumeLink')}
        </Link>
      </p>
    </form>
  );
}
