import { TOPICS, type Answer, type Locale, type QuestionType, type Topic } from '../quiz/types';
import type { PracticeFeedback, RevealedMisconception } from './practice';
import { WEAK_THRESHOLD, weakTopics, type LearnProgress, type QuestionResult, type RoundState } from './progress';

/** What a self-paced round is made of, from the quiz page's address. */
export type RoundSelection = { kind: 'all' } | { kind: 'topic'; topic: Topic } | { kind: 'weak' } | { kind: 'questions'; ids: string[] };

/** A question as the round needs to know it before it is asked: no text, no key. */
export interface RoundCandidate {
  id: string;
  topic: Topic;
  type: QuestionType;
}

/** Most questions in one "weak topics" round. */
export const WEAK_ROUND_SIZE = 10;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** `?questions=a,b` wins; else `?topic=<topic>|weak|all`; anything unknown means all. */
export function parseSelection(params: { topic?: string | string[]; questions?: string | string[] }): RoundSelection {
  const ids = (first(params.questions) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length > 0) return { kind: 'questions', ids: [...new Set(ids)] };
  const topic = first(params.topic);
  if (topic === 'weak') return { kind: 'weak' };
  if (topic && (TOPICS as readonly string[]).includes(topic)) return { kind: 'topic', topic: topic as Topic };
  return { kind: 'all' };
}

/** A stable name for a selection: a stored round resumes only under the same one. */
export function selectionKey(selection: RoundSelection): string {
  switch (selection.kind) {
    case 'all':
    case 'weak':
      return selection.kind;
    case 'topic':
      return `topic:${selection.topic}`;
    case 'questions':
      return `questions:${selection.ids.join(',')}`;
  }
}

/** The address query that leads back to a selection (the inverse of `selectionKey`); null if unknown. */
export function selectionQuery(key: string): Record<string, string> | null {
  if (key === 'all') return {};
  if (key === 'weak') return { topic: 'weak' };
  if (key.startsWith('topic:') && (TOPICS as readonly string[]).includes(key.slice(6))) return { topic: key.slice(6) };
  if (key.startsWith('questions:') && key.length > 10) return { questions: key.slice(10) };
  return null;
}

/**
 * The questions of a weak-topics round: polls left out, the ones got wrong first (weakest
 * share first), then the ones never tried, then the rest; at most `limit`.
 */
