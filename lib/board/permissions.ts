import * as Y from 'yjs';
import { DIAGRAM_IDS, isRegionOf, type DiagramId } from '../diagram/ids';
import {
  createBoardDoc,
  MAX_NOTE_TEXT,
  NOTE_KINDS,
  notesOf,
  REACTIONS,
  readSettings,
  ROOT_NAMES,
  settingsOf,
  HOST_AUTHOR,
  type BoardActor,
} from './model';

/*
 * Who may change what on a board, decided by comparing the document before and after an
 * update. Yjs merges anything; the server uses this to refuse a participant's update before
 * storing it, and the sender then resyncs to the server's state.
 */

/**
 * Largest update accepted, decoded. Socket.io frames are capped at 16 KB (server/app.ts) and
 * an update travels as base64 (4/3 larger) inside JSON, so 10 KB is what fits.
 */
export const MAX_BOARD_UPDATE_BYTES = 10 * 1024;
/** Replies one note may carry. */
export const MAX_REPLIES = 200;

export const BOARD_REJECTIONS = ['UPDATE_TOO_LARGE', 'UPDATE_INVALID', 'UPDATE_OUT_OF_SYNC', 'BOARD_LOCKED', 'BOARD_HOST_ONLY', 'NOTE_NOT_YOURS', 'INVALID_NOTE'] as const;
/** Why an update was refused; each is also a protocol error code. */
export type BoardRejection = (typeof BOARD_REJECTIONS)[number];

export type CheckResult = { ok: true } | { ok: false; code: BoardRejection };

export interface CheckOptions {
  /** Regions must belong to this diagram; any diagram's region is accepted without it. */
  diagramId?: DiagramId;
  maxBytes?: number;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const NOTE_FIELDS = ['id', 'author', 'kind', 'regionId', 'x', 'y', 'text', 'createdAt', 'resolved', 'hidden', 'replies', 'reactions'] as const;
/** Fields the author of a note may change; `hidden` is the host's, the rest are fixed. */
const AUTHOR_EDITABLE = new Set(['text', 'regionId', 'x', 'y', 'resolved']);

/** A note reduced to comparable plain data; `item` tells a replaced map from an edited one. */
interface NoteShape {
  item: string;
  fields: Record<string, unknown>;
  replies: unknown[] | undefined;
  reactions: Record<string, unknown> | undefined;
  /** Keys that are not note fields, or fields of the wrong Yjs type. */
  malformed: boolean;
}

/**
 * Whether `actor` may apply `update` to the board `before` (left unchanged). A player may
 * create, edit (text, position, resolved) and delete their own notes, add or remove their
 * own replies and reactions anywhere, and nothing at all while the board is locked; the host
 * may do anything. Whatever anyone writes must be well formed.
 */
export function checkUpdate(before: Y.Doc, update: Uint8Array, actor: BoardActor, options: CheckOptions = {}): CheckResult {
  if (update.byteLength > (options.maxBytes ?? MAX_BOARD_UPDATE_BYTES)) return reject('UPDATE_TOO_LARGE');
  const draft = copyBoardDoc(before);
  try {
    return checkUpdateOn(before, draft, update, actor, options);
  } finally {
    draft.destroy();
  }
}

/** A new document holding the same state as `doc`. */
export function copyBoardDoc(doc: Y.Doc): Y.Doc {
  const copy = createBoardDoc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/**
 * `checkUpdate` on a draft the caller keeps: `draft` must hold the same state as `before`,
 * and the update is applied to it. Accepted, the draft is `before` plus the update; refused,
 * the draft is in no particular state and must be copied again from `before`. A server that
 * keeps such a shadow copy of each board checks an update in time proportional to the notes
 * it touches, not to the whole board.
 */
export function checkUpdateOn(before: Y.Doc, draft: Y.Doc, update: Uint8Array, actor: BoardActor, options: CheckOptions = {}): CheckResult {
  if (update.byteLength > (options.maxBytes ?? MAX_BOARD_UPDATE_BYTES)) return reject('UPDATE_TOO_LARGE');
  const touched = new Set<string>();
  const notes = notesOf(draft);
  const watch = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      if (event.target === notes) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) touched.add(key);
      else if (typeof event.path[0] === 'string') touched.add(event.path[0]);
    }
  };
  notes.observeDeep(watch);
  try {
    Y.applyUpdate(draft, update);
  } catch {
    return reject('UPDATE_INVALID');
  } finally {
    notes.unobserveDeep(watch);
  }
  const after = draft;
  // Structs that depend on state the server lacks would apply later, unchecked.
  if (after.store.pendingStructs || after.store.pendingDs) return reject('UPDATE_OUT_OF_SYNC');
  if ([...after.share.keys()].some((name) => !(ROOT_NAMES as readonly string[]).includes(name))) return reject('UPDATE_INVALID');

  const settingsBefore = JSON.stringify(sorted(settingsOf(before).toJSON()));
  const settingsAfter = JSON.stringify(sorted(settingsOf(after).toJSON()));
  const settingsChanged = settingsBefore !== settingsAfter;
  if (settingsChanged && !settingsWellFormed(after, options.diagramId)) return reject('INVALID_NOTE');

  const notesBefore = shapes(before, touched);
  const notesAfter = shapes(after, touched);
  const changed = [...touched].filter((id) => JSON.stringify(notesBefore.get(id)) !== JSON.stringify(notesAfter.get(id)));
  for (const id of changed) {
    const shape = notesAfter.get(id);
    if (shape && !noteWellFormed(id, shape, options.diagramId)) return reject('INVALID_NOTE');
  }
  if (actor.role === 'host') return { ok: true };

  if ((settingsChanged || changed.length > 0) && readSettings(before).locked) return reject('BOARD_LOCKED');
  if (settingsChanged) return reject('BOARD_HOST_ONLY');
  for (const id of changed) {
    const verdict = playerMayChange(notesBefore.get(id), notesAfter.get(id), actor.id);
    if (verdict) return reject(verdict);
  }
  return { ok: true };
}

