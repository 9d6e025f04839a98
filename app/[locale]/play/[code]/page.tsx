import type { Locale } from '../../../../lib/quiz/types';
import { setRequestLocale } from 'next-intl/server';
import { PlayerGame } from '../../../../components/player/PlayerGame';

export default async function PlayPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale as Locale);
  return <PlayerGame code={code.toUpperCase()} />;
}
