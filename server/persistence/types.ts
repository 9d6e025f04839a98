import type { SessionEvent } from '../../lib/quiz/machine';
import type { ScoringMode } from '../../lib/quiz/scoring';
import type { Answer, Locale, Topic } from '../../lib/quiz/types';

export type SessionStatus = 'live' | 'ended';

/** A live session as created; its progress lives in its event log. */
export interface SessionRecord {
  id: string;
  /** The join code players type; unique. */
  code: string;
  quizId: string;
  /** The questions played, in order; null for sessions stored before this was recorded. */
  questionIds: string[] | null;
  /** sha-256 (hex) of the host secret. */
  hostSecretHash: string;
  hostLocale: Locale;
  scoring: ScoringMode;
  /** epoch ms */
  createdAt: number;
  status: SessionStatus;
}

/** One accepted state-machine event, with the server time it was applied at. */
export interface StoredEvent {
  seq: number;
  at: number;
  event: SessionEvent;
}

/** Storage for live sessions. Every method resolves only once the write is durable. */
export interface SessionRepository {
  /** Rejects with DuplicateCodeError when the code is taken. */
  create(record: SessionRecord): Promise<void>;
  findByCode(code: string): Promise<SessionRecord | undefined>;
  /**
   * Appends events numbered `seq` (1, 2, 3... per session), all or none (one statement).
   * Rejects with StaleSessionError if one of those seqs already exists.
   */
  appendEvents(sessionId: string, stored: readonly StoredEvent[]): Promise<void>;
  /** Every event of a session, by seq ascending. */
  listEvents(sessionId: string): Promise<StoredEvent[]>;
  setStatus(sessionId: string, status: SessionStatus): Promise<void>;
  /** Sessions not yet ended, to resume their timers after a restart. */
  listLive(): Promise<SessionRecord[]>;
}

/** One stored row of a board: an accepted update, or a snapshot merging all rows before it. */
export interface StoredBoardUpdate {
  seq: number;
  at: number;
  update: Uint8Array;
  snapshot: boolean;
}

/** Storage for shared boards, keyed by room (session code) and diagram. Writes are durable on resolve. */
export interface BoardRepository {
  /** Every row of a board by seq ascending: at most one snapshot (first), then updates. */
  load(room: string, diagram: string): Promise<StoredBoardUpdate[]>;
  /** Appends update number `seq`; rejects if that seq already exists. */
  append(room: string, diagram: string, row: { seq: number; at: number; update: Uint8Array }): Promise<void>;
  /**
   * In one transaction, replaces every row with seq <= throughSeq by one snapshot row at
   * throughSeq holding `snapshot` (all of them merged).
   */
  compact(room: string, diagram: string, throughSeq: number, snapshot: Uint8Array, at: number): Promise<void>;
}

/** A cohort space as stored. */
export interface CohortRecord {
  id: string;
  name: string;
  locale: Locale;
  deadline: number | null;
  topics: Topic[];
  quizId: string | null;
  questionIds: string[];
  cardIds: string[];
  inviteCode: string;
  facilitatorSecretHash: string;
  createdAt: number;
  closedAt: number | null;
}

export interface CohortMemberRecord {
  id: string;
  cohortId: string;
  name: string;
  /** The name folded for comparison; unique within the space. */
  nameKey: string;
  locale: Locale;
  resumeCode: string;
  joinedAt: number;
  lastActiveAt: number;
  seenReplyIds: string[];
}

export interface CohortCardRow {
  memberId: string;
  cardId: string;
  at: number;
}

export interface CohortAnswerRow {
  memberId: string;
  questionId: string;
  answer: Answer;
  share: number | null;
  correct: boolean | null;
  at: number;
}

export interface CohortRoundRow {
  sessionCode: string;
  startedAt: number;
}

/** Storage for cohort spaces. Every write resolves only once durable. */
export interface CohortRepository {
  /** Rejects with DuplicateCodeError when the invite code is taken. */
  create(record: CohortRecord): Promise<void>;
  find(id: string): Promise<CohortRecord | undefined>;
  findByInvite(inviteCode: string): Promise<CohortRecord | undefined>;
  /** Adds a member with their first device secret. Rejects with DuplicateNameError or DuplicateCodeError (resume code). */
  addMember(member: CohortMemberRecord, secretHash: string): Promise<void>;
  addDevice(memberId: string, secretHash: string, at: number): Promise<void>;
  memberBySecret(cohortId: string, secretHash: string): Promise<CohortMemberRecord | undefined>;
  memberByResumeCode(resumeCode: string): Promise<CohortMemberRecord | undefined>;
  members(cohortId: string): Promise<CohortMemberRecord[]>;
  /** Records a card read (a second read keeps the first time). */
  markCard(memberId: string, cardId: string, at: number): Promise<void>;
  /** Rejects with DuplicateAnswerError when the member already answered that question. */
  recordAnswer(row: CohortAnswerRow): Promise<void>;
  cards(cohortId: string): Promise<CohortCardRow[]>;
  answers(cohortId: string): Promise<CohortAnswerRow[]>;
  touch(memberId: string, at: number): Promise<void>;
  setSeenReplies(memberId: string, replyIds: string[]): Promise<void>;
  addRound(cohortId: string, round: CohortRoundRow): Promise<void>;
  rounds(cohortId: string): Promise<CohortRoundRow[]>;
  close(cohortId: string, at: number): Promise<void>;
  /** Deletes the space, everything it owns, its boards and its live rounds' sessions, in one transaction. */
  delete(cohortId: string): Promise<void>;
}

export interface Storage {
  dialect: 'sqlite' | 'postgres';
  sessions: SessionRepository;
  boards: BoardRepository;
  cohorts: CohortRepository;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An event's sequence number is taken: another node wrote to this session (it took the
 * session over while this node still ran it). What this node holds is stale.
 */
export class StaleSessionError extends Error {
  constructor(sessionId: string, seq: number) {
    super(`session ${sessionId} already has an event ${seq}`);
    this.name = 'StaleSessionError';
  }
}

export class DuplicateCodeError extends Error {
  constructor(code: string) {
    super(`session code ${code} is taken`);
    this.name = 'DuplicateCodeError';
  }
}

export class DuplicateNameError extends Error {
  constructor(name: string) {
    super(`the name ${name} is taken in this space`);
    this.name = 'DuplicateNameError';
  }
}

export class DuplicateAnswerError extends Error {
  constructor(questionId: string) {
    super(`question ${questionId} is already answered`);
    this.name = 'DuplicateAnswerError';
  }
}
