import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Link } from '../../i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The bar on every page: the name (home link) and the language switcher. */
export async function SiteHeader() {
  const t = await getTranslations('Header');
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      {/* Wraps rather than scrolling sideways: on a 320 px phone the language links go under the name. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" aria-label={t('home')} className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect x="3" y="13" width="11" height="16" rx="1" className="fill-amber-500" />
            <path d="M1.5 14 8.5 6l7 8z" className="fill-amber-700" />
            <rect x="17" y="4" width="13" height="25" rx="1" className="fill-indigo-600" />
            <g className="fill-white">
              <rect x="19.5" y="7" width="3" height="3" />
              <rect x="24.5" y="7" width="3" height="3" />
              <rect x="19.5" y="13" width="3" height="3" />
              <rect x="24.5" y="13" width="3" height="3" />
              <rect x="19.5" y="19" width="3" height="3" />
              <rect x="24.5" y="19" width="3" height="3" />
            </g>
          </svg>
          {t('brand')}
        </Link>
        <nav aria-label={t('nav')} className="hidden flex-1 sm:block">
          <ul className="flex gap-1 text-sm font-semibold">
            {(['learn', 'diagrams', 'host'] as const).map((item) => (
              <li key={item}>
                <Link href={`/${item}`} className="rounded-md px-3 py-1.5 text-slate-800 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800">
                  {t(item)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Suspense fallback={null}>
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}
