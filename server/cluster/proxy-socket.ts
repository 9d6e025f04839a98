import type { IncomingHttpHeaders } from 'node:http';
import type { LiveServer, LiveSocket, SocketData } from '../live/socket-types';

/** What a node sends about one of its sockets with each event it forwards to a room's owner. */
export interface SocketSnapshot {
  id: string;
  data: SocketData;
  rooms: string[];
  headers: IncomingHttpHeaders;
  address: string;
}

/** The owner's answer to a forwarded event: the acknowledgement, and what changed on the socket. */
export interface ForwardedResult {
  ack: unknown;
  data: SocketData;
  joined: string[];
  left: string[];
}

type Listener = (...args: unknown[]) => void;

/**
 * On a room's owner, the stand-in for a socket connected to another node: the same handlers
 * are attached to it as to a local socket (server/app.ts), so an event forwarded here runs
 * exactly the code it would run locally. Joins and data changes are recorded and sent back
 * for the real socket; emits to others go through the adapter, which reaches every node.
 * It lives as long as the real socket (its handlers keep per-socket state).
 */
export class ProxySocket {
  readonly id: string;
  data: SocketData;
  rooms = new Set<string>();
  request: { headers: IncomingHttpHeaders; socket: { remoteAddress: string } };
  handshake: { address: string; headers: IncomingHttpHeaders; auth: Record<string, unknown> };
  private readonly listeners = new Map<string, Listener[]>();
  private joined = new Set<string>();
  private left = new Set<string>();

  constructor(
    private readonly io: LiveServer,
    snapshot: SocketSnapshot,
  ) {
    this.id = snapshot.id;
    this.data = structuredClone(snapshot.data);
    this.request = { headers: snapshot.headers, socket: { remoteAddress: snapshot.address } };
    this.handshake = { address: snapshot.address, headers: snapshot.headers, auth: {} };
    this.rooms = new Set(snapshot.rooms);
  }

  /** Seen as a Socket.io socket by the handlers: they use only what this class has. */
  asSocket(): LiveSocket {
    return this as unknown as LiveSocket;
  }

  on(event: string, listener: Listener): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
    return this;
  }

  use(): this {
    return this;
  }

  join(rooms: string | string[]): void {
    for (const room of Array.isArray(rooms) ? rooms : [rooms]) {
      this.rooms.add(room);
      this.joined.add(room);
      this.left.delete(room);
    }
  }

  leave(room: string): void {
    this.rooms.delete(room);
    this.left.add(room);
    this.joined.delete(room);
  }

  /** To everyone in the room but this socket, on whichever node they are. */
  to(room: string) {
    return this.io.to(room).except(this.id);
  }

  emit(event: string, ...args: unknown[]): boolean {
    (this.io.to(this.id).emit as (ev: string, ...a: unknown[]) => boolean)(event, ...args);
    return true;
  }

  disconnect(close?: boolean): this {
    this.io.in(this.id).disconnectSockets(close);
    return this;
  }

  /**
   * Runs one forwarded event: the real socket's data and rooms first (it is the source of
   * truth), then the handler, then what changed. Undefined when nothing handles the event.
   */
  async run(snapshot: SocketSnapshot, event: string, args: unknown[], timeoutMs: number): Promise<ForwardedResult | undefined> {
    const listener = this.listeners.get(event)?.[0];
    if (!listener) return undefined;
    this.data = structuredClone(snapshot.data);
    this.rooms = new Set(snapshot.rooms);
    this.request.headers = snapshot.headers;
    this.joined = new Set();
    this.left = new Set();
    const ack = await new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      listener(...args, (response: unknown) => {
        clearTimeout(timer);
        resolve(response);
      });
    });
    return { ack, data: this.data, joined: [...this.joined], left: [...this.left] };
  }

  /** The real socket is gone: what its handlers do on disconnect runs here too. */
  gone(): void {
    for (const listener of this.listeners.get('disconnect') ?? []) listener('transport close');
    this.listeners.clear();
  }
}

/**
 * Applies what a forwarded event changed to the real socket's data: only the entries the
 * owner changed, so two events forwarded at once to different owners do not undo each other.
 */
export function mergeSocketData(real: SocketData, before: SocketData, after: SocketData): void {
  for (const field of ['hostOf', 'playerOf', 'cohortOf'] as const) {
    const target = (real[field] ??= {}) as Record<string, unknown>;
    const was = (before[field] ?? {}) as Record<string, unknown>;
    const now = (after[field] ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(was)) if (!(key in now)) delete target[key];
    for (const [key, value] of Object.entries(now)) {
      if (JSON.stringify(was[key]) !== JSON.stringify(value)) target[key] = value;
    }
  }
}
