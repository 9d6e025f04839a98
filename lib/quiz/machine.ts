import type { ErrorCode } from '../protocol/errors';
import { AnswerBook, IdBook } from './answer-book';
import { AppendList } from './append-list';
import { BLOCKED_WORD_MIN, BLOCKED_WORDS_MAX, blockedWordIn, blockedWordKey } from './blocked-words';
import { grade, isWellFormed } from './check';
import { isJoinPattern, patternMatches, type JoinSymbol } from './join-pattern';
import { nicknameKey } from './nickname';
import { scoreAnswer, type ScoringMode } from './scoring';
import type { Answer, Locale, Quiz } from './types';

/**
 * The live quiz as a pure state machine: `reduce(state, event, context)` returns the next
 * state or an error code, never throws for a bad event, and reads time only from
 * `context.now`. The server stores every accepted event with its time; replaying them
 * rebuilds the session exactly (see `replay`).
 *
 * lobby -> question -> reveal -> leaderboard -> question -> ... -> podium
 */
export type Phase = 'lobby' | 'question' | 'reveal' | 'leaderboard' | 'podium';

export interface Participant {
  id: string;
  nickname: string;
  locale: Locale;
  /** sha-256 of the participant secret; the secret itself is never stored. */
  secretHash: string;
  joinedAt: number;
  removed: boolean;
  /** Extra time the host gave this player on every question (an accommodation). */
  extraTimeMs: number;
  score: number;
  streak: number;
}

export interface AnswerRecord {
  answer: Answer;
  receivedAt: number;
  /** Time the clock was running between the question's start and this answer. */
  elapsedMs: number;
  /** Filled when the question closes (null for a poll). */
  correct: boolean | null;
  /** 0..1, partial credit; filled when the question closes (null for a poll). */
  share: number | null;
  points: number | null;
}

export interface QuestionRun {
  startedAt: number;
  /** The question's limit plus any extensions, in running (unpaused) time. */
  allowedMs: number;
  pausedMs: number;
  closedAt: number | null;
  skipped: boolean;
  /** By player id. */
  answers: AnswerBook<AnswerRecord>;
}

export interface SessionState {
  code: string;
  quizId: string;
  questionCount: number;
  createdAt: number;
  scoring: ScoringMode;
  locked: boolean;
  /** The two-step join's pattern while the host has it on; null when off. */
  joinPattern: JoinSymbol[] | null;
  /** Words the host blocked in nicknames for this session (folded, see blockedWordKey). */
  blockedWords: string[];
  phase: Phase;
  /** -1 in the lobby. */
  questionIndex: number;
  /** When the current question's base time runs out; null when paused or no question runs. */
  deadline: number | null;
  /**
   * Set while paused: the base time that was left. Negative when the base time had run out
   * and only players with extra time were still answering, so resuming gives nobody time back.
   */
  pausedAt: number | null;
  pausedRemainingMs: number | null;
  /** Seeds the order options are shown in; server-only, so no client can recompute a key. */
  shuffleSeed: string;
  /** By player id. */
  participants: IdBook<Participant>;
  /** Participant ids in joining order (a join appends without copying the list). */
  joinOrder: AppendList<string>;
  runs: QuestionRun[];
  endedAt: number | null;
}

export type HostCommand =
  | { action: 'start' }
  | { action: 'next' }
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'extend'; seconds: number }
  | { action: 'skip' }
  | { action: 'end' }
  | { action: 'lock' }
  | { action: 'unlock' }
  | { action: 'remove'; playerId: string }
  | { action: 'extraTime'; playerId: string; seconds: number }
  | { action: 'scoring'; mode: ScoringMode }
  /** The server adds the pattern when the host turns it on, so a replay shows the same one. */
  | { action: 'twoStep'; on: true; pattern: JoinSymbol[] }
  | { action: 'twoStep'; on: false }
  | { action: 'blockWords'; words: string[] }
  | { action: 'unblockWord'; word: string };

export type SessionEvent =
  /** `pattern`: what the player entered for the two-step join, if anything. */
  | { type: 'join'; playerId: string; nickname: string; locale: Locale; secretHash: string; pattern?: string[] }
  | { type: 'setLocale'; playerId: string; locale: Locale }
  | { type: 'answer'; playerId: string; questionIndex: number; answer: Answer }
  /** The server's timer fired; closes the question if its time is really up. */
  | { type: 'tick' }
  | { type: 'host'; command: HostCommand };

