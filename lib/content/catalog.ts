import type { Locale } from '../quiz/types';
import { QUIZZES } from './quizzes';

/** What a quiz picker may show: no question, no answer. */
export interface QuizSummary {
  id: string;
  title: string;
  description: string;
  questionCount: number;
}

/** Every built-in quiz, described in one language. */
export function quizCatalog(locale: Locale): QuizSummary[] {
  return QUIZZES.map((q) => ({ id: q.id, title: q.title[locale], description: q.description[locale], questionCount: q.questions.length }));
}
