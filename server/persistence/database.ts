import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Dialect, type SqliteDatabase as KyselySqliteDatabase, type SqliteStatement } from 'kysely';
import { migrationProvider } from './migrations';
import type { DatabaseSchema } from './schema';
import { createBoardRepository } from './board-repository';
import { createCohortRepository } from './cohort-repository';
import { createSessionRepository } from './session-repository';
import type { Storage } from './types';

export interface StorageConfig {
  /** A postgres:// or postgresql:// URL selects PostgreSQL; anything else (or nothing) SQLite. */
  databaseUrl?: string;
  /** Where the SQLite file lives; created if missing. Unused with PostgreSQL. */
  dataDir: string;
  logger?: { info(msg: string): void };
}

const SQLITE_FILE = 'stackhouse.sqlite';
const PG_POOL_MAX = 10;

/**
 * Opens the database the config points at, brings its schema up to date and returns the
 * storage over it. Rejects (and releases the connection) if the database cannot be reached
 * or a migration fails.
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  const url = config.databaseUrl;
  const dialect = isPostgresUrl(url) ? 'postgres' : 'sqlite';
  const db = new Kysely<DatabaseSchema>({
    dialect: isPostgresUrl(url) ? await postgresDialect(url, config.logger) : await sqliteDialect(config.dataDir),
  });
  try {
    await migrate(db, dialect, config.logger);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  config.logger?.info(
    dialect === 'postgres' ? 'storage: PostgreSQL ready' : `storage: SQLite ready at ${path.join(config.dataDir, SQLITE_FILE)}`,
  );

  return {
    dialect,
    sessions: createSessionRepository(db),
    boards: createBoardRepository(db),
    cohorts: createCohortRepository(db),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

// Drivers are imported on demand so a deployment using one database never loads the other
// (better-sqlite3 is a native addon that may not even be built where PostgreSQL is used).

async function postgresDialect(connectionString: string, logger: StorageConfig['logger']): Promise<Dialect> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString, max: PG_POOL_MAX });
  // An idle client losing its connection (server restart, network blip) emits 'error' on
  // the pool; unhandled, that would crash the process. The pool drops the client and the
  // next query opens a new one, so logging is enough. The URL is never logged: it may hold
  // a password.
  pool.on('error', (error) => logger?.info(`storage: idle PostgreSQL connection failed: ${error.message}`));
  // A connection that drops while a query holds it emits 'error' on its client, which the
  // pool only listens to while the client is idle: without a listener of our own that would
  // crash the process. The query itself fails (STORAGE_UNAVAILABLE upstream); log and go on.
  pool.on('connect', (client) => {
    client.on('error', (error) => logger?.info(`storage: PostgreSQL connection lost: ${error.message}`));
  });
  return new PostgresDialect({ pool });
}

async function sqliteDialect(dataDir: string): Promise<Dialect> {
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(path.join(dataDir, SQLITE_FILE));
  try {
    configureSqlite(database);
  } catch (error) {
    database.close();
    throw error;
  }
  return new SqliteDialect({ database: withStatementCache(database) });
}

/** Most distinct statements kept prepared; past it the cache starts over (queries with `in (...)` lists vary). */
const STATEMENT_CACHE_MAX = 256;

/**
 * Kysely's SQLite driver prepares every query anew; an answer burst runs the same insert
 * thousands of times a second, and preparing was a tenth of its storage time (profile in
 * bench/README.md). A statement is only used synchronously (`all` / `run` inside one
 * call), so sharing one between queries is safe.
 */
function withStatementCache(database: SqliteDatabase): KyselySqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_MAX) statements.clear();
        statement = database.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

function configureSqlite(database: SqliteDatabase): void {
  // busy_timeout first: switching to WAL needs a lock another process might briefly hold.
  database.pragma('busy_timeout = 5000');
  // WAL lets readers proceed during a write. With WAL, synchronous = NORMAL keeps every
  // commit safe from a process crash but may lose the last commits on power loss or OS
  // crash; FULL would close that gap at the cost of an fsync per commit.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  // Plain SQLite ignores REFERENCES ... ON DELETE CASCADE unless this is on. better-sqlite3's
  // bundled build defaults it on, but a build against a system SQLite would not.
  database.pragma('foreign_keys = ON');
}

async function migrate(db: Kysely<DatabaseSchema>, dialect: Storage['dialect'], logger: StorageConfig['logger']): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // Kysely looks for its bookkeeping tables in every schema it can see, so with a
    // search_path other than public (one schema per tenant or per test run) it would
    // find another schema's kysely_migration and skip creating ours. Pinning the
    // bookkeeping to the schema our tables go to avoids that.
    migrationTableSchema: dialect === 'postgres' ? await currentSchema(db) : undefined,
  });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === 'Success') logger?.info(`storage: applied migration ${result.migrationName}`);
    if (result.status === 'Error') logger?.info(`storage: migration ${result.migrationName} failed`);
  }
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
}

/** The schema unqualified CREATE TABLEs land in (the first existing one on search_path). */
async function currentSchema(db: Kysely<DatabaseSchema>): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}
