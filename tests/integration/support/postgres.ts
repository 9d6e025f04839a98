import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { StorageConfig } from '../../../server/persistence/database';

/*
 * PostgreSQL for the integration tests. Each run works in a database of its own, created
 * here and dropped at the end; each place handed out is a schema in it, selected through
 * the connection's search_path. A database per run (not just a schema) because Kysely's
 * Migrator introspects every schema of the database, and a schema another run drops at
 * that moment makes the introspection query fail.
 */

export const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@localhost:5432/test';

/** Why PostgreSQL cannot be used, or undefined when it answers within 2 s. */
export async function postgresUnreachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000, query_timeout: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${url} did not answer within 2 s (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Why the PostgreSQL tests are skipped, or undefined when they run. An explicit
 * DATABASE_URL means PostgreSQL is expected: then an unreachable server fails the tests
 * instead of skipping them.
 */
export async function postgresSkipReason(): Promise<string | undefined> {
  return process.env.DATABASE_URL ? undefined : postgresUnreachable(PG_URL);
}

export interface PostgresPlaces {
  /** Config for a new, empty schema in this run's database. */
  newPlace(): Promise<StorageConfig>;
  /** Drops every schema handed out (or the whole run database) and closes the connections. */
  removePlaces(): Promise<void>;
}

/** Hands out isolated PostgreSQL places for one test file's run. */
export function postgresPlaces(): PostgresPlaces {
  const run = `stackhouse_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let server: pg.Client | undefined;
  let runDb: { url: URL; client: pg.Client; created: boolean } | undefined;
  let schemas = 0;

  async function connect(url: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  }

  async function runDatabase(): Promise<NonNullable<typeof runDb>> {
    if (runDb) return runDb;
    server ??= await connect(PG_URL);
    const url = new URL(PG_URL);
    let created = true;
    try {
      await server.query(`create database "${run}"`);
      url.pathname = `/${run}`;
    } catch (error) {
      // Without CREATEDB, fall back to schemas in the given database: still isolated,
      // only exposed to the race described above when runs overlap.
      if ((error as { code?: string }).code !== '42501') throw error;
      console.warn(`Cannot create a test database (${(error as Error).message}); using schemas in ${url.pathname.slice(1)}.`);
      created = false;
    }
    runDb = { url, client: await connect(url.toString()), created };
    return runDb;
  }

  return {
    async newPlace() {
      const { url, client } = await runDatabase();
      schemas += 1;
      const schema = `${run}_${schemas}`;
      await client.query(`create schema "${schema}"`);
      const placeUrl = new URL(url);
      placeUrl.searchParams.set('options', `-c search_path=${schema}`);
      // dataDir is required by the config but must go unused with PostgreSQL.
      return { databaseUrl: placeUrl.toString(), dataDir: path.join(os.tmpdir(), `${schema}-unused`) };
    },
    async removePlaces() {
      if (runDb) {
        if (!runDb.created) {
          for (let i = 1; i <= schemas; i++) await runDb.client.query(`drop schema if exists "${run}_${i}" cascade`);
        }
        await runDb.client.end();
        if (runDb.created) await server?.query(`drop database if exists "${run}" with (force)`);
      }
      await server?.end();
    },
  };
}
