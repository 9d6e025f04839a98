import { z } from 'zod';
import { DIAGRAM_IDS, type DiagramId } from '../diagram/ids';
import { JOIN_SYMBOLS, PATTERN_LENGTH } from '../quiz/join-pattern';
import { LOCALES, SORT_BINS, TOPICS } from '../quiz/types';

/**
 * A zod schema for every client-to-server payload. The server runs each incoming message
 * through its schema before any handler sees it; types alone are not validation.
 */
/** A live session's code, as the server makes them. */
export const SESSION_CODE = /^[A-Z0-9]{6}$/;
const code = z.string().trim().toUpperCase().regex(SESSION_CODE);
/** A cohort space's invitation code: 8 characters, so it never collides with a session's 6. */
const inviteCode = z
  .string()
  .max(40)
  .trim()
  .toUpperCase()
  .transform((text) => text.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9]{8}$/));
/** The room of a shared board: a live session's code or a cohort space's invitation code. */
const boardCode = z.union([code, inviteCode]);
const secret = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);
const locale = z.enum(LOCALES);
const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
/** Raw nickname; normalised and checked again by the server (lib/quiz/nickname.ts). */
const nickname = z.string().min(1).max(200);
/** The two-step join's symbols, as the player tapped them. */
const joinPattern = z.array(z.enum(JOIN_SYMBOLS)).length(PATTERN_LENGTH);
/** A word the host blocks in nicknames; folded and checked again by the state machine. */
const blockedWord = z.string().trim().min(1).max(24);

const unit = z.number().min(0).max(1);
const diagramId = z.enum(DIAGRAM_IDS as [DiagramId, ...DiagramId[]]);
/**
 * Base64 bytes. The cap is the transport's (16 KB frames); the decoded size limits of board
 * and awareness updates are checked by the handlers, so an oversize update gets its own code.
 */
const base64 = z
  .string()
  .max(16 * 1024)
  // Padded base64 only (what btoa writes): anything else would fail to decode later.
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
/** id -> id maps (matching, labelling): a few entries, ids as keys. */
const idMap = <T extends z.ZodType>(value: T) =>
  z.record(id, value).refine((r) => Object.keys(r).length <= 12, 'at most 12 entries');

export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), optionId: id }),
  z.strictObject({ type: z.literal('multiple'), optionIds: z.array(id).min(1).max(12) }),
  z.strictObject({ type: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ type: z.literal('short'), text: z.string().min(1).max(120) }),
  z.strictObject({ type: z.literal('ordering'), optionIds: z.array(id).min(2).max(12) }),
  z.strictObject({ type: z.literal('matching'), pairs: idMap(id) }),
  z.strictObject({ type: z.literal('sorting'), bins: idMap(z.enum(SORT_BINS)) }),
  z.strictObject({ type: z.literal('hotspot'), regionId: id, x: unit, y: unit }),
  z.strictObject({ type: z.literal('labelling'), placements: idMap(id) }),
  z.strictObject({ type: z.literal('poll'), optionId: id }),
]);

export const hostCommandSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start') }),
  z.strictObject({ action: z.literal('next') }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('extend'), seconds: z.int().min(5).max(120) }),
  z.strictObject({ action: z.literal('skip') }),
  z.strictObject({ action: z.literal('end') }),
  z.strictObject({ action: z.literal('lock') }),
  z.strictObject({ action: z.literal('unlock') }),
  z.strictObject({ action: z.literal('remove'), playerId: id }),
  z.strictObject({ action: z.literal('extraTime'), playerId: id, seconds: z.int().min(0).max(120) }),
  z.strictObject({ action: z.literal('scoring'), mode: z.enum(['speed', 'accuracy']) }),
  // The server picks the pattern when the host turns the two-step join on; a client never sends one.
  z.strictObject({ action: z.literal('twoStep'), on: z.boolean() }),
  z.strictObject({ action: z.literal('blockWords'), words: z.array(blockedWord).min(1).max(10) }),
  z.strictObject({ action: z.literal('unblockWord'), word: blockedWord }),
]);
/** A host command as a client sends it (the server completes `twoStep` with its pattern). */
export type HostCommandRequest = z.output<typeof hostCommandSchema>;

export const scoringModeSchema = z.enum(['speed', 'accuracy']);

/** Which questions a cohort's live round plays: the most missed so far, a set, or the space's whole quiz. */
export const liveRoundSelectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('most-missed'), count: z.int().min(1).max(20).default(5) }),
  z.strictObject({ kind: z.literal('questions'), questionIds: z.array(id).min(1).max(50) }),
  z.strictObject({ kind: z.literal('quiz') }),
]);
export type LiveRoundSelection = z.output<typeof liveRoundSelectionSchema>;

