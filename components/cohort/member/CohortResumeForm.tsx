'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { seats } from '../../../lib/client/credentials';
import type { ErrorCode } from '../../../lib/protocol/errors';
import { useRouter } from '../../../i18n/navigation';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { normalizeCode, resumeCohort } from './cohort-http';

/** The resume code (filled in from the link) brings this device into the member's space. */
export function CohortResumeForm({ initialCode }: { initialCode: string }) {
  const t = useTranslations('CohortMember');
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);
  const [unknown, setUnknown] = useState(false);
  const id = useId();
  const normalized = normalizeCode(code);

  async function resume(event: FormEvent) {
    event.preventDefault();
    if (busy || normalized.length !== 10) return;
    setBusy(true);
    setError(null);
    setUnknown(false);
    const r = await resumeCohort(normalized);
    if (!r.ok) {
      setBusy(false);
      if (r.code === 'NOT_FOUND' || r.code === 'BAD_REQUEST') return setUnknown(true);
      return setError(r.code);
    }
    // The response set this device's HttpOnly member cookie; only the fact is kept here.
    seats.add('member', r.data.cohortId);
    router.push(`/cohorts/${r.data.cohortId}`);
  }

  return (
    <form onSubmit={resume} className="space-y-5" noValidate>
      <label className="flex flex-col gap-1 font-medium" htmlFor={id}>
        {t('resume.codeLabel')}
        <input
          id={id}
          name="resumeCode"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={14}
          aria-describedby={`${id}-hint`}
          className="rounded-lg border border-slate-400 bg-white px-3 py-3 font-mono text-2xl uppercase tracking-[0.2em] dark:border-slate-600 dark:bg-slate-800"
        />
        <span id={`${id}-hint`} className="text-sm font-normal text-slate-700 dark:text-slate-300">
          {t('resume.codeHint')}
        </span>
      </label>
      <p role="alert" className={unknown ? 'rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100' : 'sr-only'}>
        {unknown ? t('resume.notFound') : ''}
      </p>
      <ErrorNotice code={error} />
      <Button type="submit" disabled={busy || normalized.length !== 10} className="w-full text-lg">
        {busy ? t('resume.resuming') : t('resume.submit')}
      </Button>
    </form>
  );
}
