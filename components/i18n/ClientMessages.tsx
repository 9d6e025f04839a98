import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/**
 * Sends the browser only the message namespaces the client components below use. Without it
 * next-intl serializes the whole catalogue (19 namespaces, ~45 KB) into every page's HTML,
 * which each phone downloads and parses before the page can answer a tap. The lists are
 * checked against the source by tests/unit/i18n/page-messages.test.ts
 * (`node --import tsx scripts/client-namespaces.ts` prints what each page needs).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace as keyof typeof all]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
