import { SOURCES, type Answer, type Locale, type Question } from './types';

/**
 * What a screen may know about a question before its reveal: its text in one language
 * and its options in the order they are shown. Never the answer key.
 */
export interface PublicQuestion {
  index: number;
  id: string;
  type: Question['type'];
  topic: Question['topic'];
  prompt: string;
  options: { id: string; text: string }[];
  timeLimitSec: number;
  source: PublicSource;
}

export interface PublicSource {
  title: string;
  author: string | null;
  year: number | null;
}

/** "Title · Author · 2014", for a line under an explanation. */
export function sourceLine(source: PublicSource): string {
  return [source.title, source.author, source.year].filter((part) => part !== null && part !== '').join(' · ');
}

/** The answer key and explanation, sent only from the reveal on. */
export interface PublicReveal {
  correctAnswer: Answer;
  explanation: string;
}

/** A question as shown in one language, options in display order. */
export function publicQuestion(question: Question, index: number, locale: Locale, seed: string): PublicQuestion {
  const options = question.type === 'truefalse' ? [] : displayOrder(question, seed).map((o) => ({ id: o.id, text: o.text[locale] }));
  return {
    index,
    id: question.id,
    type: question.type,
    topic: question.topic,
    prompt: question.prompt[locale],
    options,
    timeLimitSec: question.timeLimitSec,
    source: publicSource(question, locale),
  };
}

export function publicSource(question: Question, locale: Locale): PublicSource {
  const source = SOURCES[question.source];
  return { title: source.title[locale], author: source.author?.[locale] ?? null, year: source.year };
}

/** The correct answer, expressed as the answer a player would have sent. */
export function correctAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.correctOptionId };
    case 'multiple':
      return { type: 'multiple', optionIds: [...question.correctOptionIds] };
    case 'truefalse':
      return { type: 'truefalse', value: question.correct };
    case 'ordering':
      return { type: 'ordering', optionIds: question.options.map((o) => o.id) };
  }
}

export function publicReveal(question: Question, locale: Locale): PublicReveal {
  return { correctAnswer: correctAnswer(question), explanation: question.explanation[locale] };
}

/**
 * Options in the order players see them. Ordering questions are authored in their correct
 * order, so they are shuffled (deterministically per session, so every screen and a
 * reconnect agree) and never shown already solved.
 */
export function displayOrder<T extends { id: string }>(question: { type: Question['type']; id: string; options?: T[] }, seed: string): T[] {
  const options = question.options ?? [];
  if (question.type !== 'ordering' || options.length < 2) return options;
  const random = mulberry32(fnv1a(`${seed}:${question.id}`));
  const shuffled = options.slice();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const solved = shuffled.every((o, i) => o.id === options[i]!.id);
  return solved ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
