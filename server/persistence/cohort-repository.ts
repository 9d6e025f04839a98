import type { Kysely, Selectable } from 'kysely';
import type { Answer, Locale, Topic } from '../../lib/quiz/types';
import { COHORT_INVITE_UNIQUE, COHORT_MEMBER_NAME_UNIQUE, COHORT_RESUME_UNIQUE } from './migrations';
import type { CohortMembersTable, CohortsTable, DatabaseSchema } from './schema';
import { DuplicateAnswerError, DuplicateCodeError, DuplicateNameError, type CohortMemberRecord, type CohortRecord, type CohortRepository } from './types';

/** The CohortRepository over either dialect; each write is one statement or one transaction. */
export function createCohortRepository(db: Kysely<DatabaseSchema>): CohortRepository {
  const memberIds = (cohortId: string) => db.selectFrom('cohort_members').select('id').where('cohort_id', '=', cohortId);

  return {
    async create(record) {
      try {
        await db
          .insertInto('cohorts')
          .values({
            id: record.id,
            name: record.name,
            locale: record.locale,
            deadline: record.deadline,
            topics: JSON.stringify(record.topics),
            quiz_id: record.quizId,
            question_ids: JSON.stringify(record.questionIds),
            card_ids: JSON.stringify(record.cardIds),
            invite_code: record.inviteCode,
            facilitator_secret_hash: record.facilitatorSecretHash,
            created_at: record.createdAt,
            closed_at: record.closedAt,
          })
          .execute();
      } catch (error) {
        if (violates(error, COHORT_INVITE_UNIQUE, 'cohorts.invite_code')) throw new DuplicateCodeError(record.inviteCode);
        throw error;
      }
    },

    async find(id) {
      const row = await db.selectFrom('cohorts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toCohort(row);
    },

    async findByInvite(inviteCode) {
      const row = await db.selectFrom('cohorts').selectAll().where('invite_code', '=', inviteCode).executeTakeFirst();
      return row && toCohort(row);
    },

    async addMember(member, secretHash) {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('cohort_members')
            .values({
              id: member.id,
              cohort_id: member.cohortId,
              name: member.name,
              name_key: member.nameKey,
              locale: member.locale,
              resume_code: member.resumeCode,
              joined_at: member.joinedAt,
              last_active_at: member.lastActiveAt,
              seen_reply_ids: JSON.stringify(member.seenReplyIds),
            })
            .execute();
          await trx.insertInto('cohort_member_devices').values({ secret_hash: secretHash, member_id: member.id, created_at: member.joinedAt }).execute();
        });
      } catch (error) {
        if (violates(error, COHORT_MEMBER_NAME_UNIQUE, 'cohort_members.cohort_id, cohort_members.name_key')) throw new DuplicateNameError(member.name);
        if (violates(error, COHORT_RESUME_UNIQUE, 'cohort_members.resume_code')) throw new DuplicateCodeError(member.resumeCode);
        throw error;
      }
    },

    async addDevice(memberId, secretHash, at) {
      await db.insertInto('cohort_member_devices').values({ secret_hash: secretHash, member_id: memberId, created_at: at }).execute();
    },

    async memberBySecret(cohortId, secretHash) {
      const row = await db
        .selectFrom('cohort_member_devices')
        .innerJoin('cohort_members', 'cohort_members.id', 'cohort_member_devices.member_id')
        .selectAll('cohort_members')
        .where('cohort_member_devices.secret_hash', '=', secretHash)
        .where('cohort_members.cohort_id', '=', cohortId)
        .executeTakeFirst();
      return row && toMember(row);
    },

    async memberByResumeCode(resumeCode) {
      const row = await db.selectFrom('cohort_members').selectAll().where('resume_code', '=', resumeCode).executeTakeFirst();
      return row && toMember(row);
    },

    async members(cohortId) {
      const rows = await db.selectFrom('cohort_members').selectAll().where('cohort_id', '=', cohortId).orderBy('joined_at', 'asc').orderBy('id', 'asc').execute();
      return rows.map(toMember);
    },

    async markCard(memberId, cardId, at) {
      await db
        .insertInto('cohort_cards')
        .values({ member_id: memberId, card_id: cardId, at })
        .onConflict((oc) => oc.columns(['member_id', 'card_id']).doNothing())
        .execute();
    },

    async recordAnswer(row) {
      try {
        await db
          .insertInto('cohort_answers')
          .values({
            member_id: row.memberId,
            question_id: row.questionId,
            answer: JSON.stringify(row.answer),
            share: row.share,
            correct: row.correct === null ? null : row.correct ? 1 : 0,
            at: row.at,
          })
          .execute();
      } catch (error) {
        if (violates(error, 'cohort_answers_pk', 'cohort_answers.member_id, cohort_answers.question_id')) throw new DuplicateAnswerError(row.questionId);
        throw error;
      }
    },

    async cards(cohortId) {
      const rows = await db.selectFrom('cohort_cards').selectAll().where('member_id', 'in', memberIds(cohortId)).orderBy('at', 'asc').execute();
      return rows.map((r) => ({ memberId: r.member_id, cardId: r.card_id, at: Number(r.at) }));
    },

    async answers(cohortId) {
      const rows = await db.selectFrom('cohort_answers').selectAll().where('member_id', 'in', memberIds(cohortId)).orderBy('at', 'asc').execute();
      return rows.map((r) => ({
        memberId: r.member_id,
        questionId: r.question_id,
        answer: JSON.parse(r.answer) as Answer,
        share: r.share === null ? null : Number(r.share),
        correct: r.correct === null ? null : Number(r.correct) === 1,
        at: Number(r.at),
      }));
    },

    async touch(memberId, at) {
      await db.updateTable('cohort_members').set({ last_active_at: at }).where('id', '=', memberId).execute();
    },

    async setSeenReplies(memberId, replyIds) {
      await db.updateTable('cohort_members').set({ seen_reply_ids: JSON.stringify(replyIds) }).where('id', '=', memberId).execute();
    },

    async addRound(cohortId, round) {
      await db.insertInto('cohort_rounds').values({ cohort_id: cohortId, session_code: round.sessionCode, started_at: round.startedAt }).execute();
    },

    async rounds(cohortId) {
      const rows = await db.selectFrom('cohort_rounds').selectAll().where('cohort_id', '=', cohortId).orderBy('started_at', 'asc').execute();
      return rows.map((r) => ({ sessionCode: r.session_code, startedAt: Number(r.started_at) }));
    },

    async close(cohortId, at) {
      await db.updateTable('cohorts').set({ closed_at: at }).where('id', '=', cohortId).where('closed_at', 'is', null).execute();
    },

    async delete(cohortId) {
      await db.transaction().execute(async (trx) => {
        const cohort = await trx.selectFrom('cohorts').select('invite_code').where('id', '=', cohortId).executeTakeFirst();
        if (!cohort) return;
        const codes = (await trx.selectFrom('cohort_rounds').select('session_code').where('cohort_id', '=', cohortId).execute()).map((r) => r.session_code);
        if (codes.length > 0) {
          // The live rounds' sessions hold members' nicknames and answers: they go too.
          const sessions = trx.selectFrom('sessions').select('id').where('code', 'in', codes);
          await trx.deleteFrom('session_events').where('session_id', 'in', sessions).execute();
          await trx.deleteFrom('sessions').where('code', 'in', codes).execute();
          await trx.deleteFrom('board_updates').where('room', 'in', codes).execute();
        }
        await trx.deleteFrom('board_updates').where('room', '=', cohort.invite_code).execute();
        // Children first: a build of SQLite without foreign keys on would not cascade.
        const members = trx.selectFrom('cohort_members').select('id').where('cohort_id', '=', cohortId);
        await trx.deleteFrom('cohort_cards').where('member_id', 'in', members).execute();
        await trx.deleteFrom('cohort_answers').where('member_id', 'in', members).execute();
        await trx.deleteFrom('cohort_member_devices').where('member_id', 'in', members).execute();
        await trx.deleteFrom('cohort_members').where('cohort_id', '=', cohortId).execute();
        await trx.deleteFrom('cohort_rounds').where('cohort_id', '=', cohortId).execute();
        await trx.deleteFrom('cohorts').where('id', '=', cohortId).execute();
      });
    },
  };
}

