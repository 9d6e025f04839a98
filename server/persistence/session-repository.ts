import type { Kysely, Selectable } from 'kysely';
import type { SessionEvent } from '../../lib/quiz/machine';
import { SESSION_CODE_UNIQUE } from './migrations';
import type { DatabaseSchema, SessionEventsTable, SessionsTable } from './schema';
import { DuplicateCodeError, StaleSessionError, type SessionRecord, type SessionRepository, type StoredEvent } from './types';

/**
 * The SessionRepository over either dialect. Each method is a single autocommit statement,
 * so it resolves only after the database has committed the write.
 */
export function createSessionRepository(db: Kysely<DatabaseSchema>): SessionRepository {
  return {
    async create(record) {
      try {
        await db
          .insertInto('sessions')
          .values({
            id: record.id,
            code: record.code,
            quiz_id: record.quizId,
            question_ids: record.questionIds ? JSON.stringify(record.questionIds) : null,
            host_secret_hash: record.hostSecretHash,
            host_locale: record.hostLocale,
            scoring: record.scoring,
            created_at: record.createdAt,
            status: record.status,
            updated_at: record.createdAt,
          })
          .execute();
      } catch (error) {
        if (isCodeTaken(error)) throw new DuplicateCodeError(record.code);
        throw error;
      }
    },

    async findByCode(code) {
      const row = await db.selectFrom('sessions').selectAll().where('code', '=', code).executeTakeFirst();
      return row && toRecord(row);
    },

    async appendEvents(sessionId, stored) {
      if (stored.length === 0) return;
      // The (session_id, seq) primary key is what refuses a second event with the same seq;
      // one multi-row insert is one statement, so a batch is stored whole or not at all.
      try {
        await db
          .insertInto('session_events')
          .values(
            stored.map((s) => ({
              session_id: sessionId,
              seq: s.seq,
              at: s.at,
              type: s.event.type,
              payload: JSON.stringify(s.event),
            })),
          )
          .execute();
      } catch (error) {
        if (isSeqTaken(error)) throw new StaleSessionError(sessionId, stored[0]!.seq);
        throw error;
      }
    },

    async listEvents(sessionId) {
      const rows = await db
        .selectFrom('session_events')
        .selectAll()
        .where('session_id', '=', sessionId)
        .orderBy('seq', 'asc')
        .execute();
      return rows.map(toStoredEvent);
    },

    async setStatus(sessionId, status) {
      const result = await db
        .updateTable('sessions')
        .set({ status, updated_at: Date.now() })
        .where('id', '=', sessionId)
        .executeTakeFirst();
      // A silent no-op here would hide a caller bug (e.g. ending a session that was never stored).
      if (result.numUpdatedRows === 0n) throw new Error(`no session with id ${sessionId}`);
    },

    async listLive() {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('status', '=', 'live')
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
      return rows.map(toRecord);
    },
  };
}

function toRecord(row: Selectable<SessionsTable>): SessionRecord {
  return {
    id: row.id,
    code: row.code,
    quizId: row.quiz_id,
    questionIds: row.question_ids ? (JSON.parse(row.question_ids) as string[]) : null,
    hostSecretHash: row.host_secret_hash,
    hostLocale: row.host_locale,
    scoring: row.scoring,
    createdAt: Number(row.created_at),
    status: row.status,
  };
}

function toStoredEvent(row: Selectable<SessionEventsTable>): StoredEvent {
  return { seq: row.seq, at: Number(row.at), event: JSON.parse(row.payload) as SessionEvent };
}

/**
 * True when the error is a unique violation on the join code, as opposed to any other
 * constraint (a repeated id is a bug, not a code collision the caller should retry).
 */
function isCodeTaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  // PostgreSQL: unique_violation, naming the constraint the migration declared.
  if (e.code === '23505') return e.constraint === SESSION_CODE_UNIQUE;
  // SQLite names columns rather than constraints: "UNIQUE constraint failed: sessions.code".
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE') return typeof e.message === 'string' && e.message.includes('sessions.code');
  return false;
}

/** True when the error is the (session_id, seq) primary key refusing a second event. */
function isSeqTaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code === '23505') return e.constraint === 'session_events_pk';
  return e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' && typeof e.message === 'string' && e.message.includes('session_events.');
}
