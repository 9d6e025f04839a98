import { distributionKeys } from './check';
import { publicQuestion, publicReveal, type PublicQuestion, type PublicReveal } from './display';
import type { JoinSymbol } from './join-pattern';
import { activeCount, activeParticipants, playerDeadline, type Participant, type Phase, type SessionEvent, type SessionState } from './machine';
import type { ScoringMode } from './scoring';
import type { HostDelta } from './host-delta';
import { isOwnPartPhase, type OwnView, type RoundView } from './round-view';
import { standings, type StandingEntry } from './standings';
import type { Answer, Locale, Question, Quiz } from './types';

/**
 * What each screen is sent. These selectors are the only way session state leaves the
 * server, so the rule "no answer key before the reveal" is enforced here, once.
 */
export interface TimerView {
  /** Server clock (epoch ms) when the time runs out; null while paused. */
  endsAt: number | null;
  /** Time left, frozen while paused. */
  remainingMs: number;
  /** The whole time allowed, for drawing the bar. */
  durationMs: number;
  paused: boolean;
}

export interface DistributionBar {
  /** Option id, or 'true' / 'false'. For ordering: the id of the item placed first. */
  key: string;
  count: number;
}

export interface HostParticipant {
  id: string;
  nickname: string;
  locale: Locale;
  score: number;
  removed: boolean;
  extraTimeSec: number;
  answered: boolean;
  connected: boolean;
}

export interface HostView {
  role: 'host';
  code: string;
  quizTitle: string;
  phase: Phase;
  locked: boolean;
  /** The two-step join's pattern, for the projector only (never in a PlayerView); null when off. */
  joinPattern: JoinSymbol[] | null;
  /** Words the host blocked in nicknames for this session (folded); the built-in list is not shown. */
  blockedWords: string[];
  scoring: ScoringMode;
  questionIndex: number;
  questionCount: number;
  serverNow: number;
  timer: TimerView | null;
  question: PublicQuestion | null;
  answeredCount: number;
  activeCount: number;
  /**
   * Answers counted by choice. While the question runs only for the types where counts give
   * nothing away (single, multiple, true/false, poll, ordering); for the others from the reveal.
   */
  distribution: DistributionBar[];
  /** Matching, sorting, labelling, from the reveal: how many got each part right. */
  parts: PartResult[];
  /** Hotspot, from the reveal: where everyone clicked (0..1 across and down the diagram). */
  heatmap: { x: number; y: number }[];
  reveal: PublicReveal | null;
  participants: HostParticipant[];
  standings: StandingEntry[];
}

export interface PartResult {
  /** The left item (matching), the item (sorting) or the region (labelling). */
  key: string;
  right: number;
  answered: number;
}

export interface PlayerResult {
  answered: boolean;
  correct: boolean;
  /** 0..1: partial credit (1 when correct). */
  share: number;
  points: number;
}

export interface PlayerView {
  role: 'player';
  code: string;
  quizTitle: string;
  playerId: string;
  nickname: string;
  locale: Locale;
  phase: Phase;
  removed: boolean;
  questionIndex: number;
  questionCount: number;
  serverNow: number;
  timer: TimerView | null;
  question: PublicQuestion | null;
  myAnswer: Answer | null;
  reveal: PublicReveal | null;
  result: PlayerResult | null;
  me: { score: number; rank: number | null; streak: number };
  playerCount: number;
  /** Top of the table in leaderboard and podium, as text for the phone. */
  standings: StandingEntry[];
}

const LEADERBOARD_SIZE = 10;
/** Types whose live answer counts reveal nothing about the key. */
const LIVE_DISTRIBUTION = new Set<Question['type']>(['single', 'multiple', 'truefalse', 'poll', 'ordering']);
/** Most clicks drawn on a heatmap; enough to see where a room clicked. */
const HEATMAP_MAX = 500;

/**
 * What the views of one roster share, worked out once: a fan-out builds one view per player
 * (each sorted the whole room for its rank before), and an answer sends its author a view.
 * Standings depend only on the participants and the join order, which answers do not
 * change; states are never mutated, so those objects are cache keys.
 */
interface Ranking {
  joinOrder: SessionState['joinOrder'];
  table: StandingEntry[];
  byPlayer: Map<string, StandingEntry>;
  top: StandingEntry[];
}

const rankingByRoster = new WeakMap<SessionState['participants'], Ranking>();

function ranking(state: SessionState): Ranking {
  let r = rankingByRoster.get(state.participants);
  if (!r || r.joinOrder !== state.joinOrder) {
    const table = standings(state);
    r = { joinOrder: state.joinOrder, table, byPlayer: new Map(table.map((e) => [e.playerId, e])), top: table.slice(0, LEADERBOARD_SIZE) };
    rankingByRoster.set(state.participants, r);
  }
  return r;
}

