import { cookies } from 'next/headers';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '../../../../lib/quiz/types';
import { pageViews } from '../../../../lib/pages/page-views';
import { SESSION_CODE } from '../../../../lib/protocol/schemas';
import { credentialCookieName } from '../../../../server/http/credential-cookies';
import { PlayerGame } from '../../../../components/player/PlayerGame';
import { ClientMessages } from '../../../../components/i18n/ClientMessages';

export default async function PlayPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale as Locale);
  const code = raw.toUpperCase();
  // A returning player (the seat's HttpOnly cookie) gets their screen in the first HTML, so a
  // slow phone shows the question before the scripts arrive; the socket takes over from it.
  const secret = SESSION_CODE.test(code) ? (await cookies()).get(credentialCookieName('player', code))?.value : undefined;
  const initialView = secret ? await pageViews()?.playerView(code, secret, locale as Locale) : null;
  return (
    <ClientMessages namespaces={['Answer', 'Diagrams', 'Errors', 'HostConsole', 'Play', 'Quiz']}>
      <PlayerGame code={code} initialView={initialView ?? null} />
    </ClientMessages>
  );
}
