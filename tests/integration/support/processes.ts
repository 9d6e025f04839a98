import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import type { Ack, JoinResult } from '../../../lib/protocol/events';
import { PROTOCOL_VERSION } from '../../../lib/protocol/version';
import { withRound, type OwnView } from '../../../lib/quiz/round-view';
import type { HostView, PlayerView } from '../../../lib/quiz/views';
import type { ClientSocket, CreatedSession } from './live-server';

/*
 * The server in a process of its own (server-process.ts) and clients that behave like the
 * real pages: they reconnect by themselves and identify again with their secret. For tests
 * that kill or stop the server.
 */

const RECONNECT = { reconnectionDelay: 200, reconnectionDelayMax: 1000 };

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts tests/integration/support/server-process.ts; resolves once it listens. */
export function startProcess(port: number, dataDir: string, limitSec: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/support/server-process.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, QUESTION_LIMIT_SEC: String(limitSec), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server process not ready within 30 s')), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('ready')) return;
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
  });
}

/** A phone: reconnects by itself, as the real client does, and resumes with its secret. */
export class Phone {
  readonly socket: ClientSocket;
  secret: string | undefined;
  playerId: string | undefined;
  view: PlayerView | undefined;
  /** This player's own part of the step whose round comes next (reveal, leaderboard, podium). */
  private pendingOwn: OwnView | null = null;
  /** When the last resume after a reconnection was acknowledged. */
  resumedAt = 0;
  /** `options` adds to the socket's (e.g. a source address: support/spread-clients.ts). */
  constructor(url: string, readonly nickname: string, private readonly code: string, options: Partial<ManagerOptions & SocketOptions> = {}) {
    this.socket = io(url, { auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, ...RECONNECT, ...options });
    this.socket.on('player:state', (v) => (this.view = v));
    this.socket.on('player:own', (o) => (this.pendingOwn = o));
    this.socket.on('player:round', (r) => {
      if (this.view) this.view = withRound(this.view, r, this.pendingOwn);
      this.pendingOwn = null;
    });
    this.socket.on('connect', () => {
      if (!this.secret) return;
      void this.ask<PlayerView>('player:resume', { code: this.code, playerSecret: this.secret }, 10_000, (r) => {
        if (!r.ok) return;
        this.view = r.data;
        this.resumedAt = Date.now();
      });
    });
  }
  /** `onAck` runs as the acknowledgement is read, before any later frame (a round needs the view it sets). */
  ask<T>(event: string, payload: unknown, timeoutMs = 10_000, onAck?: (r: Ack<T>) => void): Promise<Ack<T>> {
    return new Promise((resolve, reject) => {
      const timed = this.socket.timeout(timeoutMs) as unknown as { emit(e: string, p: unknown, cb: (err: Error | null, r: Ack<T>) => void): void };
      timed.emit(event, payload, (err, r) => {
        if (err) return reject(err);
        onAck?.(r);
        resolve(r);
      });
    });
  }
  connected(): Promise<void> {
    return this.socket.connected ? Promise.resolve() : new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }
  async join(): Promise<void> {
    await this.connected();
    const r = await this.ask<JoinResult>('player:join', { code: this.code, nickname: this.nickname, locale: 'en' }, 10_000, (a) => a.ok && (this.view = a.data.view));
    if (!r.ok) throw new Error(`join ${this.nickname}: ${r.error.code}`);
    this.secret = r.data.playerSecret;
    this.playerId = r.data.playerId;
  }
}


/** The host console: re-attaches after every reconnection. */
export class HostPhone {
  private constructor(
    readonly socket: ClientSocket,
    private readonly session: CreatedSession,
  ) {}

  static async attach(url: string, session: CreatedSession, options: Partial<ManagerOptions & SocketOptions> = {}): Promise<HostPhone> {
    const socket: ClientSocket = io(url, { auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, ...RECONNECT, ...options });
    const host = new HostPhone(socket, session);
    socket.on('connect', () => void host.attachAgain());
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const first = await host.attachAgain();
    if (!first.ok) throw new Error(`host:attach: ${first.error.code}`);
    return host;
  }

  ask<T>(event: string, payload: unknown): Promise<Ack<T>> {
    return (this.socket.timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<T>> }).emitWithAck(event, payload);
  }

  attachAgain(): Promise<Ack<HostView>> {
    return this.ask<HostView>('host:attach', { code: this.session.code, hostSecret: this.session.hostSecret, locale: 'en' });
  }

  async command(action: string): Promise<HostView> {
    const r = await this.ask<HostView>('host:command', { code: this.session.code, command: { action } });
    if (!r.ok) throw new Error(`${action}: ${r.error.code}`);
    return r.data;
  }
}
