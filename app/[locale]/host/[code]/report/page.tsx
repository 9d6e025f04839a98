import type { Locale } from '../../../../../lib/quiz/types';
import { setRequestLocale } from 'next-intl/server';
import { ReportView } from '../../../../../components/host/ReportView';

export default async function ReportPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale as Locale);
  return <ReportView code={code.toUpperCase()} />;
}
