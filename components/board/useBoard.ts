'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../lib/board/codec';
import { createBoardDoc, DEFAULT_SETTINGS, readNotes, readSettings, type BoardActor, type BoardSettings, type Note, type Reaction } from '../../lib/board/model';
import { chunkUpdates } from '../../lib/board/chunks';
import * as edits from '../../lib/board/notes';
import { MAX_BOARD_UPDATE_BYTES } from '../../lib/board/permissions';
import type { LiveClientSocket } from '../../lib/client/live-socket';
import type { DiagramId, RegionId } from '../../lib/diagram/ids';
import type { BoardState, BoardUpdate, BoardUpdateAck } from '../../lib/protocol/events';

/*
 * One shared board (a Yjs document per session and diagram) kept in step over the page's
 * socket, following docs/protocol.md section 14: join, then send each local transaction as
 * board:update; a refused update rebuilds the document from the server's state; after a
 * reconnection board:sync, then what the server lacks (in chunks under the size cap when a
 * long time offline made it larger). Presence and cursors travel as
 * y-protocols awareness updates, throttled to about 10 Hz.
 */

const REMOTE = Symbol('remote');
const CURSOR_INTERVAL_MS = 100;
const ACK_TIMEOUT_MS = 10_000;

/** Colours for other people's cursors, picked by participant id. */
export const PEER_COLOURS = ['#b91c1c', '#1d4ed8', '#047857', '#7e22ce', '#c2410c', '#0e7490', '#be185d', '#4d7c0f'] as const;

export function colourOf(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return PEER_COLOURS[hash % PEER_COLOURS.length]!;
}

/** What each person tells the others about themselves. */
export interface PresenceState {
  id: string;
  role: 'host' | 'player';
  name: string;
  cursor: { x: number; y: number } | null;
  selected: RegionId | null;
}

export interface Peer extends PresenceState {
  clientId: number;
  colour: string;
}

export type BoardStatus = 'connecting' | 'ready' | 'error';

function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function isPresence(value: unknown): value is PresenceState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.name === 'string' && (v.role === 'host' || v.role === 'player');
}

export interface UseBoardOptions {
  socket: LiveClientSocket | null;
  code: string;
  diagramId: DiagramId;
  /** Who I am on this board; null until the socket is bound to the session. */
  actor: BoardActor | null;
  name: string;
  /** Changes each time the socket (re)binds to the session: that is when the board (re)opens. */
  binding: number;
}

