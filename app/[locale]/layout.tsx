import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '../../components/i18n/ClientMessages';
import { SiteHeader } from '../../components/ui/SiteHeader';
import { routing } from '../../i18n/routing';


export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, description: t('description') };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Rendered for each request: every page carries that request's CSP nonce (proxy.ts), which
  // a page generated at build time could not.
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Header' });
  return (
    <html lang={locale === 'pt' ? 'pt-BR' : 'en'}>
      <body className="min-h-dvh font-sans">
        {/* The header's and the error page's words; each page adds its own (components/i18n/ClientMessages.tsx). */}
        <ClientMessages namespaces={['ErrorPage', 'Header']}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
            {t('skipToContent')}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-16 pt-6">
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