export interface ReduceContext {
  now: number;
  quiz: Quiz;
}

export type ReduceResult = { ok: true; state: SessionState } | { ok: false; code: ErrorCode };

export interface NewSession {
  code: string;
  /** A server-only random value (the stored session id). */
  shuffleSeed: string;
  quiz: Quiz;
  scoring: ScoringMode;
  now: number;
}

/** A session in its lobby. */
export function createSession({ code, shuffleSeed, quiz, scoring, now }: NewSession): SessionState {
  return {
    code,
    quizId: quiz.id,
    questionCount: quiz.questions.length,
    createdAt: now,
    scoring,
    locked: false,
    joinPattern: null,
    blockedWords: [],
    phase: 'lobby',
    questionIndex: -1,
    deadline: null,
    pausedAt: null,
    pausedRemainingMs: null,
    shuffleSeed,
    participants: IdBook.empty<Participant>(),
    joinOrder: AppendList.empty(),
    runs: [],
    endedAt: null,
  };
}

const fail = (code: ErrorCode): ReduceResult => ({ ok: false, code });
const ok = (state: SessionState): ReduceResult => ({ ok: true, state });

/** Applies one event. The input state is never mutated. */
export function reduce(state: SessionState, event: SessionEvent, ctx: ReduceContext): ReduceResult {
  switch (event.type) {
    case 'join':
      return join(state, event, ctx.now);
    case 'setLocale': {
      const p = state.participants.get(event.playerId);
      if (!p) return fail('UNKNOWN_PLAYER');
      return ok(withParticipant(state, { ...p, locale: event.locale }));
    }
    case 'answer':
      return answer(state, event, ctx);
    case 'tick':
      return ok(state.phase === 'question' && state.deadline !== null && ctx.now >= closesAt(state)! ? close(state, ctx) : state);
    case 'host':
      return host(state, event.command, ctx);
  }
}

/** Replays stored events in order; events that were accepted once are accepted again. */
export function replay(initial: SessionState, events: Iterable<{ event: SessionEvent; at: number }>, quiz: Quiz): SessionState {
  let state = initial;
  for (const { event, at } of events) {
    const result = reduce(state, event, { now: at, quiz });
    if (result.ok) state = result.state;
  }
  return state;
}

interface Active {
  joinOrder: AppendList<string>;
  players: AppendList<Participant>;
  maxExtraMs: number;
}

/**
 * The active players of a roster, worked out once per roster: the participants object and
 * the join order change only on joins, removals, scores and languages, never on answers or
 * timer ticks, so an answer burst does not rescan the whole room for every answer.
 */
const activeByRoster = new WeakMap<IdBook<Participant>, Active>();

function active(state: SessionState): Active {
  let a = activeByRoster.get(state.participants);
  if (!a || a.joinOrder !== state.joinOrder) {
    const players = AppendList.from(state.joinOrder.map((id) => state.participants.get(id)!).filter((p) => !p.removed));
    let maxExtraMs = 0;
    for (const p of players) maxExtraMs = Math.max(maxExtraMs, p.extraTimeMs);
    a = { joinOrder: state.joinOrder, players, maxExtraMs };
    activeByRoster.set(state.participants, a);
  }
  return a;
}

/** Participants still in the game, in joining order (shared and frozen: do not modify). */
export function activeParticipants(state: SessionState): readonly Participant[] {
  return active(state).players.toArray();
}

/** How many participants are still in the game, without listing them (a join asks each time). */
export function activeCount(state: SessionState): number {
  return active(state).players.length;
}

/** When the current question closes for everyone: the base deadline plus the largest extra time. */
export function closesAt(state: SessionState): number | null {
  if (state.phase !== 'question' || state.deadline === null) return null;
  return state.deadline + active(state).maxExtraMs;
}

/** When one player's time for the current question runs out (null while paused). */
export function playerDeadline(state: SessionState, playerId: string): number | null {
  const p = state.participants.get(playerId);
  if (state.deadline === null || !p) return null;
  return state.deadline + p.extraTimeMs;
}