export function pickWeakQuestions(candidates: readonly RoundCandidate[], results: Record<string, QuestionResult>, limit = WEAK_ROUND_SIZE): string[] {
  const weak = new Set(weakTopics(results));
  const rank = (c: RoundCandidate) => {
    const r = results[c.id];
    if (!r) return 1;
    return r.correct ? 2 : r.share / 2;
  };
  return candidates
    .filter((c) => weak.has(c.topic) && c.type !== 'poll')
    .map((c, i) => ({ c, i, rank: rank(c) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, limit)
    .map(({ c }) => c.id);
}

/**
 * The round to show for a selection: the stored one if it was started for this same selection
 * and every question of it is still on offer, else a fresh one of `pick()`'s questions
 * (null when that is empty).
 */
export function resumeOrStartRound(progress: LearnProgress, selection: string, available: ReadonlySet<string>, pick: () => string[], now: number): RoundState | null {
  const stored = progress.round;
  if (stored && stored.selection === selection && stored.questionIds.every((id) => available.has(id))) return stored;
  return newRound(selection, pick(), now);
}

export function newRound(selection: string, questionIds: string[], now: number): RoundState | null {
  return questionIds.length > 0 ? { selection, questionIds, position: 0, answers: {}, startedAt: now } : null;
}

export function isFinished(round: RoundState): boolean {
  return round.position >= round.questionIds.length;
}

/**
 * Records an answer to the round's current question and, when it was scored, as the
 * question's latest result. A second answer to the same question in one round is ignored.
 */
export function recordAnswer(progress: LearnProgress, entry: { questionId: string; topic: Topic; answer: Answer; feedback: PracticeFeedback; locale: Locale; at: number }): LearnProgress {
  const round = progress.round;
  if (!round || round.questionIds[round.position] !== entry.questionId || round.answers[entry.questionId]) return progress;
  const { grade } = entry.feedback;
  return {
    ...progress,
    questions: grade ? { ...progress.questions, [entry.questionId]: { share: grade.share, correct: grade.correct, at: entry.at, topic: entry.topic } } : progress.questions,
    round: { ...round, answers: { ...round.answers, [entry.questionId]: { answer: entry.answer, feedback: entry.feedback, locale: entry.locale } } },
  };
}

/** Puts the same answer's feedback in another language (after a language switch). */
export function replaceFeedback(progress: LearnProgress, questionId: string, feedback: PracticeFeedback, locale: Locale): LearnProgress {
  const round = progress.round;
  const given = round?.answers[questionId];
  if (!round || !given) return progress;
  return { ...progress, round: { ...round, answers: { ...round.answers, [questionId]: { ...given, feedback, locale } } } };
}

/** Moves to the next question once the current one is answered. */
export function advance(progress: LearnProgress): LearnProgress {
  const round = progress.round;
  if (!round || isFinished(round) || !round.answers[round.questionIds[round.position]!]) return progress;
  return { ...progress, round: { ...round, position: round.position + 1 } };
}

/** A topic's line in the end-of-round summary. */
export interface TopicScore {
  topic: Topic;
  /** Scored questions of the topic in the round. */
  count: number;
  /** Of those, fully right. */
  correct: number;
  /** Mean share, 0..1. */
  share: number;
}

export interface RoundSummary {
  /** Topics in CONTENT.md's order, only those with a scored question in the round. */
  byTopic: TopicScore[];
  total: { count: number; correct: number; share: number };
  /** Questions not fully right, grouped by the misconception they revealed. */
  byMisconception: { misconception: RevealedMisconception; questionIds: string[] }[];
  /** Questions not fully right that revealed no catalogued misconception. */
  otherMisses: string[];
  /** Topics of the round under the weak threshold. */
  weak: Topic[];
}

/** One graded answer, as a summary counts it. */
export interface SummaryEntry {
  questionId: string;
  topic: Topic;
  /** 0..1 */
  share: number;
  correct: boolean;
  /** What the answer revealed; undefined while not known yet (the miss is then left out of the review). */
  misconceptions: RevealedMisconception[] | undefined;
}

/** Scores by topic and misses grouped by misconception, from graded answers (polls left out by the caller). */
export function summarizeResults(entries: readonly SummaryEntry[], threshold = WEAK_THRESHOLD): RoundSummary {
  const scores = new Map<Topic, { count: number; correct: number; sum: number }>();
  const groups = new Map<string, { misconception: RevealedMisconception; questionIds: string[] }>();
  const otherMisses: string[] = [];
  for (const entry of entries) {
    const score = scores.get(entry.topic) ?? { count: 0, correct: 0, sum: 0 };
    scores.set(entry.topic, { count: score.count + 1, correct: score.correct + (entry.correct ? 1 : 0), sum: score.sum + entry.share });
    if (entry.correct || !entry.misconceptions) continue;
    if (entry.misconceptions.length === 0) otherMisses.push(entry.questionId);
    for (const m of entry.misconceptions) {
      const group = groups.get(m.id) ?? { misconception: m, questionIds: [] };
      group.questionIds.push(entry.questionId);
      groups.set(m.id, group);
    }
  }
  const byTopic = TOPICS.flatMap((topic) => {
    const s = scores.get(topic);
    return s ? [{ topic, count: s.count, correct: s.correct, share: s.sum / s.count }] : [];
  });
  const count = byTopic.reduce((n, t) => n + t.count, 0);
  const total = {
    count,
    correct: byTopic.reduce((n, t) => n + t.correct, 0),
    share: count > 0 ? byTopic.reduce((n, t) => n + t.share * t.count, 0) / count : 0,
  };
  const byMisconception = [...groups.values()].sort((a, b) => b.questionIds.length - a.questionIds.length);
  return { byTopic, total, byMisconception, otherMisses, weak: byTopic.filter((t) => t.share < threshold).map((t) => t.topic) };
}

/** Scores and misses of a round, from what it stored. Polls count for nothing. */
export function summarizeRound(round: RoundState, topicOf: (questionId: string) => Topic | undefined, threshold = WEAK_THRESHOLD): RoundSummary {
  const entries = round.questionIds.flatMap((questionId): SummaryEntry[] => {
    const given = round.answers[questionId];
    const topic = topicOf(questionId);
    const grade = given?.feedback.grade;
    if (!given || !grade || !topic) return [];
    return [{ questionId, topic, share: grade.share, correct: grade.correct, misconceptions: given.feedback.misconceptions }];
  });
  return summarizeResults(entries, threshold);
}
