import type { Misconception } from '../content/types';
import { regionContent } from '../diagram/content';
import { diagnose, distributionKeys, normalizeTyped } from './check';
import { correctAnswer, displayOrder } from './display';
import type { SessionState } from './machine';
import { standings } from './standings';
import type { Answer, Locale, Question, Quiz } from './types';

/** After-session figures, built from the same state the game ran on. */
export interface QuestionReport {
  index: number;
  id: string;
  type: string;
  prompt: string;
  skipped: boolean;
  /** Whether the question was reached at all. */
  played: boolean;
  answered: number;
  correct: number;
  /** correct / players in the game when it closed; null when nobody could answer. */
  shareCorrect: number | null;
  medianTimeMs: number | null;
  /** Bars in display order, with their label in the report's language. */
  distribution: { key: string; label: string; count: number; correct: boolean }[];
}

export interface PlayerReport {
  playerId: string;
  nickname: string;
  locale: Locale;
  removed: boolean;
  rank: number | null;
  score: number;
  answered: number;
  correct: number;
  medianTimeMs: number | null;
  /** Per question: 'correct' | 'wrong' | 'none' (no answer) | 'skipped' | 'unplayed' | 'voted' (a poll). */
  perQuestion: ('correct' | 'wrong' | 'none' | 'skipped' | 'unplayed' | 'voted')[];
}

export interface SessionReport {
  code: string;
  quizTitle: string;
  createdAt: number;
  endedAt: number | null;
  playerCount: number;
  questions: QuestionReport[];
  players: PlayerReport[];
  /** Wrong answers grouped by the misconception they reveal, most frequent first. */
  misconceptions: MisconceptionReport[];
}

export interface MisconceptionReport {
  id: string;
  statement: string;
  correction: string;
  /** Wrong answers that revealed it. */
  count: number;
  /** The questions (0-based) where it showed. */
  questionIndexes: number[];
}

/** Words the report needs that are not in the quiz: true/false and the sorting bins. */
export interface ReportLabels {
  true: string;
  false: string;
  vm: string;
  container: string;
  both: string;
}

/** The report of one session, in one language. */
export function buildReport(
  state: SessionState,
  quiz: Quiz,
  locale: Locale,
  labels: ReportLabels,
  catalog: readonly Misconception[] = [],
): SessionReport {
  const table = standings(state);
  const rankOf = new Map(table.map((e) => [e.playerId, e.rank]));
  const questions = quiz.questions.map((question, index): QuestionReport => {
    const run = state.runs[index];
    const records = run ? run.answers.values() : [];
    const scored = run && !run.skipped && run.closedAt !== null;
    const correct = scored ? records.filter((r) => r.correct === true).length : 0;
    // Players in the game when the question closed: still active, and joined by then.
    const inGame = run && scored ? table.filter((e) => state.participants.get(e.playerId)!.joinedAt <= run.closedAt!) : [];
    const correctInGame = inGame.filter((e) => run?.answers.get(e.playerId)?.correct === true).length;
    const distribution = distributionOf(question, records.map((r) => r.answer), locale, labels, state.shuffleSeed);
    return {
      index,
      id: question.id,
      type: question.type,
      prompt: question.prompt[locale],
      skipped: run?.skipped ?? false,
      played: run !== undefined,
      answered: records.length,
      correct,
      shareCorrect: inGame.length > 0 && question.type !== 'poll' ? correctInGame / inGame.length : null,
      medianTimeMs: median(records.map((r) => r.elapsedMs)),
      distribution,
    };
  });
  const players = state.joinOrder.map((id): PlayerReport => {
    const p = state.participants.get(id)!;
    // Answers to skipped questions were never scored; they count nowhere.
    const mine = state.runs.map((run) => (run && !run.skipped ? run.answers.get(id) : undefined));
    const perQuestion = quiz.questions.map((question, i) => {
      const run = state.runs[i];
      if (!run) return 'unplayed' as const;
      if (run.skipped) return 'skipped' as const;
      const record = run.answers.get(id);
      if (!record) return 'none' as const;
      if (question.type === 'poll') return 'voted' as const;
      return record.correct ? ('correct' as const) : ('wrong' as const);
    });
    const answeredRecords = mine.filter((r): r is NonNullable<typeof r> => r !== undefined);
    return {
      playerId: id,
      nickname: p.nickname,
      locale: p.locale,
      removed: p.removed,
      rank: rankOf.get(id) ?? null,
      score: p.score,
      answered: answeredRecords.length,
      correct: perQuestion.filter((r) => r === 'correct').length,
      medianTimeMs: median(answeredRecords.map((r) => r.elapsedMs)),
      perQuestion,
    };
  });
  players.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return {
    code: state.code,
    quizTitle: quiz.title[locale],
    createdAt: state.createdAt,
    endedAt: state.endedAt,
    playerCount: table.length,
    questions,
    players,
    misconceptions: misconceptionsOf(state, quiz, locale, catalog),
  };
}

