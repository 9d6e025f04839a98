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

export interface Storage {
  dialect: 'sqlite' | 'postgres';
  sessions: SessionRepository;
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
