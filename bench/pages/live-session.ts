import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../lib/protocol/events';
import { PROTOCOL_VERSION } from '../../lib/protocol/version';

/*
 * A real live session for the play page: created through the HTTP API as the host setup page
 * does, one player joined over Socket.io as the join page does, and the first question
 * started, so /play/CODE renders what a student's phone shows mid-game.
 */

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface BenchSession {
  code: string;
  /** The player's secret; the browser carries it in its HttpOnly cookie, as after a join. */
  playerSecret: string;
  /** Adds time to the running question so it is still open during the next run. */
  extendQuestion(seconds: number): Promise<void>;
  close(): void;
}

/** The quiz every live benchmark plays; its first question is single choice (30 s). */
const QUIZ_ID = 'containers-vs-vms';

/** A Socket.io client of our protocol, without reconnection (a benchmark's client either works or fails). */
export function connect(origin: string): ClientSocket {
  return io(origin, { auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket'], reconnection: false });
}

/** Sends an event and returns its acknowledged data; a refusal throws. */
export async function ask<T>(socket: ClientSocket, event: string, payload: unknown): Promise<T> {
  const timed = socket.timeout(10_000) as unknown as { emitWithAck(ev: string, p: unknown): Promise<Ack<T>> };
  const ack = await timed.emitWithAck(event, payload);
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error.code} ${ack.error.message ?? ''}`);
  return ack.data;
}

/** Opens a session, joins one player, starts the first question. */
export async function openPlaySession(origin: string): Promise<BenchSession> {
  const response = await fetch(`${origin}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ quizId: QUIZ_ID, locale: 'en' }),
  });
  if (response.status !== 201) throw new Error(`POST /api/sessions answered ${response.status}: ${await response.text()}`);
  const { code, hostSecret } = (await response.json()) as { code: string; hostSecret: string };

  const host = connect(origin);
  await ask(host, 'host:attach', { code, hostSecret, locale: 'en' });
  const player = connect(origin);
  const joined = await ask<{ playerSecret: string }>(player, 'player:join', { code, nickname: 'Bench Player', locale: 'en' });
  // The browser resumes as this player; two sockets for one player would be a second tab.
  player.disconnect();
  await ask(host, 'host:command', { code, command: { action: 'start' } });

  return {
    code,
    playerSecret: joined.playerSecret,
    extendQuestion: async (seconds) => {
      await ask(host, 'host:command', { code, command: { action: 'extend', seconds } });
    },
    close: () => host.disconnect(),
  };
}
