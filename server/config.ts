import path from 'node:path';
import { z } from 'zod';
import type { Limits } from './limits/limits';

/** Server configuration, parsed from the environment once, in server/main.ts. */
export interface Config {
  port: number;
  hostname: string;
  dev: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: 'info' | 'warn' | 'error' | 'silent';
  /** Browser origins allowed to open a socket besides the server's own. */
  allowedOrigins: string[];
  /** Behind a reverse proxy: client addresses come from X-Forwarded-For. */
  trustProxy: boolean;
  /** Limits raised or lowered from their defaults (server/limits/limits.ts); the rest stay. */
  limits: Partial<Limits>;
  /** Several nodes: the Redis they share (REDIS_URL); one node alone when absent. */
  redisUrl: string | undefined;
  /** This node's name among several (NODE_ID); a fresh one per process when absent. */
  nodeId: string | undefined;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).default('info'),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((text) => text.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url())),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false', '']).default('').transform((v) => v === '1' || v === 'true'),
  MAX_PLAYERS_PER_ROOM: z.coerce.number().int().min(1).optional(),
  // A large event (a district, a company all-hands) joins faster than a classroom's defaults.
  JOIN_BURST_PER_ROOM: z.coerce.number().int().min(1).optional(),
  JOINS_PER_SECOND_PER_ROOM: z.coerce.number().positive().optional(),
  JOIN_BURST_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
  JOINS_PER_SECOND_PER_ADDRESS: z.coerce.number().positive().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NODE_ID: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'NODE_ID: letters, digits, . _ - only').optional(),
});

/** Reads the configuration; throws with every problem listed when something is off. */
export function parseConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Bad configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    hostname: e.HOSTNAME,
    dev: e.NODE_ENV === 'development',
    dataDir: path.resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    allowedOrigins: e.ALLOWED_ORIGINS,
    trustProxy: e.TRUST_PROXY,
    limits: definedOnly({
      maxPlayersPerRoom: e.MAX_PLAYERS_PER_ROOM,
      joinsPerRoomBurst: e.JOIN_BURST_PER_ROOM,
      joinsPerRoomPerSecond: e.JOINS_PER_SECOND_PER_ROOM,
      joinsPerAddressBurst: e.JOIN_BURST_PER_ADDRESS,
      joinsPerAddressPerSecond: e.JOINS_PER_SECOND_PER_ADDRESS,
    }),
    redisUrl: e.REDIS_URL,
    nodeId: e.NODE_ID,
  };
}

function definedOnly<T extends object>(values: { [K in keyof T]: T[K] | undefined }): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
