import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CohortQuiz } from '../../../../../components/cohort/member/CohortQuiz';
import { QUESTION_BANK } from '../../../../../lib/content/bank';
import { publicQuestion } from '../../../../../lib/quiz/display';
import type { Locale } from '../../../../../lib/quiz/types';
import { ClientMessages } from '../../../../../components/i18n/ClientMessages';

/**
 * Shuffles ordering and matching options. It stays on the server: with it, a browser could
 * recompute the authored (correct) order from the shuffled one.
 */
const COHORT_QUIZ_SEED = 'stackhouse-cohort-3b8e1f6a9c2d4e7b0a5f8c1d3e6b9a2f';

type Params = Promise<{ locale: string; cohortId: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'CohortMember' });
  return { title: t('quiz.metaTitle') };
}

/**
 * A cohort space's quiz. Which questions it asks comes over the socket (the space is the
 * member's, behind their secret); the page carries the public form of the bank's questions
 * (no answer key) in its language, and each answer is graded and stored by `cohort:answer`.
 */
export default async function CohortQuizPage({ params }: { params: Params }) {
  const { locale: raw, cohortId } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const questions = QUESTION_BANK.map((q, i) => publicQuestion(q, i, locale, COHORT_QUIZ_SEED));
  return (
    <ClientMessages namespaces={['Answer', 'CohortMember', 'Diagrams', 'Errors', 'Learn', 'Quiz']}>
      <CohortQuiz cohortId={cohortId} questions={questions} />
    </ClientMessages>
  );
}
