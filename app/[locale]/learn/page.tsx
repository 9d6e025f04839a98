import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LearnActions } from '../../../components/learn/LearnActions';
import { LINK_TEXT } from '../../../components/learn/Panel';
import { TopicProgressMeter } from '../../../components/learn/TopicProgressMeter';
import { Link } from '../../../i18n/navigation';
import { bankQuestionsOf } from '../../../lib/content/bank';
import { lessonsOf } from '../../../lib/content/lessons';
import { TOPICS, type Locale } from '../../../lib/quiz/types';
import { ClientMessages } from '../../../components/i18n/ClientMessages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Learn' });
  return { title: t('title') };
}

/** Self-paced learning: the seven topics, this device's progress in each, and the ways in. */
export default async function LearnPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('Learn');
  // Counts only: no question text or key leaves the server from here.
  const topics = TOPICS.map((topic) => ({
    topic,
    lessons: lessonsOf(topic).length,
    questions: bankQuestionsOf(topic).filter((q) => q.type !== 'poll').length,
  }));
  return (
    <ClientMessages namespaces={['Learn']}>
      <div className="space-y-8">
        <section className="max-w-3xl space-y-4">
          <h1 className="text-4xl font-extrabold tracking-tight">{t('title')}</h1>
          <p className="text-lg text-slate-700 dark:text-slate-300">{t('lead')}</p>
          <LearnActions firstTopic={TOPICS[0]} />
        </section>
        <section aria-labelledby="topics-title" className="space-y-4">
          <h2 id="topics-title" className="text-2xl font-bold">
            {t('topicsHeading')}
          </h2>
          <ol className="grid gap-4 md:grid-cols-2">
            {topics.map(({ topic, lessons, questions }, i) => (
              <li key={topic} className="flex flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
                <h3 className="text-xl font-bold">
                  <Link href={`/learn/${topic}`} className="hover:underline">
                    <span className="mr-2 text-indigo-700 dark:text-indigo-300">{i + 1}.</span>
                    {t(`topics.${topic}.name`)}
                  </Link>
                </h3>
                <p className="text-slate-700 dark:text-slate-300">{t(`topics.${topic}.description`)}</p>
                <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">
                  {t('lessonCount', { count: lessons })} · {t('questionCount', { count: questions })}
                </p>
                <TopicProgressMeter topic={topic} total={questions} />
                <p className="mt-auto flex flex-wrap gap-x-5 gap-y-2">
                  <Link href={`/learn/${topic}`} className={LINK_TEXT}>
                    {t('readTopic', { topic: t(`topics.${topic}.name`) })}
                  </Link>
                  {questions > 0 && (
                    <Link href={{ pathname: '/learn/quiz', query: { topic, new: '1' } }} className={LINK_TEXT}>
                      {t('quizTopicShort', { topic: t(`topics.${topic}.name`) })}
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </ClientMessages>
  );
}