/** The moment the server must next wake this session, if any. */
export function nextWakeAt(state: SessionState): number | null {
  return closesAt(state);
}

function join(state: SessionState, event: Extract<SessionEvent, { type: 'join' }>, now: number): ReduceResult {
  if (state.phase === 'podium') return fail('GAME_OVER');
  if (state.locked) return fail('ROOM_LOCKED');
  // The pattern comes before anything about the nickname, so a stranger without it learns nothing.
  if (state.joinPattern) {
    if (!event.pattern) return fail('PATTERN_REQUIRED');
    if (!patternMatches(state.joinPattern, event.pattern)) return fail('WRONG_PATTERN');
  }
  if (state.participants.get(event.playerId)) return fail('BAD_REQUEST');
  // Only the host's words: the built-in list is checked by the server before the event, so
  // that editing it later cannot make a replay drop a player who was let in.
  if (blockedWordIn(event.nickname, state.blockedWords)) return fail('NICKNAME_BLOCKED');
  const key = nicknameKey(event.nickname);
  const taken = activeNicknameKeys(state);
  if (taken.has(key)) return fail('NICKNAME_TAKEN');
  const participant: Participant = {
    id: event.playerId,
    nickname: event.nickname,
    locale: event.locale,
    secretHash: event.secretHash,
    joinedAt: now,
    removed: false,
    extraTimeMs: 0,
    score: 0,
    streak: 0,
  };
  const next = { ...withParticipant(state, participant), joinOrder: state.joinOrder.append(participant.id) };
  // The roster caches follow the join instead of being rebuilt from every player (a class of
  // 5,000 joining rebuilt them 5,000 times), and append rather than copy.
  nicknameKeysByRoster.set(next.participants, { joinOrder: next.joinOrder, keys: taken.with(key, true) });
  const before = active(state);
  activeByRoster.set(next.participants, { joinOrder: next.joinOrder, players: before.players.append(participant), maxExtraMs: before.maxExtraMs });
  return ok(next);
}

/** Folded nicknames of the active players, once per roster (a join checked every player's before). */
const nicknameKeysByRoster = new WeakMap<IdBook<Participant>, { joinOrder: AppendList<string>; keys: IdBook<true> }>();

function activeNicknameKeys(state: SessionState): IdBook<true> {
  let k = nicknameKeysByRoster.get(state.participants);
  if (!k || k.joinOrder !== state.joinOrder) {
    k = { joinOrder: state.joinOrder, keys: IdBook.from(activeParticipants(state).map((p) => [nicknameKey(p.nickname), true as const])) };
    nicknameKeysByRoster.set(state.participants, k);
  }
  return k.keys;
}

function answer(state: SessionState, event: Extract<SessionEvent, { type: 'answer' }>, ctx: ReduceContext): ReduceResult {
  const p = state.participants.get(event.playerId);
  if (!p) return fail('UNKNOWN_PLAYER');
  if (p.removed) return fail('PLAYER_REMOVED');
  if (state.phase === 'podium') return fail('GAME_OVER');
  if (event.questionIndex !== state.questionIndex) return fail('WRONG_QUESTION');
  if (state.phase === 'reveal' || state.phase === 'leaderboard') return fail('TOO_LATE');
  if (state.phase !== 'question') return fail('WRONG_PHASE');
  if (state.pausedAt !== null) return fail('PAUSED');
  const run = state.runs[state.questionIndex]!;
  if (run.answers.has(p.id)) return fail('ALREADY_ANSWERED');
  if (ctx.now > playerDeadline(state, p.id)!) return fail('TOO_LATE');
  const question = ctx.quiz.questions[state.questionIndex]!;
  if (!isWellFormed(question, event.answer)) return fail('INVALID_ANSWER');
  const record: AnswerRecord = {
    answer: event.answer,
    receivedAt: ctx.now,
    elapsedMs: Math.max(0, ctx.now - run.startedAt - run.pausedMs),
    correct: null,
    share: null,
    points: null,
  };
  const next = withRun(state, state.questionIndex, { ...run, answers: run.answers.with(p.id, record) });
  return ok(closeIfEveryoneAnswered(next, ctx));
}

