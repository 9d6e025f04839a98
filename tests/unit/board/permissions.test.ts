import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createBoardDoc, notesOf, readNotes, settingsOf, type BoardActor } from '../../../lib/board/model';
import { addNote, deleteNote, editNote, hideNote, react, replyTo, resolveNote, updateSettings, type NewNote } from '../../../lib/board/notes';
import { checkUpdate, checkUpdateOn, copyBoardDoc, MAX_BOARD_UPDATE_BYTES } from '../../../lib/board/permissions';

const host: BoardActor = { id: 'host', role: 'host' };
const ana: BoardActor = { id: 'ana', role: 'player' };
const bia: BoardActor = { id: 'bia', role: 'player' };

const note = (id: string, extra: Partial<NewNote> = {}): NewNote => ({
  id,
  kind: 'note',
  regionId: 'ha-house',
  x: 0.25,
  y: 0.75,
  text: 'Why does the house have its own plumbing?',
  createdAt: 1_700_000_000_000,
  ...extra,
});

/** The update a client produces by making `change` on its copy of the server's board. */
function edit(server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = createBoardDoc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

/** A board with one note by Ana (with a reply and a reaction by Bia) and one by the host. */
function board(): Y.Doc {
  const doc = createBoardDoc();
  addNote(doc, ana, note('n-ana'));
  addNote(doc, host, note('n-host', { kind: 'pin', regionId: 'ha-building' }));
  replyTo(doc, bia, 'n-ana', { id: 'r-bia', text: 'Same here', at: 1 });
  react(doc, bia, 'n-ana', 'same-question');
  return doc;
}

const check = (doc: Y.Doc, actor: BoardActor, change: (d: Y.Doc) => void) => checkUpdate(doc, edit(doc, change), actor, { diagramId: 'house-apartment' });

describe('a participant on an open board', () => {
  it('may add a note of their own, then edit, resolve and delete it', () => {
    const doc = board();
    expect(check(doc, bia, (d) => addNote(d, bia, note('n-bia')))).toEqual({ ok: true });
    expect(check(doc, ana, (d) => editNote(d, ana, 'n-ana', { text: 'Reworded', x: 0.5, y: 0.1, regionId: 'ha-house-door' }))).toEqual({ ok: true });
    expect(check(doc, ana, (d) => resolveNote(d, ana, 'n-ana'))).toEqual({ ok: true });
    expect(check(doc, ana, (d) => deleteNote(d, ana, 'n-ana'))).toEqual({ ok: true });
  });

  it('may reply to and react on anyone’s note, and take back their own reaction and reply', () => {
    const doc = board();
    expect(check(doc, ana, (d) => replyTo(d, ana, 'n-host', { id: 'r-ana', text: 'Thanks!', at: 2 }))).toEqual({ ok: true });
    expect(check(doc, ana, (d) => react(d, ana, 'n-host', 'got-it'))).toEqual({ ok: true });
    expect(check(doc, bia, (d) => react(d, bia, 'n-ana', null))).toEqual({ ok: true });
    expect(check(doc, bia, (d) => (notesOf(d).get('n-ana')!.get('replies') as Y.Array<unknown>).delete(0, 1))).toEqual({ ok: true });
  });

  it('may not edit, resolve, delete or replace someone else’s note', () => {
    const doc = board();
    expect(check(doc, bia, (d) => editNote(d, bia, 'n-ana', { text: 'Vandalised' }))).toEqual({ ok: false, code: 'NOTE_NOT_YOURS' });
    expect(check(doc, bia, (d) => resolveNote(d, bia, 'n-ana'))).toEqual({ ok: false, code: 'NOTE_NOT_YOURS' });
    expect(check(doc, bia, (d) => deleteNote(d, bia, 'n-host'))).toEqual({ ok: false, code: 'NOTE_NOT_YOURS' });
    // Same content, new map: it would silently drop concurrent edits of the original.
    expect(check(doc, bia, (d) => addNote(d, ana, note('n-ana')))).toEqual({ ok: false, code: 'NOTE_NOT_YOURS' });
  });

  it('may not write as someone else: notes, replies or reactions', () => {
    const doc = board();
    expect(check(doc, bia, (d) => addNote(d, ana, note('n-fake')))).toEqual({ ok: false, code: 'NOTE_NOT_YOURS' });
    expect(check(doc, bia, (d) => replyTo(d, ana, 'n-host', { id: 'r-fake', text: 'Not me', at: 3 }))).toEqual({ ok: false, code: 'NOTE_NOT_YOURS' });
    expect(check(doc, ana, (d) => react(d, bia, 'n-ana', null))).toEqual({ ok: false, code: 'NOTE_NOT_YOURS' });
    expect(check(doc, ana, (d) => (notesOf(d).get('n-ana')!.get('replies') as Y.Array<unknown>).delete(0, 1))).toEqual({ ok: false, code: 'NOTE_NOT_YOURS' });
  });

  it('may not hide notes nor touch the settings', () => {
    const doc = board();
    expect(check(doc, ana, (d) => hideNote(d, ana, 'n-ana'))).toEqual({ ok: false, code: 'BOARD_HOST_ONLY' });
    expect(check(doc, ana, (d) => updateSettings(d, ana, { spotlight: 'ha-house' }))).toEqual({ ok: false, code: 'BOARD_HOST_ONLY' });
    expect(check(doc, ana, (d) => updateSettings(d, ana, { locked: false }))).toEqual({ ok: false, code: 'BOARD_HOST_ONLY' });
  });
});

describe('a locked board', () => {
  it('refuses every participant write and still takes the host’s', () => {
    const doc = board();
    updateSettings(doc, host, { locked: true });
    expect(check(doc, ana, (d) => editNote(d, ana, 'n-ana', { text: 'Late edit' }))).toEqual({ ok: false, code: 'BOARD_LOCKED' });
    expect(check(doc, bia, (d) => addNote(d, bia, note('n-bia')))).toEqual({ ok: false, code: 'BOARD_LOCKED' });
    expect(check(doc, bia, (d) => react(d, bia, 'n-host', 'got-it'))).toEqual({ ok: false, code: 'BOARD_LOCKED' });
    expect(check(doc, host, (d) => addNote(d, host, note('n-host-2')))).toEqual({ ok: true });
    expect(check(doc, host, (d) => updateSettings(d, host, { locked: false }))).toEqual({ ok: true });
  });
});

describe('the host', () => {
  it('may edit, hide and delete anyone’s note and change the settings', () => {
    const doc = board();
    expect(check(doc, host, (d) => editNote(d, host, 'n-ana', { text: 'Tidied' }))).toEqual({ ok: true });
    expect(check(doc, host, (d) => hideNote(d, host, 'n-ana'))).toEqual({ ok: true });
    expect(check(doc, host, (d) => deleteNote(d, host, 'n-ana'))).toEqual({ ok: true });
    expect(check(doc, host, (d) => updateSettings(d, host, { spotlight: 'ha-building', follow: true }))).toEqual({ ok: true });
  });
});

describe('well-formed content', () => {
  it('refuses long text, unknown kinds, regions of another diagram and positions off the diagram, even from the host', () => {
    const doc = board();
    expect(check(doc, ana, (d) => addNote(d, ana, note('n-long', { text: 'x'.repeat(501) })))).toEqual({ ok: false, code: 'INVALID_NOTE' });
    expect(check(doc, ana, (d) => addNote(d, ana, note('n-500', { text: 'x'.repeat(500) })))).toEqual({ ok: true });
    expect(check(doc, host, (d) => addNote(d, host, note('n-kind', { kind: 'banner' as 'pin' })))).toEqual({ ok: false, code: 'INVALID_NOTE' });
    expect(check(doc, ana, (d) => addNote(d, ana, note('n-region', { regionId: 'st-vm-app' })))).toEqual({ ok: false, code: 'INVALID_NOTE' });
    expect(check(doc, ana, (d) => editNote(d, ana, 'n-ana', { x: 1.5 }))).toEqual({ ok: false, code: 'INVALID_NOTE' });
    expect(check(doc, ana, (d) => replyTo(d, ana, 'n-host', { id: 'r-long', text: 'y'.repeat(501), at: 1 }))).toEqual({ ok: false, code: 'INVALID_NOTE' });
    expect(check(doc, host, (d) => updateSettings(d, host, { spotlight: 'nowhere' as 'ha-house' }))).toEqual({ ok: false, code: 'INVALID_NOTE' });
    expect(check(doc, ana, (d) => notesOf(d).get('n-ana')!.set('script', '<img onerror=alert(1)>'))).toEqual({ ok: false, code: 'INVALID_NOTE' });
  });

  it('refuses other root types, bytes that are not an update, and oversize updates before reading them', () => {
    const doc = board();
    expect(check(doc, host, (d) => d.getMap('elsewhere').set('a', 1))).toEqual({ ok: false, code: 'UPDATE_INVALID' });
    expect(checkUpdate(doc, new Uint8Array([1, 2, 3, 250, 250]), host)).toEqual({ ok: false, code: 'UPDATE_INVALID' });
    expect(checkUpdate(doc, new Uint8Array(MAX_BOARD_UPDATE_BYTES + 1), host)).toEqual({ ok: false, code: 'UPDATE_TOO_LARGE' });
  });

  it('refuses an update that builds on changes the server never received', () => {
    const doc = board();
    const client = createBoardDoc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    addNote(client, ana, note('n-first'));
    const sv = Y.encodeStateVector(client);
    editNote(client, ana, 'n-first', { text: 'second step' });
    expect(checkUpdate(doc, Y.encodeStateAsUpdate(client, sv), ana)).toEqual({ ok: false, code: 'UPDATE_OUT_OF_SYNC' });
  });

  it('leaves the document it checks against unchanged', () => {
    const doc = board();
    const before = JSON.stringify({ notes: readNotes(doc), settings: settingsOf(doc).toJSON() });
    check(doc, host, (d) => deleteNote(d, host, 'n-ana'));
    check(doc, bia, (d) => editNote(d, bia, 'n-ana', { text: 'no' }));
    expect(JSON.stringify({ notes: readNotes(doc), settings: settingsOf(doc).toJSON() })).toBe(before);
  });
});

describe('checking on a kept shadow copy (as the server does)', () => {
  it('gives the same verdict as a fresh copy, update after update, accepted or refused', () => {
    const doc = board();
    let shadow = copyBoardDoc(doc);
    const steps: Array<[BoardActor, (d: Y.Doc) => void]> = [
      [bia, (d) => addNote(d, bia, note('n-bia'))],
      [ana, (d) => editNote(d, ana, 'n-bia', { text: 'not mine' })],
      [ana, (d) => replyTo(d, ana, 'n-bia', { id: 'r-ana', text: 'Me too', at: 3 })],
      [bia, (d) => hideNote(d, bia, 'n-ana')],
      [host, (d) => updateSettings(d, host, { locked: true })],
      [ana, (d) => addNote(d, ana, note('n-late'))],
      [host, (d) => hideNote(d, host, 'n-ana')],
      [host, (d) => updateSettings(d, host, { locked: false })],
      [bia, (d) => deleteNote(d, bia, 'n-ana')],
      [bia, (d) => deleteNote(d, bia, 'n-bia')],
    ];
    const verdicts: boolean[] = [];
    for (const [actor, change] of steps) {
      const update = edit(doc, change);
      const fresh = checkUpdate(doc, update, actor, { diagramId: 'house-apartment' });
      const kept = checkUpdateOn(doc, shadow, update, actor, { diagramId: 'house-apartment' });
      expect(kept).toEqual(fresh);
      verdicts.push(kept.ok);
      if (kept.ok) Y.applyUpdate(doc, update);
      else shadow = copyBoardDoc(doc);
      expect(readNotes(shadow)).toEqual(readNotes(doc));
    }
    expect(verdicts).toEqual([true, false, true, false, true, false, true, true, false, true]);
  });
});
