import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MemberHome } from '../../../../components/cohort/member/MemberHome';
import { spaceCards } from '../../../../components/cohort/member/space-cards';
import type { Locale } from '../../../../lib/quiz/types';
import { ClientMessages } from '../../../../components/i18n/ClientMessages';

type Params = Promise<{ locale: string; cohortId: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'CohortMember' });
  return { title: t('home.metaTitle') };
}

/**
 * A member's home in a cohort space. The space itself comes over the socket with the member
 * secret this device keeps; the lesson cards (public) are rendered into the page in its language.
 */
export default async function CohortMemberPage({ params }: { params: Params }) {
  const { locale, cohortId } = await params;
  setRequestLocale(locale as Locale);
  return (
    <ClientMessages namespaces={['CohortMember', 'Errors', 'Learn']}>
      <MemberHome cohortId={cohortId} cards={spaceCards(locale as Locale)} />
    </ClientMessages>
  );
}
