import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { createSession, removeTempDirs, startServer } from '../tests/integration/support/live-server';
import type { FromServer, ServerKind, ToServer } from './shared';

/*
 * One server under test, in its own process (so its CPU and memory are its own and it can be
 * pinned to a core): `stackhouse` is the real application (createApplication, Socket.io,
 * SQLite in a temporary directory) with one live session; `y-websocket` is the reference
 * server from npm (@y/websocket-server's setupWSConnection on a `ws` server, in memory, as its
 * bin/server.js runs it). Both listen on port 0 of 127.0.0.1.
 */

const kind = process.argv[2] as ServerKind;

function send(message: FromServer): void {
  process.send?.(message);
}

async function main(): Promise<() => Promise<void>> {
  if (kind === 'stackhouse') {
    // Every annotator joins from 127.0.0.1 within a few seconds: the per-address and per-room
    // join limits (server/limits/limits.ts; 200 at once from one address by default) are
    // raised so that they never refuse one. Per-socket event and awareness rates stay at their
    // defaults: an annotator (1 update and 10 cursors a second) is well within them.
    const server = await startServer({ limits: { joinsPerAddressBurst: 10_000, joinsPerAddressPerSecond: 1_000, joinsPerRoomBurst: 10_000, joinsPerRoomPerSecond: 1_000 } });
    const session = await createSession(server.url);
    send({ type: 'ready', url: server.url, code: session.code });
    return async () => {
      await server.stop();
      removeTempDirs();
    };
  }
  if (kind === 'y-websocket') {
    const wss = new WebSocketServer({ noServer: true });
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('okay');
    });
    wss.on('connection', (conn, req) => setupWSConnection(conn, req));
    server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    send({ type: 'ready', url: `ws://127.0.0.1:${port}`, code: 'bench-board' });
    return async () => {
      for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    };
  }
  throw new Error(`unknown server kind ${kind}`);
}

/** How late the server's event loop runs: a blocked loop delays every relay. */
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let loopResetAt = Date.now();

main().then(
  (stop) => {
    process.on('message', (message: ToServer) => {
      if (message.type === 'loop') {
        // A reset starts the window (no answer); otherwise the delay since then.
        if (message.reset) {
          loopResetAt = Date.now();
          return loop.reset();
        }
        const ms = (ns: number) => Math.round(ns / 1e5) / 10;
        send({ type: 'loop', p50Ms: ms(loop.percentile(50)), p99Ms: ms(loop.percentile(99)), maxMs: ms(loop.max), coveredMs: Date.now() - loopResetAt });
      } else if (message.type === 'usage') {
        const cpu = process.cpuUsage();
        const memory = process.memoryUsage();
        send({ type: 'usage', cpuMicros: cpu.user + cpu.system, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed });
      } else if (message.type === 'stop') {
        stop().finally(() => process.exit(0));
      }
    });
  },
  (error: unknown) => {
    send({ type: 'error', message: String(error) });
    process.exit(1);
  },
);

// Never outlive the orchestrator.
process.on('disconnect', () => process.exit(0));
