import type { Locale } from '../../../../../lib/quiz/types';
import { setRequestLocale } from 'next-intl/server';
import { ReportView } from '../../../../../components/host/ReportView';
import { ClientMessages } from '../../../../../components/i18n/ClientMessages';

export default async function ReportPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale as Locale);
  return (
    <ClientMessages namespaces={['Errors', 'HostConsole', 'Report']}>
      <ReportView code={code.toUpperCase()} />
    </ClientMessages>
  );
}
