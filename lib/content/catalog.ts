import { TOPICS, type Locale, type QuestionType, type Topic } from '../quiz/types';
import { QUESTION_BANK } from './bank';
import { QUIZZES } from './quizzes';
import { TOPIC_NAMES } from './topics';

/** What a quiz picker may show: no question key, no explanation. */
export interface QuizSummary {
  id: string;
  title: string;
  description: string;
  questionCount: number;
}

/** One bank question as a host picking a set sees it: its prompt, never its answer. */
export interface BankQuestionSummary {
  id: string;
  topic: Topic;
  type: QuestionType;
  prompt: string;
}

export interface TopicSummary {
  topic: Topic;
  name: string;
  questionCount: number;
}

/** Every built-in quiz, described in one language. */
export function quizCatalog(locale: Locale): QuizSummary[] {
  return QUIZZES.map((q) => ({ id: q.id, title: q.title[locale], description: q.description[locale], questionCount: q.questions.length }));
}

/** The bank's topics with their question counts, in CONTENT.md's order. */
export function topicCatalog(locale: Locale): TopicSummary[] {
  return TOPICS.map((topic) => ({ topic, name: TOPIC_NAMES[topic][locale], questionCount: QUESTION_BANK.filter((q) => q.topic === topic).length }));
}

/** Every bank question, by prompt only, for picking a set. */
export function bankCatalog(locale: Locale): BankQuestionSummary[] {
  return QUESTION_BANK.map((q) => ({ id: q.id, topic: q.topic, type: q.type, prompt: q.prompt[locale] }));
}
