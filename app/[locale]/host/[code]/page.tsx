import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import QRCode from 'qrcode';
import { HostConsole } from '../../../../components/host/HostConsole';
import type { Locale } from '../../../../lib/quiz/types';
import { ClientMessages } from '../../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'HostConsole' });
  return { title: t('codeLabel', { code: code.toUpperCase() }) };
}

export default async function HostSessionPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code: rawCode } = await params;
  setRequestLocale(locale as Locale);
  const code = rawCode.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 6);
  // The join link has no language in it: each phone lands in its own browser's language.
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  const joinUrl = `${proto}://${host}/join?code=${code}`;
  const qrSvg = await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', width: 240 });
  return (
    <ClientMessages namespaces={['Diagrams', 'Errors', 'HostConsole', 'HostSetup', 'Join', 'Quiz']}>
      <HostConsole code={code} joinUrl={joinUrl} qrSvg={qrSvg} />
    </ClientMessages>
  );
}