/** The current question per language, once per state and quiz. */
const questionsByState = new WeakMap<SessionState, { quiz: Quiz; byLocale: Map<Locale, PublicQuestion | null> }>();

function sharedQuestion(state: SessionState, quiz: Quiz, locale: Locale): PublicQuestion | null {
  let q = questionsByState.get(state);
  if (!q || q.quiz !== quiz) {
    q = { quiz, byLocale: new Map() };
    questionsByState.set(state, q);
  }
  if (!q.byLocale.has(locale)) q.byLocale.set(locale, currentQuestion(state, quiz, locale));
  return q.byLocale.get(locale)!;
}

/** The projector / host console view, in the host's language. */
/** `roster`: this state's `hostParticipants`, when the caller has it already (one per locale otherwise). */
export function hostView(state: SessionState, quiz: Quiz, locale: Locale, now: number, connected: ReadonlySet<string>, roster?: HostParticipant[]): HostView {
  const question = sharedQuestion(state, quiz, locale);
  return {
    role: 'host',
    code: state.code,
    quizTitle: quiz.title[locale],
    phase: state.phase,
    locked: state.locked,
    joinPattern: state.joinPattern,
    blockedWords: state.blockedWords,
    scoring: state.scoring,
    questionIndex: state.questionIndex,
    questionCount: state.questionCount,
    serverNow: now,
    timer: timerView(state, state.deadline, 0, now),
    question,
    ...hostCounts(state, quiz),
    parts: isRevealed(state) ? partResults(state, quiz) : [],
    heatmap: isRevealed(state) ? heatmap(state, quiz) : [],
    reveal: isRevealed(state) ? publicReveal(quiz.questions[state.questionIndex]!, locale) : null,
    participants: roster ?? hostParticipants(state, connected),
    standings: state.phase === 'lobby' ? [] : ranking(state).top,
  };
}

/** How many answered, of how many, and what they chose (while it gives nothing away). */
function hostCounts(state: SessionState, quiz: Quiz): Pick<HostView, 'answeredCount' | 'activeCount' | 'distribution'> {
  const answers = state.runs[state.questionIndex]?.answers.lookup();
  const active = activeParticipants(state);
  const showsAnswers = state.phase === 'question' || state.phase === 'reveal';
  return {
    answeredCount: showsAnswers && answers ? active.filter((p) => answers.has(p.id)).length : 0,
    activeCount: active.length,
    distribution: showsAnswers && (isRevealed(state) || LIVE_DISTRIBUTION.has(quiz.questions[state.questionIndex]!.type)) ? distribution(state, active) : [],
  };
}

/** The host's roster, in joining order. */
export function hostParticipants(state: SessionState, connected: ReadonlySet<string>): HostParticipant[] {
  const answers = state.runs[state.questionIndex]?.answers.lookup();
  return state.joinOrder.map((id) => {
    const p = state.participants.get(id)!;
    return {
      id: p.id,
      nickname: p.nickname,
      locale: p.locale,
      score: p.score,
      removed: p.removed,
      extraTimeSec: p.extraTimeMs / 1000,
      answered: state.phase === 'question' && Boolean(answers?.has(p.id)),
      connected: connected.has(p.id),
    };
  });
}

/**
 * What changed for the host since a view whose roster was `sent` (by id; see host-delta.ts):
 * `withHostDelta(thatView, hostDelta(...))` is `hostView(...)` in the phase and question
 * that view was in. `roster` is this state's `hostParticipants`.
 */
export function hostDelta(state: SessionState, quiz: Quiz, now: number, roster: readonly HostParticipant[], sent: ReadonlyMap<string, HostParticipant>): HostDelta {
  return {
    phase: state.phase,
    questionIndex: state.questionIndex,
    code: state.code,
    serverNow: now,
    timer: timerView(state, state.deadline, 0, now),
    ...hostCounts(state, quiz),
    standings: state.phase === 'lobby' ? [] : ranking(state).top,
    participants: roster.filter((p) => !sameParticipant(sent.get(p.id), p)),
  };
}

function sameParticipant(a: HostParticipant | undefined, b: HostParticipant): boolean {
  return (
    a !== undefined &&
    a.nickname === b.nickname &&
    a.locale === b.locale &&
    a.score === b.score &&
    a.removed === b.removed &&
    a.extraTimeSec === b.extraTimeSec &&
    a.answered === b.answered &&
    a.connected === b.connected
  );
}