function toCohort(row: Selectable<CohortsTable>): CohortRecord {
  return {
    id: row.id,
    name: row.name,
    locale: row.locale as Locale,
    deadline: row.deadline === null ? null : Number(row.deadline),
    topics: JSON.parse(row.topics) as Topic[],
    quizId: row.quiz_id,
    questionIds: JSON.parse(row.question_ids) as string[],
    cardIds: JSON.parse(row.card_ids) as string[],
    inviteCode: row.invite_code,
    facilitatorSecretHash: row.facilitator_secret_hash,
    createdAt: Number(row.created_at),
    closedAt: row.closed_at === null ? null : Number(row.closed_at),
  };
}

function toMember(row: Selectable<CohortMembersTable>): CohortMemberRecord {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    name: row.name,
    nameKey: row.name_key,
    locale: row.locale as Locale,
    resumeCode: row.resume_code,
    joinedAt: Number(row.joined_at),
    lastActiveAt: Number(row.last_active_at),
    seenReplyIds: JSON.parse(row.seen_reply_ids) as string[],
  };
}

/**
 * Whether a write failed on one unique or primary key: PostgreSQL names the constraint,
 * SQLite the columns ("UNIQUE constraint failed: cohorts.invite_code").
 */
function violates(error: unknown, constraint: string, sqliteColumns: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code === '23505') return e.constraint === constraint;
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return typeof e.message === 'string' && e.message.includes(sqliteColumns);
  return false;
}
