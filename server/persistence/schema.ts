import type { ColumnType } from 'kysely';
import type { ScoringMode } from '../../lib/quiz/scoring';
import type { Locale } from '../../lib/quiz/types';
import type { SessionStatus } from './types';

/**
 * A `bigint` column: pg hands int8 back as a string (it may not fit a JS number), while
 * better-sqlite3 hands back a number. Writes always take a number; the repository converts
 * reads with `Number()`, which is exact for epoch milliseconds.
 */
type Int8 = ColumnType<number | string, number, number>;

/** Row shape of `sessions`, as migrations create it. */
export interface SessionsTable {
  id: string;
  code: string;
  quiz_id: string;
  /** JSON array of question ids; null on rows older than migration 0002. */
  question_ids: string | null;
  host_secret_hash: string;
  host_locale: Locale;
  scoring: ScoringMode;
  created_at: Int8;
  status: SessionStatus;
  updated_at: Int8;
}

/** Row shape of `session_events`: one accepted state-machine event. */
export interface SessionEventsTable {
  session_id: string;
  seq: number;
  at: Int8;
  /** The event's `type`, duplicated out of the payload so it can be queried. */
  type: string;
  /** JSON of the SessionEvent. */
  payload: string;
}

/** Row shape of `board_updates`: one accepted Yjs update of a board, or a merged snapshot. */
export interface BoardUpdatesTable {
  /** The session code of the room. */
  room: string;
  diagram: string;
  seq: number;
  /** Yjs update bytes: blob in SQLite, bytea in PostgreSQL, a Buffer on both sides. */
  update: Buffer;
  /** 1 when this row merges every earlier row of the board (compaction), else 0. */
  snapshot: ColumnType<number, number | undefined, number>;
  at: Int8;
}

/** Row shape of `cohorts`: one cohort space. JSON columns hold arrays of ids. */
export interface CohortsTable {
  id: string;
  name: string;
  locale: Locale;
  deadline: Int8 | null;
  topics: string;
  quiz_id: string | null;
  question_ids: string;
  card_ids: string;
  invite_code: string;
  facilitator_secret_hash: string;
  created_at: Int8;
  closed_at: Int8 | null;
}

export interface CohortMembersTable {
  id: string;
  cohort_id: string;
  name: string;
  name_key: string;
  locale: Locale;
  resume_code: string;
  joined_at: Int8;
  last_active_at: Int8;
  seen_reply_ids: string;
}

export interface CohortMemberDevicesTable {
  secret_hash: string;
  member_id: string;
  created_at: Int8;
}

export interface CohortCardsTable {
  member_id: string;
  card_id: string;
  at: Int8;
}

export interface CohortAnswersTable {
  member_id: string;
  question_id: string;
  /** JSON of the Answer. */
  answer: string;
  share: number | null;
  /** 1 or 0; null for a poll. */
  correct: number | null;
  at: Int8;
}

export interface CohortRoundsTable {
  cohort_id: string;
  session_code: string;
  started_at: Int8;
}

/** Every table Kysely may query, by name. */
export interface DatabaseSchema {
  sessions: SessionsTable;
  session_events: SessionEventsTable;
  board_updates: BoardUpdatesTable;
  cohorts: CohortsTable;
  cohort_members: CohortMembersTable;
  cohort_member_devices: CohortMemberDevicesTable;
  cohort_cards: CohortCardsTable;
  cohort_answers: CohortAnswersTable;
  cohort_rounds: CohortRoundsTable;
}