function host(state: SessionState, command: HostCommand, ctx: ReduceContext): ReduceResult {
  const { now } = ctx;
  if (state.phase === 'podium' && command.action !== 'lock' && command.action !== 'unlock') return fail('GAME_OVER');
  switch (command.action) {
    case 'start':
      if (state.phase !== 'lobby') return fail('WRONG_PHASE');
      if (activeCount(state) === 0) return fail('NO_PLAYERS');
      return ok(startQuestion(state, 0, ctx));
    case 'next':
      switch (state.phase) {
        case 'lobby':
          return fail('WRONG_PHASE');
        case 'question':
          return ok(close(state, ctx));
        case 'reveal':
          return ok({ ...state, phase: 'leaderboard' });
        case 'leaderboard':
          return ok(advance(state, ctx));
      }
      return fail('WRONG_PHASE');
    case 'pause': {
      if (state.phase !== 'question' || state.pausedAt !== null || state.deadline === null) return fail('WRONG_PHASE');
      return ok({ ...state, pausedAt: now, pausedRemainingMs: state.deadline - now, deadline: null });
    }
    case 'resume': {
      if (state.phase !== 'question' || state.pausedAt === null) return fail('WRONG_PHASE');
      const run = state.runs[state.questionIndex]!;
      const resumed = withRun(state, state.questionIndex, { ...run, pausedMs: run.pausedMs + (now - state.pausedAt) });
      return ok({ ...resumed, deadline: now + (state.pausedRemainingMs ?? 0), pausedAt: null, pausedRemainingMs: null });
    }
    case 'extend': {
      if (state.phase !== 'question') return fail('WRONG_PHASE');
      // Extra seconds count from now when the base time has already run out, and the time
      // used for speed scoring grows by exactly what the deadline moved.
      const ms = command.seconds * 1000;
      const run = state.runs[state.questionIndex]!;
      const remaining = state.pausedAt !== null ? (state.pausedRemainingMs ?? 0) : state.deadline! - now;
      const added = Math.max(remaining, 0) + ms - remaining;
      const extended = withRun(state, state.questionIndex, { ...run, allowedMs: run.allowedMs + added });
      return ok(
        state.pausedAt !== null
          ? { ...extended, pausedRemainingMs: remaining + added }
          : { ...extended, deadline: state.deadline! + added },
      );
    }
    case 'skip': {
      if (state.phase !== 'question') return fail('WRONG_PHASE');
      const run = state.runs[state.questionIndex]!;
      const skipped = withRun(state, state.questionIndex, { ...run, skipped: true, closedAt: now });
      return ok(advance({ ...skipped, deadline: null, pausedAt: null, pausedRemainingMs: null }, ctx));
    }
    case 'end': {
      // A question still running when the host ends the game is dropped, not scored.
      let ended = state;
      if (state.phase === 'question') {
        const run = state.runs[state.questionIndex]!;
        ended = withRun(state, state.questionIndex, { ...run, skipped: true, closedAt: now });
      }
      return ok(toPodium(ended, now));
    }
    case 'lock':
      return ok({ ...state, locked: true });
    case 'unlock':
      return ok({ ...state, locked: false });
    case 'remove': {
      const p = state.participants.get(command.playerId);
      if (!p) return fail('UNKNOWN_PLAYER');
      if (p.removed) return ok(state);
      return ok(closeIfEveryoneAnswered(withParticipant(state, { ...p, removed: true }), ctx));
    }
    case 'extraTime': {
      const p = state.participants.get(command.playerId);
      if (!p) return fail('UNKNOWN_PLAYER');
      return ok(withParticipant(state, { ...p, extraTimeMs: command.seconds * 1000 }));
    }
    case 'scoring':
      return ok({ ...state, scoring: command.mode });
    case 'twoStep':
      if (!command.on) return ok({ ...state, joinPattern: null });
      if (!isJoinPattern(command.pattern)) return fail('BAD_REQUEST');
      return ok({ ...state, joinPattern: [...command.pattern] });
    case 'blockWords': {
      // Folded like nicknames; a word too short to fold into anything useful is refused.
      const keys = command.words.map(blockedWordKey);
      if (keys.length === 0 || keys.some((w) => [...w].length < BLOCKED_WORD_MIN)) return fail('BAD_REQUEST');
      const blockedWords = [...new Set([...state.blockedWords, ...keys])];
      if (blockedWords.length > BLOCKED_WORDS_MAX) return fail('BAD_REQUEST');
      return ok(blockedWords.length === state.blockedWords.length ? state : { ...state, blockedWords });
    }
    case 'unblockWord': {
      const word = blockedWordKey(command.word);
      return ok(state.blockedWords.includes(word) ? { ...state, blockedWords: state.blockedWords.filter((w) => w !== word) } : state);
    }
  }
}

