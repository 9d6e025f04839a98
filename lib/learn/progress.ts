import { z } from 'zod';
import { answerSchema } from '../protocol/schemas';
import { LOCALES, TOPICS, type Answer, type Locale, type Topic } from '../quiz/types';
import type { PracticeFeedback } from './practice';

/**
 * A learner's progress on one device, kept in localStorage under one versioned key: the
 * latest result of every question answered, and the round in progress so a reload resumes
 * it. No account and no server session: this is all there is.
 */
export const PROGRESS_KEY = 'stackhouse:learn:v1';

/** A topic whose mean share is under this is weak, and offered for practice. */
export const WEAK_THRESHOLD = 0.7;

/** The latest result of one question. */
export interface QuestionResult {
  share: number;
  correct: boolean;
  /** When it was answered (ms since the epoch). */
  at: number;
  topic: Topic;
}

/** An answer given in the current round, with the feedback it got (in `locale`). */
export interface RoundAnswer {
  answer: Answer;
  feedback: PracticeFeedback;
  locale: Locale;
}

/** One pass through a set of questions. Finished when `position` reaches the end. */
export interface RoundState {
  /** What was asked for (see `selectionKey`): a reload with the same address resumes. */
  selection: string;
  questionIds: string[];
  /** Index of the question on screen. */
  position: number;
  answers: Record<string, RoundAnswer>;
  startedAt: number;
}

export interface LearnProgress {
  version: 1;
  questions: Record<string, QuestionResult>;
  round: RoundState | null;
}

export function emptyProgress(): LearnProgress {
  return { version: 1, questions: {}, round: null };
}

const resultSchema = z.object({
  share: z.number().min(0).max(1),
  correct: z.boolean(),
  at: z.number(),
  topic: z.enum(TOPICS),
});

// Feedback was produced by our own API; a shallow check is enough to render it safely.
const feedbackSchema = z.custom<PracticeFeedback>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    'reveal' in v &&
    typeof (v as PracticeFeedback).reveal?.explanation === 'string' &&
    Array.isArray((v as PracticeFeedback).misconceptions) &&
    typeof (v as PracticeFeedback).source?.title === 'string',
);

const roundSchema = z.object({
  selection: z.string(),
  questionIds: z.array(z.string()).min(1),
  position: z.int().min(0),
  answers: z.record(z.string(), z.object({ answer: answerSchema, feedback: feedbackSchema, locale: z.enum(LOCALES) })),
  startedAt: z.number(),
});

/**
 * Reads stored progress, keeping whatever part of it is sound: a damaged entry or round is
 * dropped, never the whole history. Anything unreadable gives empty progress.
 */
export function parseProgress(raw: string | null): LearnProgress {
  if (!raw) return emptyProgress();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return emptyProgress();
  const stored = value as { questions?: unknown; round?: unknown };
  const questions: Record<string, QuestionResult> = {};
  if (typeof stored.questions === 'object' && stored.questions !== null) {
    for (const [id, entry] of Object.entries(stored.questions)) {
      const parsed = resultSchema.safeParse(entry);
      if (parsed.success) questions[id] = parsed.data;
    }
  }
  const round = roundSchema.safeParse(stored.round);
  const sound = round.success && round.data.position <= round.data.questionIds.length;
  return { version: 1, questions, round: sound ? (round.data as RoundState) : null };
}

export function serializeProgress(progress: LearnProgress): string {
  return JSON.stringify(progress);
}

/** How far a learner is in one topic, from the latest result of each question. */
export interface TopicProgress {
  topic: Topic;
  /** Scored questions answered at least once. */
  answered: number;
  /** Scored questions the topic has. */
  total: number;
  /** Answered fully right the last time. */
  correct: number;
  /** Mean share of the answered ones; null before any answer. */
  share: number | null;
}

/** Progress for every topic, in CONTENT.md's order. `totals`: scored questions per topic. */
export function topicProgress(results: Record<string, QuestionResult>, totals: Partial<Record<Topic, number>>): TopicProgress[] {
  return TOPICS.map((topic) => {
    const mine = Object.values(results).filter((r) => r.topic === topic);
    const sum = mine.reduce((s, r) => s + r.share, 0);
    return {
      topic,
      answered: mine.length,
      total: Math.max(totals[topic] ?? 0, mine.length),
      correct: mine.filter((r) => r.correct).length,
      share: mine.length > 0 ? sum / mine.length : null,
    };
  });
}

/** Topics answered at least once whose mean share is under the threshold, weakest first. */
export function weakTopics(results: Record<string, QuestionResult>): Topic[] {
  return topicProgress(results, {})
    .filter((p): p is TopicProgress & { share: number } => p.share !== null && p.share < WEAK_THRESHOLD)
    .sort((a, b) => a.share - b.share || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic))
    .map((p) => p.topic);
}
