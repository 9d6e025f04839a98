import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxAvailable, startNginx, type RunningNginx } from './support/nginx';
import { connectedFrom, loopbackAddress } from './support/spread-clients';

/*
 * The shipped nginx config (deploy/nginx/stackhouse.conf) in front of three bare Socket.io
 * nodes: players from different addresses are spread over the nodes, each address stays on
 * its node (which long-polling needs), and a dead node's players get in through another.
 */

const available = nginxAvailable();
if (!available) console.warn('Skipping the nginx tests: nginx is not installed (Debian: apt-get install -y --no-install-recommends nginx; npm test installs it when run as root).');

interface Whoami {
  node: number;
  forwardedFor: string | undefined;
}

interface Node {
  http: HttpServer;
  io: Server;
  address: string;
}

async function startNode(index: number): Promise<Node> {
  const http = createServer();
  const io = new Server(http);
  io.on('connection', (socket) => {
    socket.on('whoami', (ack: (answer: Whoami) => void) => ack({ node: index, forwardedFor: socket.handshake.headers['x-forwarded-for'] as string | undefined }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  return { http, io, address: `127.0.0.1:${(http.address() as AddressInfo).port}` };
}

async function stopNode(node: Node): Promise<void> {
  // io.close() disconnects its clients and closes the HTTP server; open keep-alive
  // connections would hold that up.
  const closed = new Promise<void>((resolve) => node.io.close(() => resolve()));
  node.http.closeAllConnections();
  await closed;
}

const CLIENTS = 30;
const addresses = Array.from({ length: CLIENTS }, (_, i) => loopbackAddress(i));

describe.skipIf(!available)('nginx in front of several nodes (shipped config)', () => {
  let nodes: Node[] = [];
  let nginx: RunningNginx;
  let url: string;
  const sockets: Socket[] = [];
  /** Where each address landed over WebSocket. */
  const landed = new Map<string, number>();

  async function ask(address: string, transports: ('websocket' | 'polling')[]): Promise<Whoami> {
    const socket = await connectedFrom(url, address, { transports });
    sockets.push(socket);
    try {
      return (await socket.timeout(5_000).emitWithAck('whoami')) as Whoami;
    } finally {
      socket.close();
    }
  }

  beforeAll(async () => {
    nodes = await Promise.all([0, 1, 2].map(startNode));
    nginx = await startNginx({ upstreams: nodes.map((n) => n.address) });
    url = `http://127.0.0.1:${nginx.port}`;
  });

  afterAll(async () => {
    for (const s of sockets) s.close();
    await nginx?.stop();
    await Promise.all(nodes.map((n) => stopNode(n).catch(() => undefined)));
  });

  it('connects players from 30 addresses over WebSocket, answers each, and spreads them over the nodes', async () => {
    const answers = await Promise.all(addresses.map((address) => ask(address, ['websocket'])));
    answers.forEach((answer, i) => {
      landed.set(addresses[i]!, answer.node);
      // nginx passes the player's address on; the nodes count joins by it (TRUST_PROXY).
      expect(answer.forwardedFor).toBe(addresses[i]);
    });
    const perNode = [0, 1, 2].map((n) => answers.filter((a) => a.node === n).length);
    console.info(`players per node: ${perNode.join(', ')}`);
    expect(perNode.filter((count) => count > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps each address on its node, over long-polling and with the upgrade to WebSocket too', async () => {
    expect(landed.size).toBe(CLIENTS);
    // Polling only: the handshake and every poll after it are separate HTTP requests, which
    // all have to reach the node that holds the session for it to work at all.
    const polled = await Promise.all(addresses.map((address) => ask(address, ['polling'])));
    expect(polled.map((a) => a.node)).toEqual(addresses.map((a) => landed.get(a)));
    expect(polled.map((a) => a.forwardedFor)).toEqual(addresses);
    // The browser's way: polling first, then the upgrade.
    const upgraded = await Promise.all(addresses.slice(0, 10).map((address) => ask(address, ['polling', 'websocket'])));
    expect(upgraded.map((a) => a.node)).toEqual(addresses.slice(0, 10).map((a) => landed.get(a)));
  });

  it('sends new connections from a dead node\'s addresses to another node, and leaves the others where they were', async () => {
    const dead = landed.get(addresses[0]!)!;
    await stopNode(nodes[dead]!);
    const answers = await Promise.all(addresses.map((address) => ask(address, ['websocket'])));
    answers.forEach((answer, i) => {
      const before = landed.get(addresses[i]!)!;
      if (before === dead) expect(answer.node).not.toBe(dead);
      // Consistent hashing: the survivors' players keep their node.
      else expect(answer.node).toBe(before);
    });
    // Over polling too.
    const polled = await ask(addresses[0]!, ['polling']);
    expect(polled.node).not.toBe(dead);
  });
});
