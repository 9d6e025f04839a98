'use client';
import { useTranslations } from 'next-intl';
import type { ErrorCode } from '../../lib/protocol/errors';

/** A translated error from a code; announced to screen readers as it appears. */
export function ErrorNotice({ code, id }: { code: ErrorCode | 'network' | null; id?: string }) {
  const t = useTranslations('Errors');
  return (
    <p id={id} role="alert" className={code ? 'rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100' : 'sr-only'}>
      {code ? t(code) : ''}
    </p>
  );
}
