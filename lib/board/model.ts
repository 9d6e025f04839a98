import * as Y from 'yjs';
import type { DiagramId, RegionId } from '../diagram/ids';

/*
 * The shared annotation board of one diagram in one room, as a Yjs document. Two root maps:
 * `notes` (note id -> Y.Map of the note's fields) and `settings` (host-only switches).
 * No socket or server imports: the browser uses this module as it is.
 */

export const NOTE_KINDS = ['pin', 'note'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const REACTIONS = ['same-question', 'got-it', 'thanks', 'confused'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** Longest note or reply text, in UTF-16 code units. */
export const MAX_NOTE_TEXT = 500;
/** The author of notes written by the facilitator. */
export const HOST_AUTHOR = 'host';
/** Root type names; anything else in a board document is refused. */
export const ROOT_NAMES = ['notes', 'settings'] as const;

/** Who writes an update: the facilitator or one participant. */
export interface BoardActor {
  /** Participant id, or 'host'. */
  id: string;
  role: 'host' | 'player';
}

export interface Reply {
  id: string;
  author: string;
  text: string;
  /** Client epoch ms. */
  at: number;
}

/** A note as plain data, read out of its Y.Map. */
export interface Note {
  id: string;
  author: string;
  kind: NoteKind;
  regionId: RegionId;
  /** Position within the diagram, 0..1 of its width and height. */
  x: number;
  y: number;
  text: string;
  /** Client epoch ms. */
  createdAt: number;
  resolved: boolean;
  /** Set by the host only: the note stays in the document but is not shown to participants. */
  hidden: boolean;
  replies: Reply[];
  /** Author id -> reaction. */
  reactions: Record<string, Reaction>;
}

export interface BoardSettings {
  locked: boolean;
  spotlight: RegionId | null;
  follow: boolean;
}

export const DEFAULT_SETTINGS: BoardSettings = { locked: false, spotlight: null, follow: false };

/** The values a note's Y.Map holds: scalars, plus the replies array and reactions map. */
export type NoteValue = string | number | boolean | Y.Array<Reply> | Y.Map<Reaction>;
export type NoteMap = Y.Map<NoteValue>;

/** The notes of a board, by note id. */
export function notesOf(doc: Y.Doc): Y.Map<NoteMap> {
  return doc.getMap<NoteMap>('notes');
}

/** The host's switches of a board. */
export function settingsOf(doc: Y.Doc): Y.Map<boolean | string | null> {
  return doc.getMap<boolean | string | null>('settings');
}

/** A new, empty board document. */
export function createBoardDoc(): Y.Doc {
  const doc = new Y.Doc();
  notesOf(doc);
  settingsOf(doc);
  return doc;
}

/** The settings as plain data, defaults filled in. */
export function readSettings(doc: Y.Doc): BoardSettings {
  const map = settingsOf(doc);
  const spotlight = map.get('spotlight');
  return {
    locked: map.get('locked') === true,
    spotlight: typeof spotlight === 'string' ? (spotlight as RegionId) : null,
    follow: map.get('follow') === true,
  };
}

/** One note as plain data, or undefined when it is not there. */
export function readNote(doc: Y.Doc, noteId: string): Note | undefined {
  const map = notesOf(doc).get(noteId);
  return map instanceof Y.Map ? (map.toJSON() as Note) : undefined;
}

/** Every note, as plain data, in creation order. */
export function readNotes(doc: Y.Doc): Note[] {
  return Object.values(notesOf(doc).toJSON() as Record<string, Note>).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** A board is named by its room (session code) and diagram. */
export interface BoardRef {
  code: string;
  diagramId: DiagramId;
}
