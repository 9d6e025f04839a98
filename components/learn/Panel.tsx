import type { ReactNode } from 'react';

/** A white card on the page background, in both themes. */
export function Panel({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <div className={`space-y-3 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900 ${className}`}>{children}</div>;
}

/** A link styled as the primary button. */
export const LINK_PRIMARY =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800';
/** A link styled as the secondary button. */
export const LINK_SECONDARY =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
/** An inline text link. */
export const LINK_TEXT = 'font-semibold text-indigo-800 underline underline-offset-2 hover:text-indigo-950 dark:text-indigo-300 dark:hover:text-indigo-200';
