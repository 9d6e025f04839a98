'use client';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../protocol/events';
import type { ProtocolError } from '../protocol/errors';
import { PROTOCOL_VERSION } from '../protocol/version';

export type LiveClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A socket to this page's own server, speaking our protocol version. WebSocket first; on a
 * network that refuses it (some school and company proxies do), the same attempt moves on to
 * HTTP long-polling (`tryAllTransports`) instead of retrying WebSocket forever.
 */
export function connectLive(): LiveClientSocket {
  return io({ auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket', 'polling'], tryAllTransports: true, reconnectionDelayMax: 3000 });
}

type EventWithAck = {
  [E in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[E]>[1] extends (r: Ack<infer _T>) => void ? E : never;
}[keyof ClientToServerEvents];
type AckData<E extends EventWithAck> = Parameters<ClientToServerEvents[E]>[1] extends (r: Ack<infer T>) => void ? T : never;

const TIMEOUT_MS = 10_000;

/** Sends an event and waits for its acknowledgement; a silent server becomes a TIMEOUT error. */
export async function request<E extends EventWithAck>(
  socket: LiveClientSocket,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
): Promise<Ack<AckData<E>>> {
  try {
    const timed = socket.timeout(TIMEOUT_MS) as unknown as { emitWithAck(ev: string, p: unknown): Promise<Ack<AckData<E>>> };
    return await timed.emitWithAck(event, payload);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'timeout' } satisfies ProtocolError };
  }
}
