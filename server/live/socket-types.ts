import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../lib/protocol/events';
import type { BoardActor } from '../../lib/board/model';
import type { Locale } from '../../lib/quiz/types';

/** What the server remembers about one connection. */
export interface SocketData {
  /** Sessions this socket controls as host, with the language it shows them in. */
  hostOf: Record<string, Locale>;
  /** The player this socket plays as, per session code. */
  playerOf: Record<string, string>;
  /** Cohort spaces this socket is bound to, by invitation code (the room code of their boards): as host or as a member. */
  cohortOf: Record<string, BoardActor>;
}

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Socket.io room names. Rooms, not socket lists, so emits also reach other nodes later. */
export const roomNames = {
  host: (code: string, locale: Locale) => `host:${code}:${locale}`,
  player: (code: string, playerId: string) => `player:${code}:${playerId}`,
  /** Every socket bound to a player of the session who plays in `locale`: where a RoundView goes. */
  players: (code: string, locale: Locale) => `players:${code}:${locale}`,
};
