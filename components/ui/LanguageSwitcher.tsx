'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '../../i18n/navigation';
import { routing } from '../../i18n/routing';

const NAMES = { en: 'English', pt: 'Português' } as const;

/** Links to this same page in each language (query kept, so a join code survives). */
export function LanguageSwitcher() {
  const t = useTranslations('Header');
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <nav aria-label={t('language')} className="ml-auto">
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={{ pathname, query }}
              locale={locale}
              lang={locale === 'pt' ? 'pt-BR' : 'en'}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={
                locale === current
                  ? 'rounded-md bg-indigo-700 px-2 py-1.5 font-semibold text-white sm:px-3'
                  : 'rounded-md px-2 py-1.5 text-slate-700 underline-offset-2 hover:underline dark:text-slate-300 sm:px-3'
              }
            >
              {NAMES[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
