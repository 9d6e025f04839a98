import { defineRouting } from 'next-intl/routing';
import { LOCALES } from '../lib/quiz/types';

/** `/en/...` and `/pt/...`; a bare path goes to the language the browser prefers. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'en',
  localePrefix: 'always',
});
