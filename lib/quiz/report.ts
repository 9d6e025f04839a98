import { distributionKeys } from './check';
import { correctAnswer, displayOrder } from './display';
import type { SessionState } from './machine';
import { standings } from './standings';
import type { Locale, Quiz } from './types';

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
  /** Per question: 'correct' | 'wrong' | 'none' (no answer) | 'skipped' | 'unplayed'. */
  perQuestion: ('correct' | 'wrong' | 'none' | 'skipped' | 'unplayed')[];
}

export interface SessionReport {
  code: string;
  quizTitle: string;
  createdAt: number;
  endedAt: number | null;
  playerCount: number;
  questions: QuestionReport[];
  players: PlayerReport[];
}

/** The report of one session, in one language. */
export function buildReport(state: SessionState, quiz: Quiz, locale: Locale, labels: { true: string; false: string }): SessionReport {
  const table = standings(state);
  const rankOf = new Map(table.map((e) => [e.playerId, e.rank]));
  const questions = quiz.questions.map((question, index): QuestionReport => {
    const run = state.runs[index];
    const records = run ? Object.values(run.answers) : [];
    const scored = run && !run.skipped && run.closedAt !== null;
    const correct = scored ? records.filter((r) => r.correct === true).length : 0;
    // Players in the game when the question closed: still active, and joined by then.
    const inGame = run && scored ? table.filter((e) => state.participants[e.playerId]!.joinedAt <= run.closedAt!) : [];
    const correctInGame = inGame.filter((e) => run?.answers[e.playerId]?.correct === true).length;
    const counts = new Map<string, number>();
    for (const r of records) for (const key of distributionKeys(r.answer)) counts.set(key, (counts.get(key) ?? 0) + 1);
    const key = correctAnswer(question);
    const right = new Set(key ? distributionKeys(key) : []);
    const bars =
      question.type === 'truefalse'
        ? [
            { key: 'true', label: labels.true },
            { key: 'false', label: labels.false },
          ]
        : displayOrder(question, state.shuffleSeed).map((o) => ({ key: o.id, label: o.text[locale] }));
    return {
      index,
      id: question.id,
      type: question.type,
      prompt: question.prompt[locale],
      skipped: run?.skipped ?? false,
      played: run !== undefined,
      answered: records.length,
      correct,
      shareCorrect: inGame.length > 0 ? correctInGame / inGame.length : null,
      medianTimeMs: median(records.map((r) => r.elapsedMs)),
      distribution: bars.map((b) => ({ ...b, count: counts.get(b.key) ?? 0, correct: right.has(b.key) })),
    };
  });
  const players = state.joinOrder.map((id): PlayerReport => {
    const p = state.participants[id]!;
    // Answers to skipped questions were never scored; they count nowhere.
    const mine = state.runs.map((run) => (run && !run.skipped ? run.answers[id] : undefined));
    const perQuestion = quiz.questions.map((_, i) => {
      const run = state.runs[i];
      if (!run) return 'unplayed' as const;
      if (run.skipped) return 'skipped' as const;
      const record = run.answers[id];
      if (!record) return 'none' as const;
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
  };
}

/** Middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

