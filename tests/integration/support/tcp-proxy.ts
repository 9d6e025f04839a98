import net from 'node:net';

/*
 * A TCP proxy that can be cut, for tests that take a backing service (PostgreSQL, Redis)
 * away from a running server and give it back: the server connects to the proxy's port.
 */

export interface TcpProxy {
  /** The port it listens on, on 127.0.0.1. */
  port: number;
  /** Drops every connection and closes new ones at once, until restore(). */
  cut(): void;
  /** Lets new connections through again (dropped ones stay dropped). */
  restore(): void;
  /** Stops listening (connections already through stay until cut or closed by their ends). */
  close(): Promise<void>;
}

/** Starts a proxy from a free port on 127.0.0.1 to targetHost:targetPort (127.0.0.1 by default). */
export async function startTcpProxy({ targetPort, targetHost = '127.0.0.1' }: { targetPort: number; targetHost?: string }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let isCut = false;
  const server = net.createServer((client) => {
    if (isCut) return client.destroy();
    const upstream = net.connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    // Either end gone: the other goes too, as with a real network path.
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      isCut = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      isCut = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
