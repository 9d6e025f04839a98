import type { HostView, PlayerView } from '../quiz/views';
import type { ProtocolError } from './errors';
import type { ClientPayload } from './schemas';

/** Every acknowledgement: a result, or a typed error. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };
export type AckCallback<T> = (response: Ack<T>) => void;

/** What `player:join` returns. Keep `playerSecret`: it alone lets this player back in. */
export interface JoinResult {
  playerId: string;
  playerSecret: string;
  view: PlayerView;
}

/** Events a client sends. Each payload is validated by `clientEventSchemas`. */
export interface ClientToServerEvents {
  /** Take control of a session with its host secret; the socket then receives `host:state`. */
  'host:attach': (payload: ClientPayload<'host:attach'>, ack: AckCallback<HostView>) => void;
  /** start, next, pause, resume, extend, skip, end, lock, unlock, remove, extraTime, scoring. */
  'host:command': (payload: ClientPayload<'host:command'>, ack: AckCallback<HostView>) => void;
  /** Join with a nickname and a language. */
  'player:join': (payload: ClientPayload<'player:join'>, ack: AckCallback<JoinResult>) => void;
  /** Come back after a reload, a sleeping phone or a network cut. */
  'player:resume': (payload: ClientPayload<'player:resume'>, ack: AckCallback<PlayerView>) => void;
  /** Switch this player's language mid-game. */
  'player:locale': (payload: ClientPayload<'player:locale'>, ack: AckCallback<PlayerView>) => void;
  /** Answer the current question. Acknowledged only once the answer is stored. */
  'answer:submit': (payload: ClientPayload<'answer:submit'>, ack: AckCallback<{ questionIndex: number }>) => void;
}

/** Events the server sends. */
export interface ServerToClientEvents {
  /** The host's view changed. */
  'host:state': (view: HostView) => void;
  /** This player's view changed. */
  'player:state': (view: PlayerView) => void;
  /** The host removed this player; the socket is then disconnected. */
  'player:removed': (payload: { code: string }) => void;
}

/** Handshake `auth` object every client sends. */
export interface HandshakeAuth {
  protocol: number;
}
