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

/** Every table Kysely may query, by name. */
export interface DatabaseSchema {
  sessions: SessionsTable;
  session_events: SessionEventsTable;
  board_updates: BoardUpdatesTable;
}
