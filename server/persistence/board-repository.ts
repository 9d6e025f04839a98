import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';
import type { BoardRepository } from './types';

/**
 * The BoardRepository over either dialect. Both drivers hand binary columns back as a
 * Buffer (a Uint8Array) and take one in; the copy in `bytes` only drops Buffer's pooling.
 */
export function createBoardRepository(db: Kysely<DatabaseSchema>): BoardRepository {
  return {
    async load(room, diagram) {
      const rows = await db
        .selectFrom('board_updates')
        .select(['seq', 'at', 'update', 'snapshot'])
        .where('room', '=', room)
        .where('diagram', '=', diagram)
        .orderBy('seq', 'asc')
        .execute();
      return rows.map((row) => ({ seq: row.seq, at: Number(row.at), update: bytes(row.update), snapshot: Number(row.snapshot) === 1 }));
    },

    async append(room, diagram, row) {
      await db
        .insertInto('board_updates')
        .values({ room, diagram, seq: row.seq, at: row.at, update: asBuffer(row.update), snapshot: 0 })
        .execute();
    },

    async compact(room, diagram, throughSeq, snapshot, at) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('board_updates').where('room', '=', room).where('diagram', '=', diagram).where('seq', '<=', throughSeq).execute();
        await trx
          .insertInto('board_updates')
          .values({ room, diagram, seq: throughSeq, at, update: asBuffer(snapshot), snapshot: 1 })
          .execute();
      });
    },
  };
}

function asBuffer(update: Uint8Array): Buffer {
  return Buffer.from(update.buffer, update.byteOffset, update.byteLength);
}

function bytes(value: Uint8Array): Uint8Array {
  return new Uint8Array(value);
}
