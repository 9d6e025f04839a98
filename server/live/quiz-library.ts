import { TOPIC_NAMES } from '../../lib/content/topics';
import { TOPICS, type Localized, type Question, type Quiz, type Topic } from '../../lib/quiz/types';

/** What a host chose to play. */
export type QuizSelection =
  | { kind: 'quiz'; quizId: string }
  | { kind: 'topic'; topic: Topic | 'all' }
  | { kind: 'questions'; questionIds: string[] };

/** The questions a session can play: preset quizzes and the bank. Server-side (answer keys). */
export interface QuizLibrary {
  /** The quiz a new session plays, or undefined when the selection names nothing. */
  select(selection: QuizSelection): Quiz | undefined;
  /** A stored session's quiz, from its id and question ids (null: the preset whole). */
  rebuild(quizId: string, questionIds: string[] | null): Quiz | undefined;
}

const BANK_TITLE: Localized = { en: 'The whole question bank', pt: 'O banco de perguntas inteiro' };
const CUSTOM_TITLE: Localized = { en: 'A hand-picked set', pt: 'Uma seleção de perguntas' };
const EMPTY: Localized = { en: '', pt: '' };

/** Builds the library over preset quizzes and bank questions (ids unique across both). */
export function createQuizLibrary(presets: readonly Quiz[], bank: readonly Question[]): QuizLibrary {
  const byId = new Map<string, Question>();
  for (const q of [...presets.flatMap((p) => p.questions), ...bank]) if (!byId.has(q.id)) byId.set(q.id, q);
  // A preset's own questions come first, so two presets reusing an id never swap questions.
  const pick = (ids: string[], within?: Quiz) => {
    const questions = ids.map((id) => within?.questions.find((q) => q.id === id) ?? byId.get(id));
    return questions.every((q): q is Question => q !== undefined) ? questions : undefined;
  };

  const titleOf = (quizId: string): { title: Localized; description: Localized } | undefined => {
    const preset = presets.find((p) => p.id === quizId);
    if (preset) return preset;
    if (quizId === 'bank') return { title: BANK_TITLE, description: EMPTY };
    if (quizId === 'custom') return { title: CUSTOM_TITLE, description: EMPTY };
    const topic = quizId.startsWith('topic:') ? (quizId.slice(6) as Topic) : undefined;
    if (topic && TOPICS.includes(topic)) return { title: TOPIC_NAMES[topic], description: EMPTY };
    return undefined;
  };

  const build = (quizId: string, questions: Question[] | undefined): Quiz | undefined => {
    const named = titleOf(quizId);
    if (!named || !questions || questions.length === 0) return undefined;
    return { id: quizId, title: named.title, description: named.description, questions };
  };

  return {
    select(selection) {
      switch (selection.kind) {
        case 'quiz': {
          const preset = presets.find((p) => p.id === selection.quizId);
          return preset ? build(preset.id, preset.questions) : undefined;
        }
        case 'topic':
          return selection.topic === 'all'
            ? build('bank', bank.slice())
            : build(`topic:${selection.topic}`, bank.filter((q) => q.topic === selection.topic));
        case 'questions':
          return new Set(selection.questionIds).size === selection.questionIds.length ? build('custom', pick(selection.questionIds)) : undefined;
      }
    },
    rebuild(quizId, questionIds) {
      const preset = presets.find((p) => p.id === quizId);
      if (questionIds) return build(quizId, pick(questionIds, preset));
      return preset ? build(preset.id, preset.questions) : undefined;
    },
  };
}
