import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RefusingProxy = { url: string; refusedUpgrades: () => number; close: () => Promise<void> };

/**
 * A stand-in for a school or company proxy that passes plain HTTP through to `target` and
 * refuses every WebSocket upgrade with 403, as some do. A page opened through `url` reaches
 * the real server for everything except WebSocket.
 */
export async function startWebSocketRefusingProxy(target: string): Promise<RefusingProxy> {
  const upstream = new URL(target);
  let refused = 0;
  const server = createServer((req, res) => {
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers as IncomingHttpHeaders },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.on('upgrade', (_req, socket) => {
    refused++;
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    refusedUpgrades: () => refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
