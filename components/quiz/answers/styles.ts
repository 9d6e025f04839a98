import type { PublicQuestion } from '../../../lib/quiz/display';
import type { Answer } from '../../../lib/quiz/types';

/** Shared looks of the answer inputs: big targets, a clear picked state, both themes. */
export { MARKERS } from '../markers';
export const TILE =
  'flex min-h-16 w-full items-center gap-3 rounded-xl border-2 px-4 py-3 text-left text-lg font-semibold transition-colors disabled:cursor-not-allowed';
export const TILE_IDLE = 'border-slate-300 bg-white hover:border-indigo-600 disabled:hover:border-slate-300 dark:border-slate-600 dark:bg-slate-900 dark:hover:border-indigo-400';
export const TILE_PICKED = 'border-indigo-700 bg-indigo-50 ring-2 ring-indigo-700 dark:border-indigo-400 dark:bg-indigo-950 dark:ring-indigo-400';
export const HINT = 'text-slate-700 dark:text-slate-300';
export const SELECT =
  'min-h-11 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-base text-slate-900 disabled:cursor-not-allowed disabled:opacity-70 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';

/** The props every answer input takes. */
export interface AnswerInputProps {
  question: PublicQuestion;
  disabled: boolean;
  onSubmit: (answer: Answer) => void;
}