function reject(code: BoardRejection): CheckResult {
  return { ok: false, code };
}

/** Why a player may not turn note `b` into `a` (either may be absent), or undefined. */
function playerMayChange(b: NoteShape | undefined, a: NoteShape | undefined, me: string): BoardRejection | undefined {
  if (!a) return b!.fields.author === me ? undefined : 'NOTE_NOT_YOURS';
  if (!b || b.item !== a.item) {
    // A new note, or one replaced by a new map: only the author may, and only as themselves.
    if (b && b.fields.author !== me) return 'NOTE_NOT_YOURS';
    if (a.fields.author !== me) return 'NOTE_NOT_YOURS';
    if (a.fields.hidden !== false) return 'BOARD_HOST_ONLY';
    if ((a.replies ?? []).some((r) => (r as { author?: unknown }).author !== me)) return 'NOTE_NOT_YOURS';
    if (Object.keys(a.reactions ?? {}).some((author) => author !== me)) return 'NOTE_NOT_YOURS';
    return undefined;
  }
  const own = b.fields.author === me;
  for (const field of NOTE_FIELDS) {
    if (field === 'replies' || field === 'reactions') continue;
    if (b.fields[field] === a.fields[field]) continue;
    if (field === 'hidden') return 'BOARD_HOST_ONLY';
    if (!own || !AUTHOR_EDITABLE.has(field)) return 'NOTE_NOT_YOURS';
  }
  // Replies are immutable entries: a change is a removal or an insertion, each the actor's own.
  const removed = multisetDifference(b.replies ?? [], a.replies ?? []);
  const added = multisetDifference(a.replies ?? [], b.replies ?? []);
  if ([...removed, ...added].some((r) => (r as { author?: unknown }).author !== me)) return 'NOTE_NOT_YOURS';
  const reactionsBefore = b.reactions ?? {};
  const reactionsAfter = a.reactions ?? {};
  for (const author of new Set([...Object.keys(reactionsBefore), ...Object.keys(reactionsAfter)])) {
    if (reactionsBefore[author] !== reactionsAfter[author] && author !== me) return 'NOTE_NOT_YOURS';
  }
  return undefined;
}

