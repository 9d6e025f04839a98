import { PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/*
 * Forward-only migrations, shared by SQLite and PostgreSQL. Only Kysely's schema builder is
 * used (no raw SQL), so each step compiles to valid DDL for both dialects.
 *
 * Rules: never edit or reorder a migration once it has shipped, add a new numbered one
 * instead. The Migrator applies them in name order, hence the zero-padded prefix.
 *
 * Migrations take `Kysely<any>` on purpose: they describe the schema as it was at their
 * own point in history, not as `DatabaseSchema` describes it today.
 */

/** Constraint name checked by the repository to tell a taken code from other violations. */
export const SESSION_CODE_UNIQUE = 'sessions_code_unique';

/** Constraint names the cohort repository checks to tell a taken name from other violations. */
export const COHORT_MEMBER_NAME_UNIQUE = 'cohort_members_name_unique';
export const COHORT_INVITE_UNIQUE = 'cohorts_invite_code_unique';
export const COHORT_RESUME_UNIQUE = 'cohort_members_resume_code_unique';

/** All migrations, keyed by name, in the order they apply. */
export const migrations: Record<string, Migration> = {
  '0001_sessions': {
    async up(db: Kysely<any>) {
      // NOT NULL on primary-key columns is explicit because SQLite, unlike PostgreSQL,
      // lets a text primary key hold NULL otherwise.
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('quiz_id', 'text', (c) => c.notNull())
        .addColumn('host_secret_hash', 'text', (c) => c.notNull())
        .addColumn('host_locale', 'text', (c) => c.notNull())
        .addColumn('scoring', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint(SESSION_CODE_UNIQUE, ['code'])
        .execute();

      await db.schema.createIndex('sessions_status_idx').on('sessions').column('status').execute();

      await db.schema
        .createTable('session_events')
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('session_events_pk', ['session_id', 'seq'])
        .execute();
    },
  },
  '0002_session_questions': {
    async up(db: Kysely<any>) {
      // The questions a session plays (JSON array of question ids), chosen when it is
      // created: a preset quiz, a topic of the bank, or a hand-picked set. Null on rows
      // from before, which play their preset quiz whole.
      await db.schema.alterTable('sessions').addColumn('question_ids', 'text').execute();
    },
  },
  '0003_board_updates': {
    async up(db: Kysely<any>) {
      // One row per accepted Yjs update of a shared board (room code + diagram), in order.
      // A row with snapshot = 1 holds every update up to its seq merged (compaction); the
      // rows it replaced are deleted in the same transaction. Binary has no common name:
      // blob in SQLite, bytea in PostgreSQL (the only dialect-specific step so far).
      const binary = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;
      await db.schema
        .createTable('board_updates')
        .addColumn('room', 'text', (c) => c.notNull())
        .addColumn('diagram', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('update', binary, (c) => c.notNull())
        .addColumn('snapshot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('board_updates_pk', ['room', 'diagram', 'seq'])
        .execute();
    },
  },
  '0004_cohorts': {
    async up(db: Kysely<any>) {
      // Cohort spaces. Everything a space owns hangs off `cohorts` with ON DELETE CASCADE,
      // so deleting the space row removes its members, their devices, card reads, answers
      // and live rounds; its boards (board_updates, keyed by invite code) and the sessions
      // of its live rounds are deleted by the repository in the same transaction.
      await db.schema
        .createTable('cohorts')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('deadline', 'bigint')
        .addColumn('topics', 'text', (c) => c.notNull())
        .addColumn('quiz_id', 'text')
        .addColumn('question_ids', 'text', (c) => c.notNull())
        .addColumn('card_ids', 'text', (c) => c.notNull())
        .addColumn('invite_code', 'text', (c) => c.notNull())
        .addColumn('facilitator_secret_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('closed_at', 'bigint')
        .addUniqueConstraint(COHORT_INVITE_UNIQUE, ['invite_code'])
        .execute();

      await db.schema
        .createTable('cohort_members')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        // The name folded for comparison (lib/quiz/nickname.ts), unique within the space.
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        // Shown to its member on every device, so kept as it is; it only lets a device
        // obtain a device secret of its own (cohort_member_devices).
        .addColumn('resume_code', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addColumn('last_active_at', 'bigint', (c) => c.notNull())
        // JSON array of reply ids the member marked as seen.
        .addColumn('seen_reply_ids', 'text', (c) => c.notNull())
        .addUniqueConstraint(COHORT_MEMBER_NAME_UNIQUE, ['cohort_id', 'name_key'])
        .addUniqueConstraint(COHORT_RESUME_UNIQUE, ['resume_code'])
        .execute();

      // One secret per device a member uses (sha-256); any of them opens the member's space.
      await db.schema
        .createTable('cohort_member_devices')
        .addColumn('secret_hash', 'text', (c) => c.primaryKey().notNull())
        .addColumn('member_id', 'text', (c) => c.notNull().references('cohort_members.id').onDelete('cascade'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('cohort_cards')
        .addColumn('member_id', 'text', (c) => c.notNull().references('cohort_members.id').onDelete('cascade'))
        .addColumn('card_id', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('cohort_cards_pk', ['member_id', 'card_id'])
        .execute();

      // A member's one answer per question of the space's quiz, graded when stored.
      await db.schema
        .createTable('cohort_answers')
        .addColumn('member_id', 'text', (c) => c.notNull().references('cohort_members.id').onDelete('cascade'))
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('share', 'real')
        .addColumn('correct', 'integer')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('cohort_answers_pk', ['member_id', 'question_id'])
        .execute();

      await db.schema
        .createTable('cohort_rounds')
        .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
        .addColumn('session_code', 'text', (c) => c.notNull())
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('cohort_rounds_pk', ['cohort_id', 'session_code'])
        .execute();
      await db.schema.createIndex('cohort_members_cohort_idx').on('cohort_members').column('cohort_id').execute();
    },
  },
};

/** Serves `migrations` to Kysely's Migrator, so no migration files are read from disk. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