/** One player's phone, in that player's language. */
export function playerView(state: SessionState, quiz: Quiz, playerId: string, now: number): PlayerView {
  const p = state.participants.get(playerId);
  if (!p) throw new Error(`unknown player ${playerId}`);
  const { myAnswer, result, me } = ownParts(state, quiz, playerId);
  const deadline = playerDeadline(state, playerId);
  return {
    role: 'player',
    code: state.code,
    quizTitle: quiz.title[p.locale],
    playerId,
    nickname: p.nickname,
    locale: p.locale,
    phase: state.phase,
    removed: p.removed,
    questionIndex: state.questionIndex,
    questionCount: state.questionCount,
    serverNow: now,
    timer: timerView(state, deadline, p.extraTimeMs, now),
    question: sharedQuestion(state, quiz, p.locale),
    myAnswer,
    reveal: sharedReveal(state, quiz, p.locale),
    result,
    me,
    playerCount: playerCount(state),
    standings: sharedStandings(state),
  };
}

/**
 * What every player of `locale` shares (see round-view.ts: `withRound(lastView, round, own)`
 * is that player's `playerView`). In the lobby and while a question runs it is the whole
 * change for everyone but a player with extra time (`playersWithOwnTimer`); from a
 * question's close on, each player's own part comes with it as an `OwnView`.
 */
export function roundView(state: SessionState, quiz: Quiz, locale: Locale, now: number): RoundView {
  return {
    phase: state.phase,
    questionIndex: state.questionIndex,
    code: state.code,
    locale,
    quizTitle: quiz.title[locale],
    questionCount: state.questionCount,
    serverNow: now,
    timer: timerView(state, state.deadline, 0, now),
    question: sharedQuestion(state, quiz, locale),
    playerCount: playerCount(state),
    reveal: sharedReveal(state, quiz, locale),
    standings: sharedStandings(state),
  };
}

/** A player's own part of their view from a question's close on (`player:own`, sent before the rounds). */
export function ownView(state: SessionState, quiz: Quiz, playerId: string): OwnView {
  if (!ownPartsApart(state)) throw new Error(`no own part apart in phase ${state.phase}`);
  return { phase: state.phase, questionIndex: state.questionIndex, code: state.code, ...ownParts(state, quiz, playerId) };
}

/**
 * Whether everyone's new view goes out as one `player:own` per player and one round per
 * language, whatever the event: from a question's close on (reveal, leaderboard, podium),
 * where each player's result, score and rank are theirs alone but the question, the reveal
 * and the table are the same for everyone of a language. At 2,000 players one whole view
 * each was 2,000 encodings of the question and its explanation, and a third of what the
 * server allocated over a game (bench/README.md).
 */
export function ownPartsApart(state: SessionState): state is SessionState & { phase: OwnView['phase'] } {
  return isOwnPartPhase(state.phase);
}

/**
 * Whether `event`'s step left every player's own part as it was in `previous` (which was
 * already sent): the same question, run, roster and reveal, in phases that send own parts.
 * Then a round alone carries the change, and a phone keeps its own part (`withRound`): the
 * step from the reveal to the leaderboard, a lock. Whatever touches scores, ranks, the
 * answers or whether the result shows (a removal, a join, the podium) sends them again.
 */
export function ownPartsUnchanged(previous: SessionState, state: SessionState): boolean {
  return (
    ownPartsApart(previous) &&
    ownPartsApart(state) &&
    previous.questionIndex === state.questionIndex &&
    previous.participants === state.participants &&
    previous.joinOrder === state.joinOrder &&
    previous.runs[previous.questionIndex] === state.runs[state.questionIndex] &&
    isRevealed(previous) === isRevealed(state)
  );
}

/** The part of a player's view that is theirs alone: their answer, result, score and rank. */
function ownParts(state: SessionState, quiz: Quiz, playerId: string): Pick<PlayerView, 'myAnswer' | 'result' | 'me'> {
  const p = state.participants.get(playerId);
  if (!p) throw new Error(`unknown player ${playerId}`);
  const run = state.runs[state.questionIndex];
  const record = run?.answers.get(playerId) ?? null;
  const revealed = isRevealed(state) && run !== undefined && !run.skipped;
  // In the lobby nobody has scored: every active player shares rank 1, and no table is shown,
  // so a join's view needs no sort of the room (each join changes the roster).
  const r = state.phase === 'lobby' ? null : ranking(state);
  const rank = r ? (r.byPlayer.get(playerId)?.rank ?? null) : p.removed ? null : 1;
  return {
    myAnswer: record?.answer ?? null,
    // A poll has no right answer, so no result; its reveal carries the discussion note.
    result: revealed && quiz.questions[state.questionIndex]?.type !== 'poll' ? { answered: record !== null, correct: record?.correct === true, share: record?.share ?? 0, points: record?.points ?? 0 } : null,
    me: { score: p.score, rank, streak: p.streak },
  };
}