/** The shapes of the notes `ids` that exist in `doc`. */
function shapes(doc: Y.Doc, ids: Iterable<string>): Map<string, NoteShape> {
  const result = new Map<string, NoteShape>();
  const notes = notesOf(doc);
  for (const id of ids) if (notes.has(id)) result.set(id, shapeOf(notes.get(id)));
  return result;
}

function shapeOf(value: unknown): NoteShape {
  if (!(value instanceof Y.Map)) return { item: '', fields: {}, replies: undefined, reactions: undefined, malformed: true };
  const map = value as Y.Map<unknown>;
  const item = map._item ? `${map._item.id.client}:${map._item.id.clock}` : '';
  const fields: Record<string, unknown> = {};
  let replies: unknown[] | undefined;
  let reactions: Record<string, unknown> | undefined;
  let malformed = false;
  map.forEach((v, key) => {
    if (key === 'replies') {
      if (v instanceof Y.Array) replies = v.toArray();
      else malformed = true;
    } else if (key === 'reactions') {
      if (v instanceof Y.Map) reactions = sorted((v as Y.Map<unknown>).toJSON());
      else malformed = true;
    } else if ((NOTE_FIELDS as readonly string[]).includes(key) && !(v instanceof Y.AbstractType)) {
      fields[key] = v;
    } else {
      malformed = true;
    }
  });
  return { item, fields: sorted(fields), replies, reactions, malformed };
}

function noteWellFormed(id: string, shape: NoteShape, diagramId: DiagramId | undefined): boolean {
  const f = shape.fields;
  if (shape.malformed || !shape.replies || !shape.reactions) return false;
  return (
    f.id === id &&
    ID.test(id) &&
    isAuthor(f.author) &&
    (NOTE_KINDS as readonly unknown[]).includes(f.kind) &&
    isRegion(f.regionId, diagramId) &&
    isUnit(f.x) &&
    isUnit(f.y) &&
    isText(f.text) &&
    typeof f.createdAt === 'number' &&
    Number.isFinite(f.createdAt) &&
    f.createdAt >= 0 &&
    typeof f.resolved === 'boolean' &&
    typeof f.hidden === 'boolean' &&
    shape.replies.length <= MAX_REPLIES &&
    shape.replies.every(replyWellFormed) &&
    Object.entries(shape.reactions).every(([author, r]) => isAuthor(author) && (REACTIONS as readonly unknown[]).includes(r))
  );
}

function replyWellFormed(reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) return false;
  const r = reply as Record<string, unknown>;
  return (
    Object.keys(r).length === 4 &&
    typeof r.id === 'string' &&
    ID.test(r.id) &&
    isAuthor(r.author) &&
    isText(r.text) &&
    typeof r.at === 'number' &&
    Number.isFinite(r.at)
  );
}

function settingsWellFormed(doc: Y.Doc, diagramId: DiagramId | undefined): boolean {
  const map = settingsOf(doc);
  for (const [key, value] of map.entries()) {
    if (key === 'locked' || key === 'follow') {
      if (typeof value !== 'boolean') return false;
    } else if (key === 'spotlight') {
      if (value !== null && !isRegion(value, diagramId)) return false;
    } else return false;
  }
  return true;
}

function isAuthor(value: unknown): value is string {
  return typeof value === 'string' && (value === HOST_AUTHOR || ID.test(value));
}

function isUnit(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length <= MAX_NOTE_TEXT;
}

function isRegion(value: unknown, diagramId: DiagramId | undefined): boolean {
  if (typeof value !== 'string') return false;
  return diagramId ? isRegionOf(diagramId, value) : DIAGRAM_IDS.some((d) => isRegionOf(d, value));
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** Entries of `a` not matched one-for-one by an equal entry of `b`. */
function multisetDifference(a: unknown[], b: unknown[]): unknown[] {
  const counts = new Map<string, number>();
  for (const entry of b) counts.set(JSON.stringify(entry), (counts.get(JSON.stringify(entry)) ?? 0) + 1);
  return a.filter((entry) => {
    const key = JSON.stringify(entry);
    const left = counts.get(key) ?? 0;
    if (left === 0) return true;
    counts.set(key, left - 1);
    return false;
  });
}
