import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LINK_PRIMARY, LINK_SECONDARY, LINK_TEXT } from '../../../../components/learn/Panel';
import { Link } from '../../../../i18n/navigation';
import { bankQuestionsOf } from '../../../../lib/content/bank';
import { lessonsOf } from '../../../../lib/content/lessons';
import { regionContent } from '../../../../lib/diagram/content';
import { sourceLine } from '../../../../lib/quiz/display';
import { SOURCES, TOPICS, type Locale, type SourceId, type Topic } from '../../../../lib/quiz/types';

const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);

export async function generateMetadata({ params }: { params: Promise<{ locale: string; topic: string }> }) {
  const { locale, topic } = await params;
  if (!isTopic(topic)) return {};
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Learn' });
  return { title: t(`topics.${topic}.name`) };
}

function sourceOf(id: SourceId, locale: Locale): string {
  const source = SOURCES[id];
  return sourceLine({ title: source.title[locale], author: source.author?.[locale] ?? null, year: source.year });
}

/** One topic's lesson cards in reading order, each with its source and its place on a diagram. */
export default async function TopicPage({ params }: { params: Promise<{ locale: string; topic: string }> }) {
  const { locale: raw, topic } = await params;
  const locale = raw as Locale;
  if (!isTopic(topic)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Learn');
  const cards = lessonsOf(topic);
  const hasQuestions = bankQuestionsOf(topic).some((q) => q.type !== 'poll');
  const index = TOPICS.indexOf(topic);
  const previous = TOPICS[index - 1];
  const next = TOPICS[index + 1];
  const name = t(`topics.${topic}.name`);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label={t('breadcrumb')}>
        <Link href="/learn" className={LINK_TEXT}>
          <span aria-hidden="true">← </span>
          {t('allTopics')}
        </Link>
      </nav>
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-800 dark:text-indigo-300">{t('topicNumber', { number: index + 1, total: TOPICS.length })}</p>
        <h1 className="text-4xl font-extrabold tracking-tight">{name}</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">{t(`topics.${topic}.description`)}</p>
      </header>
      {cards.length === 0 ? (
        <p>{t('noLessons')}</p>
      ) : (
        <ol className="space-y-5">
          {cards.map((card) => (
            <li key={card.id}>
              <article
                aria-labelledby={`card-${card.id}`}
                className={`space-y-3 rounded-2xl border bg-white p-5 shadow-sm dark:bg-slate-900 ${card.kind === 'limit' ? 'border-amber-400 dark:border-amber-700' : 'border-slate-200 dark:border-slate-800'}`}
              >
                {card.kind === 'limit' && (
                  <p className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">{t('limitBadge')}</p>
                )}
                <h2 id={`card-${card.id}`} className="text-2xl font-bold">
                  {card.title[locale]}
                </h2>
                {card.body.map((paragraph, i) => (
                  <p key={i} className="text-lg leading-relaxed">
                    {paragraph[locale]}
                  </p>
                ))}
                <p className="text-sm text-slate-700 dark:text-slate-300">{t('source', { source: sourceOf(card.source, locale) })}</p>
                {card.diagram && (
                  <p>
                    <Link href={`/diagrams/${card.diagram.diagramId}?region=${card.diagram.regionId}`} className={LINK_TEXT}>
                      {t('seeOnDiagram', { region: regionContent(card.diagram.regionId)?.label[locale] ?? card.title[locale] })}
                    </Link>
                  </p>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="quiz-me" className="space-y-3 rounded-2xl border border-indigo-200 bg-indigo-50 p-5 dark:border-indigo-900 dark:bg-indigo-950">
        <h2 id="quiz-me" className="text-xl font-bold">
          {t('quizMeTitle')}
        </h2>
        <p>{t('quizMeBody', { topic: name })}</p>
        {hasQuestions ? (
          <Link href={{ pathname: '/learn/quiz', query: { topic, new: '1' } }} className={LINK_PRIMARY}>
            {t('quizTopic')}
          </Link>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t('noQuestions')}</p>
        )}
      </section>
      <nav aria-label={t('topicNav')} className="flex flex-wrap justify-between gap-3">
        {previous ? (
          <Link href={`/learn/${previous}`} className={LINK_SECONDARY}>
            <span aria-hidden="true">←</span> {t(`topics.${previous}.name`)}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={`/learn/${next}`} className={LINK_SECONDARY}>
            {t(`topics.${next}.name`)} <span aria-hidden="true">→</span>
          </Link>
        )}
      </nav>
    </div>
  );
}