/** Bars for one question's report: by option, region or typed text; by part for the composite types. */
function distributionOf(question: Question, answers: Answer[], locale: Locale, labels: ReportLabels, seed: string): QuestionReport['distribution'] {
  const counts = new Map<string, number>();
  for (const a of answers) for (const key of distributionKeys(a)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const key = correctAnswer(question);
  const right = new Set(key ? distributionKeys(key) : []);
  const bar = (k: string, label: string) => ({ key: k, label, count: counts.get(k) ?? 0, correct: right.has(k) });
  switch (question.type) {
    case 'truefalse':
      return [bar('true', labels.true), bar('false', labels.false)];
    case 'single':
    case 'multiple':
    case 'poll':
    case 'ordering':
      return displayOrder(question, seed).map((o) => bar(o.id, o.text[locale]));
    case 'hotspot':
      return [...new Set([...question.correctRegionIds, ...counts.keys()])].map((r) => bar(r, regionContent(r)?.label[locale] ?? r));
    case 'short': {
      const accepted = new Set(question.accepted.map(normalizeTyped));
      return [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([text, count]) => ({ key: text, label: text, count, correct: accepted.has(text) }));
    }
    // For the types made of parts, each bar is one part: how many placed it right.
    case 'matching':
      return question.pairs.map((p) => ({ key: p.left.id, label: `${p.left.text[locale]} → ${p.right.text[locale]}`, count: counts.get(`${p.left.id}>${p.right.id}`) ?? 0, correct: true }));
    case 'sorting':
      return question.items.map((i) => ({ key: i.id, label: `${i.text[locale]} → ${labels[i.bin]}`, count: counts.get(`${i.id}>${i.bin}`) ?? 0, correct: true }));
    case 'labelling':
      return question.slots.map((s) => {
        const label = question.labels.find((l) => l.id === s.labelId)?.text[locale] ?? s.labelId;
        return { key: s.regionId, label: `${regionContent(s.regionId)?.label[locale] ?? s.regionId} → ${label}`, count: counts.get(`${s.regionId}>${s.labelId}`) ?? 0, correct: true };
      });
  }
}

/** Every wrong answer's misconceptions, counted across the game. */
function misconceptionsOf(state: SessionState, quiz: Quiz, locale: Locale, catalog: readonly Misconception[]): MisconceptionReport[] {
  const found = new Map<string, { count: number; questions: Set<number> }>();
  quiz.questions.forEach((question, index) => {
    const run = state.runs[index];
    // Only closed questions: an open one's answers are not judged yet.
    if (!run || run.skipped || run.closedAt === null) return;
    for (const record of run.answers.values()) {
      for (const id of diagnose(question, record.answer)) {
        const entry = found.get(id) ?? { count: 0, questions: new Set<number>() };
        entry.count += 1;
        entry.questions.add(index);
        found.set(id, entry);
      }
    }
  });
  return [...found.entries()]
    .flatMap(([id, entry]) => {
      const m = catalog.find((c) => c.id === id);
      return m ? [{ id, statement: m.statement[locale], correction: m.correction[locale], count: entry.count, questionIndexes: [...entry.questions].sort((a, b) => a - b) }] : [];
    })
    .sort((a, b) => b.count - a.count);
}

/** Middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

