import * as Y from 'yjs';
import type { RegionId } from '../diagram/ids';
import { notesOf, settingsOf, type BoardActor, type BoardSettings, type NoteKind, type NoteMap, type Reaction, type Reply } from './model';

/*
 * Edits to a board document, each one Yjs transaction. They do not check permissions: the
 * server runs checkUpdate on what they produce, and a client uses canEdit-style checks in
 * its UI. Ids come from the caller so the browser and tests choose them.
 */

export interface NewNote {
  id: string;
  kind: NoteKind;
  regionId: RegionId;
  x: number;
  y: number;
  text: string;
  /** Client epoch ms. */
  createdAt: number;
}

/** Adds a note authored by the actor. */
export function addNote(doc: Y.Doc, actor: BoardActor, note: NewNote): void {
  doc.transact(() => {
    const map: NoteMap = new Y.Map();
    map.set('id', note.id);
    map.set('author', actor.id);
    map.set('kind', note.kind);
    map.set('regionId', note.regionId);
    map.set('x', note.x);
    map.set('y', note.y);
    map.set('text', note.text);
    map.set('createdAt', note.createdAt);
    map.set('resolved', false);
    map.set('hidden', false);
    map.set('replies', new Y.Array<Reply>());
    map.set('reactions', new Y.Map<Reaction>());
    notesOf(doc).set(note.id, map);
  }, actor);
}

/** The fields an author may change on their note. */
export type NoteEdit = Partial<Pick<NewNote, 'text' | 'regionId' | 'x' | 'y'>>;

/** Changes text or position of a note; false when the note is not there. */
export function editNote(doc: Y.Doc, actor: BoardActor, noteId: string, edit: NoteEdit): boolean {
  return withNote(doc, actor, noteId, (map) => {
    for (const [key, value] of Object.entries(edit)) if (value !== undefined) map.set(key, value);
  });
}

/** Removes a note with its replies and reactions. */
export function deleteNote(doc: Y.Doc, actor: BoardActor, noteId: string): boolean {
  if (!notesOf(doc).has(noteId)) return false;
  doc.transact(() => notesOf(doc).delete(noteId), actor);
  return true;
}

/** Marks a question answered (or open again). */
export function resolveNote(doc: Y.Doc, actor: BoardActor, noteId: string, resolved = true): boolean {
  return withNote(doc, actor, noteId, (map) => map.set('resolved', resolved));
}

/** Hides or shows a note (host only). */
export function hideNote(doc: Y.Doc, actor: BoardActor, noteId: string, hidden = true): boolean {
  return withNote(doc, actor, noteId, (map) => map.set('hidden', hidden));
}

/** Appends a reply authored by the actor. */
export function replyTo(doc: Y.Doc, actor: BoardActor, noteId: string, reply: { id: string; text: string; at: number }): boolean {
  return withNote(doc, actor, noteId, (map) => {
    (map.get('replies') as Y.Array<Reply>).push([{ id: reply.id, author: actor.id, text: reply.text, at: reply.at }]);
  });
}

/** Sets the actor's reaction to a note, or removes it with null. */
export function react(doc: Y.Doc, actor: BoardActor, noteId: string, reaction: Reaction | null): boolean {
  return withNote(doc, actor, noteId, (map) => {
    const reactions = map.get('reactions') as Y.Map<Reaction>;
    if (reaction === null) reactions.delete(actor.id);
    else reactions.set(actor.id, reaction);
  });
}

/** Changes host switches: lock, spotlight, follow (host only). */
export function updateSettings(doc: Y.Doc, actor: BoardActor, change: Partial<BoardSettings>): void {
  doc.transact(() => {
    const settings = settingsOf(doc);
    for (const [key, value] of Object.entries(change)) if (value !== undefined) settings.set(key, value);
  }, actor);
}

/** Removes every note (host only: "clear the board"). */
export function clearBoard(doc: Y.Doc, actor: BoardActor): void {
  doc.transact(() => {
    const notes = notesOf(doc);
    for (const id of [...notes.keys()]) notes.delete(id);
  }, actor);
}

function withNote(doc: Y.Doc, actor: BoardActor, noteId: string, change: (map: NoteMap) => void): boolean {
  const map = notesOf(doc).get(noteId);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => change(map), actor);
  return true;
}
