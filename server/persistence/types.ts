import type { SessionEvent } from '../../lib/quiz/machine';
import type { ScoringMode } from '../../lib/quiz/scoring';
import type { Locale } from '../../lib/quiz/types';

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
  /** Appends event number `seq` (1, 2, 3... per session). Rejects if that seq already exists. */
  appendEvent(sessionId: string, stored: StoredEvent): Promise<void>;
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

export interface Storage {
  dialect: 'sqlite' | 'postgres';
  sessions: SessionRepository;
  boards: BoardRepository;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DuplicateCodeError extends Error {
  constructor(code: string) {
    super(`session code ${code} is taken`);
    this.name = 'DuplicateCodeError';
  }
}
