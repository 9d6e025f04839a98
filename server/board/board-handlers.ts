import type { BoardState, BoardUpdateAck } from '../../lib/protocol/events';
import { protocolError } from '../../lib/protocol/errors';
import { clientEventSchemas } from '../../lib/protocol/schemas';
import { isDiagramId, type DiagramId } from '../../lib/diagram/ids';
import { base64Size, fromBase64, toBase64 } from '../../lib/board/codec';
import type { BoardActor } from '../../lib/board/model';
import { HOST_AUTHOR } from '../../lib/board/model';
import { MAX_BOARD_UPDATE_BYTES } from '../../lib/board/permissions';
import type { Logger } from '../logger';
import type { LiveServer, LiveSocket } from '../live/socket-types';
import { failure, withSchema } from '../live/with-schema';
import { MAX_AWARENESS_BYTES, type AwarenessRelay } from './awareness-relay';
import type { BoardSnapshot, BoardStore } from './board-store';

export interface BoardDeps {
  io: LiveServer;
  store: BoardStore;
  presence: AwarenessRelay;
  logger: Logger;
}

/** The Socket.io room of one board: its members receive its updates and awareness. */
export const boardRoom = (code: string, diagramId: DiagramId): string => `board:${code}:${diagramId}`;

/** The board a Socket.io room name stands for, or undefined for other rooms. */
export function parseBoardRoom(room: string): { code: string; diagramId: DiagramId } | undefined {
  const [prefix, code, diagramId] = room.split(':');
  if (prefix !== 'board' || !code || !diagramId || !isDiagramId(diagramId)) return undefined;
  return { code, diagramId };
}

/**
 * Shared boards over Socket.io: join (whole state), update (checked, stored, relayed),
 * sync (catch up after being offline) and awareness (batched presence). Only a socket bound
 * to the session as its host or one of its players may open that session's boards; a socket
 * bound to a cohort space (server/cohort) opens the space's boards, by its invitation code.
 */
export function attachBoardHandlers(socket: LiveSocket, deps: BoardDeps): void {
  const { store, presence, logger } = deps;

  const actorOf = (code: string): BoardActor | undefined => {
    const inCohort = socket.data.cohortOf?.[code];
    if (inCohort) return inCohort;
    if (socket.data.hostOf?.[code]) return { id: HOST_AUTHOR, role: 'host' };
    const playerId = socket.data.playerOf?.[code];
    return playerId ? { id: playerId, role: 'player' } : undefined;
  };
  const joined = (code: string, diagramId: DiagramId) => socket.rooms.has(boardRoom(code, diagramId));
  const encode = (code: string, diagramId: DiagramId, snapshot: BoardSnapshot): BoardState => ({
    code,
    diagramId,
    update: toBase64(snapshot.update),
    stateVector: toBase64(snapshot.stateVector),
  });

  withSchema(socket, 'board:join', logger, async ({ code, diagramId }) => {
    if (!actorOf(code)) return failure('NOT_AUTHORIZED');
    // Joined before reading, so no update accepted in between is missed (one relayed before
    // the reply arrives is harmless: Yjs holds it until the state it builds on is there).
    await socket.join(boardRoom(code, diagramId));
    const snapshot = await store.state(code, diagramId);
    return { ok: true, data: encode(code, diagramId, snapshot) };
  });

  withSchema(socket, 'board:update', logger, async ({ code, diagramId, update }): Promise<BoardUpdateAck> => {
    const actor = actorOf(code);
    if (!actor || !joined(code, diagramId)) return failure('NOT_AUTHORIZED');
    // Measured on the base64 text, before decoding anything.
    const result =
      base64Size(update) > MAX_BOARD_UPDATE_BYTES
        ? ({ ok: false, code: 'UPDATE_TOO_LARGE' } as const)
        : await store.apply(code, diagramId, fromBase64(update), actor);
    if (!result.ok) {
      // The sender's document now differs from the server's: send the server's, to resync.
      const state = encode(code, diagramId, await store.state(code, diagramId));
      return { ok: false, error: protocolError(result.code), state };
    }
    socket.to(boardRoom(code, diagramId)).emit('board:update', { code, diagramId, update });
    return { ok: true, data: { diagramId } };
  });

  // Also joins the board: a client back online on a new connection syncs instead of joining.
  withSchema(socket, 'board:sync', logger, async ({ code, diagramId, stateVector }) => {
    if (!actorOf(code)) return failure('NOT_AUTHORIZED');
    await socket.join(boardRoom(code, diagramId));
    let snapshot: BoardSnapshot;
    try {
      snapshot = await store.missing(code, diagramId, fromBase64(stateVector));
    } catch {
      return failure('BAD_REQUEST');
    }
    return { ok: true, data: encode(code, diagramId, snapshot) };
  });

  // Awareness is fire-and-forget (no acknowledgement, so not withSchema): a cursor frame that
  // is malformed or not allowed is dropped like a lost one.
  (socket.on as (event: string, listener: (payload: unknown) => void) => void)('board:awareness', (payload) => {
    const parsed = clientEventSchemas['board:awareness'].safeParse(payload);
    if (!parsed.success) return;
    const { code, diagramId, update } = parsed.data;
    if (!actorOf(code) || !joined(code, diagramId) || base64Size(update) > MAX_AWARENESS_BYTES) return;
    // A listener that throws would take the process down: whatever is wrong with the frame, drop it.
    try {
      presence.receive(socket.id, code, diagramId, fromBase64(update));
    } catch (error) {
      logger.warn('awareness frame dropped', { error: String(error) });
    }
  });

  socket.on('disconnect', () => presence.socketGone(socket.id));
}
