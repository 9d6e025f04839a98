/**
 * Error codes that travel in acknowledgements `{ ok: false, error: { code, message } }`.
 * The client translates the code (`Errors.<code>` in locales/); `message` is a plain
 * English hint for third-party clients and logs, never shown as-is to a person.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'PROTOCOL_MISMATCH',
  'NOT_FOUND',
  'NOT_AUTHORIZED',
  'ROOM_LOCKED',
  'NICKNAME_TAKEN',
  'INVALID_NICKNAME',
  'NO_PLAYERS',
  'UNKNOWN_PLAYER',
  'PLAYER_REMOVED',
  'WRONG_PHASE',
  'WRONG_QUESTION',
  'PAUSED',
  'TOO_LATE',
  'ALREADY_ANSWERED',
  'INVALID_ANSWER',
  'GAME_OVER',
  'RATE_LIMITED',
  'STORAGE_UNAVAILABLE',
  'INTERNAL',
  'UPDATE_TOO_LARGE',
  'UPDATE_INVALID',
  'UPDATE_OUT_OF_SYNC',
  'BOARD_LOCKED',
  'BOARD_HOST_ONLY',
  'NOTE_NOT_YOURS',
  'INVALID_NOTE',
  'COHORT_CLOSED',
  'NAME_TAKEN',
  'ROOM_FULL',
  'PATTERN_REQUIRED',
  'WRONG_PATTERN',
  'NICKNAME_BLOCKED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HINTS: Record<ErrorCode, string> = {
  BAD_REQUEST: 'The message does not match the schema for this event.',
  PROTOCOL_MISMATCH: 'This client speaks another protocol version; reload it.',
  NOT_FOUND: 'No session has that code.',
  NOT_AUTHORIZED: 'This connection may not do that.',
  ROOM_LOCKED: 'The host has locked this session; no one new can join.',
  NICKNAME_TAKEN: 'Someone in this session already uses that nickname.',
  INVALID_NICKNAME: 'A nickname is 1 to 24 characters with at least one letter, digit or symbol.',
  NO_PLAYERS: 'The game cannot start before someone joins.',
  UNKNOWN_PLAYER: 'No player in this session has that secret.',
  PLAYER_REMOVED: 'The host removed this player from the session.',
  WRONG_PHASE: 'The session is not at a step where that is possible.',
  WRONG_QUESTION: 'That answer is for a question that is not the current one.',
  PAUSED: 'The host has paused the game.',
  TOO_LATE: 'Time is up for this question.',
  ALREADY_ANSWERED: 'This player has already answered this question.',
  INVALID_ANSWER: 'That answer does not fit the question.',
  GAME_OVER: 'The session has ended.',
  RATE_LIMITED: 'Too many messages or joins; wait a moment and try again.',
  STORAGE_UNAVAILABLE: 'The answer could not be stored; nothing was changed. Try again.',
  INTERNAL: 'Something went wrong on the server.',
  UPDATE_TOO_LARGE: 'That board update is larger than 10 KB; send smaller ones.',
  UPDATE_INVALID: 'That is not a Yjs update of a board.',
  UPDATE_OUT_OF_SYNC: 'That update builds on changes the server does not have; sync first.',
  BOARD_LOCKED: 'The host has locked annotation on this board.',
  BOARD_HOST_ONLY: 'Only the host may change board settings or hide notes.',
  NOTE_NOT_YOURS: "A participant may change only their own notes, replies and reactions.",
  INVALID_NOTE: 'A note or setting in that update is malformed (fields, region, position or text length).',
  COHORT_CLOSED: 'The facilitator has closed this space; it is read-only.',
  NAME_TAKEN: 'Someone in this space already uses that name.',
  ROOM_FULL: 'This session has as many players as it can hold.',
  PATTERN_REQUIRED: 'The host turned on the two-step join: send the pattern shown on the projector.',
  WRONG_PATTERN: 'That is not the pattern shown on the projector.',
  NICKNAME_BLOCKED: 'That nickname contains a word this session does not allow.',
};

/** The error part of a failed acknowledgement. */
export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

/** Builds the error for a code, with its standard hint. */
export function protocolError(code: ErrorCode, message: string = HINTS[code]): ProtocolError {
  return { code, message };
}