/** Payload schema per client-to-server event, keyed by event name. */
export const clientEventSchemas = {
  // The secret may be left out: the server then reads it from the handshake's HttpOnly cookie.
  'host:attach': z.strictObject({ code, hostSecret: secret.optional(), locale }),
  'host:command': z.strictObject({ code, command: hostCommandSchema }),
  'player:join': z.strictObject({ code, nickname, locale, pattern: joinPattern.optional() }),
  'player:resume': z.strictObject({ code, playerSecret: secret.optional(), locale: locale.optional() }),
  'player:locale': z.strictObject({ code, locale }),
  'answer:submit': z.strictObject({ code, questionIndex: z.int().min(0).max(999), answer: answerSchema }),
  'board:join': z.strictObject({ code: boardCode, diagramId }),
  'board:update': z.strictObject({ code: boardCode, diagramId, update: base64.min(1) }),
  'board:sync': z.strictObject({ code: boardCode, diagramId, stateVector: base64 }),
  'board:awareness': z.strictObject({ code: boardCode, diagramId, update: base64.min(1) }),
  'cohort:facilitate': z.strictObject({ cohortId: id, facilitatorSecret: secret.optional(), locale }),
  'cohort:member': z.strictObject({ cohortId: id, memberSecret: secret.optional(), locale }),
  'cohort:card': z.strictObject({ cohortId: id, cardId: id }),
  'cohort:answer': z.strictObject({ cohortId: id, questionId: id, answer: answerSchema, locale }),
  'cohort:review': z.strictObject({ cohortId: id, questionId: id, locale }),
  'cohort:seen': z.strictObject({ cohortId: id, replyIds: z.array(id).min(1).max(200) }),
  'cohort:live-round': z.strictObject({ cohortId: id, selection: liveRoundSelectionSchema, scoring: scoringModeSchema.default('speed') }),
  'cohort:close': z.strictObject({ cohortId: id }),
  'cohort:delete': z.strictObject({ cohortId: id }),
} as const;

export type ClientEventName = keyof typeof clientEventSchemas;
export type ClientPayload<E extends ClientEventName> = z.output<(typeof clientEventSchemas)[E]>;

/** HTTP: POST /api/sessions. Exactly one of quizId (a preset), topic (a topic of the bank, or 'all'), questionIds (a set). */
const sessionSettings = { locale, scoring: scoringModeSchema.default('speed') };
export const createSessionBodySchema = z.union([
  z.strictObject({ quizId: id, ...sessionSettings }),
  z.strictObject({ topic: z.enum([...TOPICS, 'all']), ...sessionSettings }),
  z.strictObject({ questionIds: z.array(id).min(1).max(100), ...sessionSettings }),
]);
export type CreateSessionBody = z.output<typeof createSessionBodySchema>;

export const sessionCodeSchema = code;

/** A cohort member's name: the same rules as a nickname (lib/quiz/nickname.ts), checked again by the server. */
const memberName = nickname;

/** HTTP: POST /api/cohorts. Topics are CONTENT.md's; the quiz is a preset, or the bank questions of the topics. */
export const createCohortBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  locale,
  /** Epoch ms; must lie in the future when the space is created. */
  deadline: z.int().min(0).nullable().default(null),
  topics: z.array(z.enum(TOPICS)).min(1).max(TOPICS.length),
  /** A preset quiz id; null plays the bank questions of the chosen topics. */
  quizId: id.nullable().default(null),
});
export type CreateCohortBody = z.output<typeof createCohortBodySchema>;

/** HTTP: POST /api/cohorts/join. */
export const joinCohortBodySchema = z.strictObject({ inviteCode, name: memberName, locale });
/** HTTP: POST /api/cohorts/resume: the code shown to a member, typed on another device. */
export const resumeCohortBodySchema = z.strictObject({
  resumeCode: z
    .string()
    .max(40)
    .trim()
    .toUpperCase()
    .transform((text) => text.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^[A-Z0-9]{10}$/)),
});

export const inviteCodeSchema = inviteCode;
export const cohortIdSchema = id;

/** Whose secret a credential cookie holds: a session's host or player, a space's facilitator or member. */
export const CREDENTIAL_KINDS = ['host', 'player', 'facilitator', 'member'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** HTTP: POST /api/credentials. `code` is the session code (host, player) or the space's id (facilitator, member). */
export const storeCredentialBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('host'), code, secret }),
  z.strictObject({ kind: z.literal('player'), code, secret }),
  z.strictObject({ kind: z.literal('facilitator'), code: id, secret }),
  z.strictObject({ kind: z.literal('member'), code: id, secret }),
]);
export type StoreCredentialBody = z.output<typeof storeCredentialBodySchema>;

/** HTTP: DELETE /api/credentials: forget one credential of this browser. */
export const forgetCredentialBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('host'), code }),
  z.strictObject({ kind: z.literal('player'), code }),
  z.strictObject({ kind: z.literal('facilitator'), code: id }),
  z.strictObject({ kind: z.literal('member'), code: id }),
]);