function playerCount(state: SessionState): number {
  return state.phase === 'lobby' ? activeCount(state) : ranking(state).table.length;
}

function sharedReveal(state: SessionState, quiz: Quiz, locale: Locale): PublicReveal | null {
  const run = state.runs[state.questionIndex];
  return isRevealed(state) && run !== undefined && !run.skipped ? publicReveal(quiz.questions[state.questionIndex]!, locale) : null;
}

/** Top of the table in leaderboard and podium. */
function sharedStandings(state: SessionState): StandingEntry[] {
  return state.phase === 'leaderboard' || state.phase === 'podium' ? ranking(state).top : [];
}

/**
 * Whether, after `event` led to `state`, a RoundView per language carries everything that
 * changed for players (each one's own part, name, score, rank, answer, result, stayed as
 * it was), with a PlayerView only for `playersWithOwnTimer`. Lobby and question phases
 * only. A removal changes ranks, extra time one player's timer; an answer or a language
 * change concerns one player (sent alone).
 */
export function roundsSuffice(state: SessionState, event: SessionEvent): boolean {
  if (state.phase !== 'lobby' && state.phase !== 'question') return false;
  if (event.type === 'host') return event.command.action !== 'remove' && event.command.action !== 'extraTime';
  return event.type === 'join' || event.type === 'tick';
}

/** Active players whose timer is their own (extra time) while a question runs: rounds do not carry it. */
export function playersWithOwnTimer(state: SessionState): string[] {
  if (state.phase !== 'question') return [];
  return state.joinOrder.filter((id) => {
    const p = state.participants.get(id)!;
    return !p.removed && p.extraTimeMs > 0;
  });
}

function isRevealed(state: SessionState): boolean {
  return state.phase === 'reveal' || state.phase === 'leaderboard';
}

function currentQuestion(state: SessionState, quiz: Quiz, locale: Locale): PublicQuestion | null {
  if (state.phase === 'lobby' || state.phase === 'podium') return null;
  const question = quiz.questions[state.questionIndex];
  return question ? publicQuestion(question, state.questionIndex, locale, state.shuffleSeed) : null;
}

function timerView(state: SessionState, deadline: number | null, extraMs: number, now: number): TimerView | null {
  if (state.phase !== 'question') return null;
  const run = state.runs[state.questionIndex]!;
  const durationMs = run.allowedMs + extraMs;
  if (state.pausedAt !== null) {
    return { endsAt: null, remainingMs: Math.max(0, (state.pausedRemainingMs ?? 0) + extraMs), durationMs, paused: true };
  }
  return { endsAt: deadline, remainingMs: Math.max(0, (deadline ?? now) - now), durationMs, paused: false };
}

function distribution(state: SessionState, active: readonly Participant[]): DistributionBar[] {
  const run = state.runs[state.questionIndex];
  if (!run) return [];
  const answers = run.answers.lookup();
  const counts = new Map<string, number>();
  for (const p of active) {
    const record = answers.get(p.id);
    if (!record) continue;
    for (const key of distributionKeys(record.answer)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count }));
}

function activeRecords(state: SessionState) {
  const run = state.runs[state.questionIndex];
  if (!run) return [];
  const answers = run.answers.lookup();
  return activeParticipants(state)
    .map((p) => answers.get(p.id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined);
}

function partResults(state: SessionState, quiz: Quiz): PartResult[] {
  const question = quiz.questions[state.questionIndex];
  const records = activeRecords(state).map((r) => r.answer);
  const tally = (parts: { key: string; isRight: (a: Answer) => boolean }[]) =>
    parts.map(({ key, isRight }) => ({ key, right: records.filter(isRight).length, answered: records.length }));
  switch (question?.type) {
    case 'matching':
      return tally(question.pairs.map((p) => ({ key: p.left.id, isRight: (a) => a.type === 'matching' && a.pairs[p.left.id] === p.right.id })));
    case 'sorting':
      return tally(question.items.map((i) => ({ key: i.id, isRight: (a) => a.type === 'sorting' && a.bins[i.id] === i.bin })));
    case 'labelling':
      return tally(question.slots.map((s) => ({ key: s.regionId, isRight: (a) => a.type === 'labelling' && a.placements[s.regionId] === s.labelId })));
    default:
      return [];
  }
}

function heatmap(state: SessionState, quiz: Quiz): { x: number; y: number }[] {
  if (quiz.questions[state.questionIndex]?.type !== 'hotspot') return [];
  return activeRecords(state)
    .flatMap((r) => (r.answer.type === 'hotspot' ? [{ x: r.answer.x, y: r.answer.y }] : []))
    .slice(0, HEATMAP_MAX);
}
