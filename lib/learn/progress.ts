import { LOCALES, SORT_BINS, TOPICS, type Answer, type Locale, type Topic } from '../quiz/types';
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

// Stored data is checked by hand, not with zod: this module runs in the browser, and zod
// would more than double the weight of the learning pages' JavaScript.
type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isStringMap = (v: unknown, values: (x: unknown) => boolean = isString) => isRecord(v) && Object.values(v).every(values);
const isShare = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;

function isResult(v: unknown): v is QuestionResult {
  return isRecord(v) && isShare(v.share) && typeof v.correct === 'boolean' && typeof v.at === 'number' && (TOPICS as readonly unknown[]).includes(v.topic);
}

/** The shape of an answer (the server checks it fully; this only keeps rendering safe). */
function isAnswer(v: unknown): v is Answer {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'single':
    case 'poll':
      return isString(v.optionId);
    case 'multiple':
    case 'ordering':
      return isStrings(v.optionIds);
    case 'truefalse':
      return typeof v.value === 'boolean';
    case 'short':
      return isString(v.text);
    case 'matching':
      return isStringMap(v.pairs);
    case 'sorting':
      return isStringMap(v.bins, (b) => (SORT_BINS as readonly unknown[]).includes(b));
    case 'hotspot':
      return isString(v.regionId) && isShare(v.x) && isShare(v.y);
    case 'labelling':
      return isStringMap(v.placements);
    default:
      return false;
  }
}

// Feedback was produced by our own API; a shallow check is enough to render it safely.
function isFeedback(v: unknown): v is PracticeFeedback {
  if (!isRecord(v) || !isRecord(v.reveal) || !isRecord(v.source) || !Array.isArray(v.misconceptions)) return false;
  const gradeOk = v.grade === null || (isRecord(v.grade) && isShare(v.grade.share) && typeof v.grade.correct === 'boolean');
  const revealOk = isString(v.reveal.explanation) && (v.reveal.correctAnswer === null || isAnswer(v.reveal.correctAnswer));
  const misconceptionsOk = v.misconceptions.every((m) => isRecord(m) && isString(m.id) && isString(m.statement) && isString(m.correction));
  return gradeOk && revealOk && misconceptionsOk && isString(v.source.title);
}

function isRound(v: unknown): v is RoundState {
  if (!isRecord(v) || !isString(v.selection) || !isStrings(v.questionIds) || v.questionIds.length === 0) return false;
  if (!Number.isInteger(v.position) || (v.position as number) < 0 || (v.position as number) > v.questionIds.length) return false;
  if (typeof v.startedAt !== 'number' || !isRecord(v.answers)) return false;
  return Object.values(v.answers).every((a) => isRecord(a) && isAnswer(a.answer) && isFeedback(a.feedback) && (LOCALES as readonly unknown[]).includes(a.locale));
}

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
  if (!isRecord(value) || value.version !== 1) return emptyProgress();
  const questions: Record<string, QuestionResult> = {};
  if (isRecord(value.questions)) {
    for (const [id, entry] of Object.entries(value.questions)) if (isResult(entry)) questions[id] = { share: entry.share, correct: entry.correct, at: entry.at, topic: entry.topic };
  }
  return { version: 1, questions, round: isRound(value.round) ? value.round : null };
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
