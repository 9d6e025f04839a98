import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PracticeRunner } from '../../../../components/learn/PracticeRunner';
import { bankQuestionsOf, findBankQuestion, QUESTION_BANK } from '../../../../lib/content/bank';
import { parseSelection } from '../../../../lib/learn/round';
import { publicQuestion } from '../../../../lib/quiz/display';
import type { Locale, Question } from '../../../../lib/quiz/types';
import { ClientMessages } from '../../../../components/i18n/ClientMessages';

/**
 * Shuffles ordering and matching options. It stays on the server: with it, a browser could
 * recompute the authored (correct) order from the shuffled one.
 */
const PRACTICE_SEED = 'stackhouse-practice-7f3c9a1e5d2b4c6a8e0f1b3d5a7c9e2f';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Learn' });
  return { title: t('quiz.title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The self-paced quiz: ?topic=<topic>|weak|all (default all), or ?questions=id1,id2.
 * Builds the public form of the questions (no key) and hands them to the client runner,
 * which grades each answer through POST /api/practice/check.
 */
export default async function PracticeQuizPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const selection = parseSelection({ topic: query.topic, questions: query.questions });
  const pool: Question[] =
    selection.kind === 'questions'
      ? selection.ids.map(findBankQuestion).filter((q): q is Question => q !== undefined)
      : selection.kind === 'topic'
        ? bankQuestionsOf(selection.topic)
        : QUESTION_BANK.slice();
  const questions = pool.map((q, i) => publicQuestion(q, i, locale, PRACTICE_SEED));
  const fresh = typeof query.new === 'string' && query.new !== '';
  return (
    <ClientMessages namespaces={['Answer', 'Diagrams', 'Learn', 'Quiz']}>
      <PracticeRunner key={fresh ? `new:${query.new}` : 'resume'} questions={questions} selection={selection} fresh={fresh} />
    </ClientMessages>
  );
}