export function useBoard({ socket, code, diagramId, actor, name, binding }: UseBoardOptions) {
  const docRef = useRef<Y.Doc>(createBoardDoc());
  const [notes, setNotes] = useState<Note[]>([]);
  const [settings, setSettings] = useState<BoardSettings>(DEFAULT_SETTINGS);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [status, setStatus] = useState<BoardStatus>('connecting');
  const [lastError, setLastError] = useState<string | null>(null);
  const joinedRef = useRef(false);
  const openedOnceRef = useRef(false);
  const receivedDuringPush = useRef(new Set<Uint8Array[]>());
  /** My updates the server has not acknowledged yet (made offline, or sent without a reply), oldest first. */
  const unackedRef = useRef<Uint8Array[]>([]);
  const socketRef = useRef<LiveClientSocket | null>(socket);
  socketRef.current = socket;
  const actorRef = useRef(actor);
  actorRef.current = actor;

  const [awareness] = useState(() => (typeof window === 'undefined' ? null : new Awareness(new Y.Doc())));
  const presenceRef = useRef<PresenceState | null>(null);

  const unwatchRef = useRef<(() => void) | null>(null);
  const refresh = useCallback(() => {
    const doc = docRef.current;
    setNotes(readNotes(doc));
    setSettings(readSettings(doc));
  }, []);

  // Sends local document changes; watches whichever document is current.
  const watch = useCallback(
    (doc: Y.Doc) => {
      const onUpdate = (update: Uint8Array, origin: unknown) => {
        refresh();
        if (origin === REMOTE) return;
        unackedRef.current.push(update);
        if (joinedRef.current) void push(update, [update]);
      };
      unwatchRef.current?.();
      doc.on('update', onUpdate);
      unwatchRef.current = () => doc.off('update', onUpdate);
    },
    [refresh],
  );

  const replaceWith = useCallback(
    (state: BoardState) => {
      // The server's state replaces mine: what it refused is dropped, the rest it already has.
      unackedRef.current = [];
      const doc = createBoardDoc();
      Y.applyUpdate(doc, fromBase64(state.update), REMOTE);
      const old = docRef.current;
      docRef.current = doc;
      old.destroy();
      watch(doc);
      refresh();
    },
    [watch, refresh],
  );

  /** Sends one update; once acknowledged, the local updates it `covers` are no longer pending. */
  const push = async (update: Uint8Array, covers: readonly Uint8Array[]): Promise<BoardUpdateAck | undefined> => {
    const s = socketRef.current;
    if (!s?.connected) return undefined;
    const received: Uint8Array[] = [];
    receivedDuringPush.current.add(received);
    try {
      const timed = s.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck(ev: string, p: unknown): Promise<BoardUpdateAck> };
      const ack = await timed.emitWithAck('board:update', { code, diagramId, update: toBase64(update) });
      if (!ack.ok) {
        setLastError(ack.error.code);
        if (ack.state) {
          replaceWith(ack.state);
          for (const relayed of received) Y.applyUpdate(docRef.current, relayed, REMOTE);
        }
      } else {
        setLastError(null);
        unackedRef.current = unackedRef.current.filter((u) => !covers.includes(u));
      }
      return ack;
    } catch {
      // No reply: the next board:sync after a reconnection sends it again.
      return undefined;
    } finally {
      receivedDuringPush.current.delete(received);
    }
  };

  useEffect(() => {
    watch(docRef.current);
    refresh();
    return () => {
      unwatchRef.current?.();
      unwatchRef.current = null;
    };
  }, [watch, refresh]);

  // Presence: announce mine (throttled), apply others', list the peers.
  const flushTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSent = useRef(0);
  const sendMine = useCallback(() => {
    if (!awareness) return;
    const send = () => {
      flushTimer.current = undefined;
      lastSent.current = Date.now();
      const s = socketRef.current;
      if (!s?.connected || !joinedRef.current) return;
      s.emit('board:awareness', { code, diagramId, update: toBase64(encodeAwarenessUpdate(awareness, [awareness.clientID])) });
    };
    if (flushTimer.current) return;
    const wait = CURSOR_INTERVAL_MS - (Date.now() - lastSent.current);
    if (wait <= 0) send();
    else flushTimer.current = setTimeout(send, wait);
  }, [awareness, code, diagramId]);

  useEffect(() => {
    if (!awareness) return;
    const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin !== 'local' && added.some((id) => id !== awareness.clientID)) {
        // Someone new: the server relays changes only, so tell them who is here already.
        const mine = awareness.getLocalState();
        if (mine) awareness.setLocalState({ ...mine });
      }
      if (added.length + updated.length + removed.length === 0) return;
      const list: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID || !isPresence(state)) return;
        list.push({ ...state, clientId, colour: colourOf(state.id) });
      });
      list.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'host' ? -1 : 1));
      setPeers(list);
    };
    awareness.on('change', onChange);
    // 'update' fires on renewals too (every 15 s), which keep my state alive on the server.
    const onUpdate = (_: unknown, origin: unknown) => {
      if (origin === 'local') sendMine();
    };
    awareness.on('update', onUpdate);
    return () => {
      awareness.off('change', onChange);
      awareness.off('update', onUpdate);
      if (flushTimer.current) clearTimeout(flushTimer.current);
      awareness.setLocalState(null);
    };
  }, [awareness, sendMine]);

  const setPresence = useCallback(
    (change: Partial<PresenceState>) => {
      if (!awareness || !actorRef.current) return;
      const base: PresenceState = presenceRef.current ?? { id: actorRef.current.id, role: actorRef.current.role, name, cursor: null, selected: null };
      const next = { ...base, ...change, id: actorRef.current.id, role: actorRef.current.role, name };
      presenceRef.current = next;
      awareness.setLocalState(next);
    },
    [awareness, name],
  );

  // Incoming document updates and awareness on the current socket.
  useEffect(() => {
    if (!socket) return;
    const onUpdate = (payload: BoardUpdate) => {
      if (payload.code !== code || payload.diagramId !== diagramId) return;
      let update: Uint8Array;
      try {
        update = fromBase64(payload.update);
        Y.applyUpdate(docRef.current, update, REMOTE);
      } catch {
        return;
      }
      for (const list of receivedDuringPush.current) list.push(update);
    };
    const onAwareness = (payload: BoardUpdate) => {
      if (!awareness || payload.code !== code || payload.diagramId !== diagramId) return;
      try {
        applyAwarenessUpdate(awareness, fromBase64(payload.update), 'remote');
      } catch {
        /* a malformed frame is dropped like a lost one */
      }
    };
    const onDisconnect = () => {
      joinedRef.current = false;
      setStatus('connecting');
      if (awareness) {
        const others = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID);
        removeAwarenessStates(awareness, others, 'remote');
      }
    };
    socket.on('board:update', onUpdate);
    socket.on('board:awareness', onAwareness);
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('board:update', onUpdate);
      socket.off('board:awareness', onAwareness);
      socket.off('disconnect', onDisconnect);
    };
  }, [socket, code, diagramId, awareness]);

  // Open (or reopen) the board each time the socket is bound to the session.
  useEffect(() => {
    if (!socket || !actor || binding === 0) return;
    let cancelled = false;
    const open = async () => {
      const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck(ev: string, p: unknown): Promise<{ ok: true; data: BoardState } | { ok: false; error: { code: string } }> };
      try {
        if (!openedOnceRef.current) {
          const r = await timed.emitWithAck('board:join', { code, diagramId });
          if (cancelled) return;
          if (!r.ok) return (setStatus('error'), setLastError(r.error.code));
          // Merged, not replaced: an update relayed before this reply may not be in it.
          Y.applyUpdate(docRef.current, fromBase64(r.data.update), REMOTE);
          openedOnceRef.current = true;
          joinedRef.current = true;
        } else {
          const r = await timed.emitWithAck('board:sync', { code, diagramId, stateVector: toBase64(Y.encodeStateVector(docRef.current)) });
          if (cancelled) return;
          if (!r.ok) return (setStatus('error'), setLastError(r.error.code));
          Y.applyUpdate(docRef.current, fromBase64(r.data.update), REMOTE);
          joinedRef.current = true;
          const missing = Y.encodeStateAsUpdate(docRef.current, fromBase64(r.data.stateVector));
          const pending = [...unackedRef.current];
          // An update with nothing in it is two zero bytes.
          if (missing.byteLength > 2 && missing.byteLength <= MAX_BOARD_UPDATE_BYTES) void push(missing, pending);
          else if (missing.byteLength > 2) {
            // More than one message may carry (a long time offline): my pending edits, in
            // order, merged into chunks under the cap (lib/board/chunks.ts).
            void (async () => {
              for (const chunk of chunkUpdates(pending)) {
                const ack = await push(chunk, []);
                if (!ack?.ok) return;
              }
              unackedRef.current = unackedRef.current.filter((u) => !pending.includes(u));
            })();
          }
        }
        setStatus('ready');
        refresh();
        setPresence({});
        sendMine();
      } catch {
        if (!cancelled) setStatus('error');
      }
    };
    void open();
    return () => {
      cancelled = true;
    };
  }, [socket, actor?.id, binding, code, diagramId]);

  const change = useCallback((edit: (doc: Y.Doc, actor: BoardActor) => void) => {
    const a = actorRef.current;
    if (a) edit(docRef.current, a);
  }, []);

  const actions = {
    addNote: (regionId: RegionId, point: { x: number; y: number }, text: string) =>
      change((doc, a) => edits.addNote(doc, a, { id: newId(), kind: 'note', regionId, x: point.x, y: point.y, text, createdAt: Date.now() })),
    editNote: (noteId: string, text: string) => change((doc, a) => edits.editNote(doc, a, noteId, { text })),
    deleteNote: (noteId: string) => change((doc, a) => edits.deleteNote(doc, a, noteId)),
    reply: (noteId: string, text: string) => change((doc, a) => edits.replyTo(doc, a, noteId, { id: newId(), text, at: Date.now() })),
    react: (noteId: string, reaction: Reaction | null) => change((doc, a) => edits.react(doc, a, noteId, reaction)),
    resolve: (noteId: string, resolved: boolean) => change((doc, a) => edits.resolveNote(doc, a, noteId, resolved)),
    hide: (noteId: string, hidden: boolean) => change((doc, a) => edits.hideNote(doc, a, noteId, hidden)),
    spotlight: (regionId: RegionId | null) => change((doc, a) => edits.updateSettings(doc, a, { spotlight: regionId })),
    follow: (on: boolean) => change((doc, a) => edits.updateSettings(doc, a, { follow: on })),
    lock: (on: boolean) => change((doc, a) => edits.updateSettings(doc, a, { locked: on })),
    clear: () => change((doc, a) => edits.clearBoard(doc, a)),
  };

  const moveCursor = useCallback((cursor: { x: number; y: number } | null) => setPresence({ cursor }), [setPresence]);
  const selectRegion = useCallback((selected: RegionId | null) => setPresence({ selected }), [setPresence]);

  return { notes, settings, peers, status, lastError, actions, moveCursor, selectRegion };
}
