import http from 'node:http';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';

/*
 * Simulated players from many addresses on one machine, so that a proxy that hashes the client
 * address (deploy/nginx/stackhouse.conf) spreads them over the nodes. All of 127.0.0.0/8 is
 * loopback on Linux: a socket bound to 127.0.0.7 reaches a server on 127.0.0.1, which sees
 * 127.0.0.7 as the peer.
 *
 * How the address gets through engine.io-client 6.6 in Node: the websocket transport hands
 * `localAddress` (and `agent`, `family`) to `ws`; the polling transport hands only `agent` to
 * xmlhttprequest-ssl, which ignores `localAddress`. So the address goes in an http.Agent, which
 * both transports use, and in `localAddress` too for the websocket transport.
 */

/** The n-th simulated address (0 -> 127.0.0.2, 1 -> 127.0.0.3, ...); 127.0.0.1 is left to the servers. */
export function loopbackAddress(n: number): string {
  const host = n + 2;
  if (!Number.isInteger(n) || n < 0 || host > 255 * 256 * 256 - 1) throw new Error(`no loopback address number ${n}`);
  return `127.${(host >> 16) & 255}.${(host >> 8) & 255}.${host & 255}`;
}

/**
 * A socket.io-client socket whose connections (WebSocket and long-polling) come from
 * `sourceAddress` (an IPv4 loopback address). Not yet necessarily connected; forceNew, so
 * clients never share a connection. The URL should name an IPv4 host (127.0.0.1; `localhost`
 * works too, since connections are made over IPv4).
 */
export function connectFrom(url: string, sourceAddress: string, opts: Partial<ManagerOptions & SocketOptions> = {}): Socket {
  const agent = new http.Agent({ localAddress: sourceAddress, family: 4 });
  // engine.io-client types `agent` as string | boolean and leaves out `localAddress` and
  // `family`; its Node transports read them all (see above).
  const fromAddress = { agent, localAddress: sourceAddress, family: 4 } as unknown as Partial<ManagerOptions>;
  return io(url, { forceNew: true, reconnection: false, ...opts, ...fromAddress });
}

/** connectFrom, resolved once connected; rejects with the connect error (and closes the socket). */
export function connectedFrom(url: string, sourceAddress: string, opts: Partial<ManagerOptions & SocketOptions> = {}): Promise<Socket> {
  const socket = connectFrom(url, sourceAddress, opts);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(new Error(`connecting from ${sourceAddress}: ${error.message}`));
    });
  });
}

/** The socket options that make a client connect from `sourceAddress` (for clients built elsewhere, e.g. support/processes.ts). */
export function fromAddressOptions(sourceAddress: string): Partial<ManagerOptions & SocketOptions> {
  const agent = new http.Agent({ localAddress: sourceAddress, family: 4 });
  return { agent, localAddress: sourceAddress, family: 4 } as unknown as Partial<ManagerOptions & SocketOptions>;
}