function startQuestion(state: SessionState, index: number, ctx: ReduceContext): SessionState {
  const limitMs = ctx.quiz.questions[index]!.timeLimitSec * 1000;
  const runs = state.runs.slice();
  runs[index] = { startedAt: ctx.now, allowedMs: limitMs, pausedMs: 0, closedAt: null, skipped: false, answers: AnswerBook.empty() };
  return { ...state, phase: 'question', questionIndex: index, deadline: ctx.now + limitMs, pausedAt: null, pausedRemainingMs: null, runs };
}

/** After a leaderboard or a skip: the next question, or the podium after the last. */
function advance(state: SessionState, ctx: ReduceContext): SessionState {
  const nextIndex = state.questionIndex + 1;
  return nextIndex < state.questionCount ? startQuestion(state, nextIndex, ctx) : toPodium(state, ctx.now);
}

function toPodium(state: SessionState, now: number): SessionState {
  return { ...state, phase: 'podium', deadline: null, pausedAt: null, pausedRemainingMs: null, endedAt: now };
}

function closeIfEveryoneAnswered(state: SessionState, ctx: ReduceContext): SessionState {
  if (state.phase !== 'question') return state;
  const run = state.runs[state.questionIndex]!;
  const active = activeParticipants(state);
  // Fewer answers than players: someone has not answered (every answer is an active player's or a removed one's).
  if (active.length === 0 || run.answers.size < active.length) return state;
  return active.every((p) => run.answers.has(p.id)) ? close(state, ctx) : state;
}

/** Ends the current question: scores every active player, then shows the reveal. */
function close(state: SessionState, ctx: ReduceContext): SessionState {
  const question = ctx.quiz.questions[state.questionIndex]!;
  const run = state.runs[state.questionIndex]!;
  const scored = new Map<string, Participant>();
  const gradedRecords = new Map<string, AnswerRecord>();
  for (const p of activeParticipants(state)) {
    const record = run.answers.get(p.id);
    // A poll has no right answer: nobody scores, streaks stand.
    if (question.type === 'poll') continue;
    const graded = record ? grade(question, record.answer) : null;
    const correct = graded?.correct ?? false;
    const { points, streak } = scoreAnswer({
      mode: state.scoring,
      share: graded?.share ?? 0,
      correct,
      elapsedMs: record?.elapsedMs ?? run.allowedMs,
      allowedMs: run.allowedMs + p.extraTimeMs,
      streakBefore: p.streak,
    });
    scored.set(p.id, { ...p, score: p.score + points, streak });
    if (record) gradedRecords.set(p.id, { ...record, correct, share: graded?.share ?? 0, points });
  }
  const participants = state.participants.map((p, id) => scored.get(id) ?? p);
  const answers = gradedRecords.size ? run.answers.map((record, id) => gradedRecords.get(id) ?? record) : run.answers;
  const runs = state.runs.slice();
  runs[state.questionIndex] = { ...run, answers, closedAt: ctx.now };
  return { ...state, participants, runs, phase: 'reveal', deadline: null, pausedAt: null, pausedRemainingMs: null };
}

function withParticipant(state: SessionState, participant: Participant): SessionState {
  // A bucketed book: a join copies one bucket of the roster, not every participant (an
  // object spread of 2,000 players took ~0.5 ms per join, seconds in a 5,000-player storm).
  return { ...state, participants: state.participants.with(participant.id, participant) };
}

function withRun(state: SessionState, index: number, run: QuestionRun): SessionState {
  const runs = state.runs.slice();
  runs[index] = run;
  return { ...state, runs };
}
