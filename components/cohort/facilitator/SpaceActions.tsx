'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ErrorCode } from '../../../lib/protocol/errors';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** A file name made from the space's name: letters, digits and dashes only. */
function fileName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `stackhouse-${slug || 'cohort'}.csv`;
}

/** Export, close (read-only from then on) and delete a space; the last two ask first. */
export function SpaceActions({
  cohortId,
  name,
  closed,
  onClose,
  onDelete,
}: {
  cohortId: string;
  name: string;
  closed: boolean;
  onClose: () => Promise<ErrorCode | null>;
  onDelete: () => Promise<ErrorCode | null>;
}) {
  const t = useTranslations('CohortFacilitator');
  const ids = useId();
  const [error, setError] = useState<ErrorCode | 'network' | null>(null);
  const [step, setStep] = useState<'idle' | 'close' | 'delete'>('idle');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);

  async function download() {
    setError(null);
    try {
      // The facilitator's HttpOnly cookie goes with this same-origin request.
      const res = await fetch(`/api/cohorts/${cohortId}/export.csv`);
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: { code: ErrorCode } };
        return setError(body.error?.code ?? 'INTERNAL');
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(name);
      a.click();
      URL.revokeObjectURL(url);
    } catch {
      setError('network');
    }
  }

  async function run(action: () => Promise<ErrorCode | null>) {
    setBusy(true);
    setError(null);
    const code = await action();
    setBusy(false);
    if (code) setError(code);
    else setStep('idle');
  }

  const nameMatches = typed.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase();

  return (
    <section aria-labelledby="cohort-space-title" className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="cohort-space-title" className="text-xl font-bold">
        {t('space.title')}
      </h2>
      <div className="space-y-2">
        <Button variant="secondary" className="w-full" onClick={() => void download()}>
          {t('space.export')}
        </Button>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('space.exportHint')}</p>
      </div>

      <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        <h3 className="font-semibold">{t('space.closeTitle')}</h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">{closed ? t('space.alreadyClosed') : t('space.closeHint')}</p>
        {step === 'close' ? (
          <div role="group" aria-labelledby={`${ids}-close-q`} className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
            <p id={`${ids}-close-q`} className="font-semibold">
              {t('space.closeConfirm')}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button disabled={busy} onClick={() => void run(onClose)}>
                {t('space.closeYes')}
              </Button>
              <Button variant="secondary" onClick={() => setStep('idle')}>
                {t('cancel')}
              </Button>
            </div>
          </div>
        ) : (
          !closed && (
            <Button variant="secondary" className="w-full" onClick={() => setStep('close')}>
              {t('space.close')}
            </Button>
          )
        )}
      </div>

      <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        <h3 className="font-semibold">{t('space.deleteTitle')}</h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('space.deleteHint')}</p>
        {step === 'delete' ? (
          <form
            className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3 dark:border-red-800 dark:bg-red-950"
            onSubmit={(e) => {
              e.preventDefault();
              if (nameMatches) void run(onDelete);
            }}
          >
            <label htmlFor={`${ids}-delete-name`} className="block font-semibold">
              {t('space.deleteConfirm', { name })}
            </label>
            <input
              id={`${ids}-delete-name`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              autoFocus
              className="min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-800"
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="danger" disabled={busy || !nameMatches}>
                {t('space.deleteYes')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setStep('idle');
                  setTyped('');
                }}
              >
                {t('cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <Button variant="danger" className="w-full" onClick={() => setStep('delete')}>
            {t('space.delete')}
          </Button>
        )}
      </div>
      <ErrorNotice code={error} />
    </section>
  );
}
