import http from 'node:http';
import { createApplication } from '../../../server/app';
import { systemClock } from '../../../server/clock';
import { silentLogger } from '../../../server/logger';
import { openStorage } from '../../../server/persistence/database';
import { shutDown } from '../../../server/shutdown';
import { REPORT_MESSAGES, testQuiz } from './live-server';

/*
 * The application in a process of its own, for tests that kill it (SIGKILL) and start it
 * again: PORT and DATA_DIR from the environment, the integration quiz with QUESTION_LIMIT_SEC
 * seconds per question. Prints "ready" once it listens. As one node of several: DATABASE_URL,
 * REDIS_URL, CLUSTER_PREFIX and NODE_ID, behind a proxy (TRUST_PROXY=1).
 */

const port = Number(process.env.PORT);
const dataDir = process.env.DATA_DIR!;
const limitSec = Number(process.env.QUESTION_LIMIT_SEC ?? 30);

const redisUrl = process.env.REDIS_URL;
const storage = await openStorage({ dataDir, databaseUrl: process.env.DATABASE_URL });
const server = http.createServer();
const app = createApplication(server, {
  storage,
  quizzes: [testQuiz({ limitSec })],
  clock: systemClock,
  logger: silentLogger,
  reportMessages: REPORT_MESSAGES,
  // Every simulated player connects from 127.0.0.1: a whole school behind one address.
  limits: { joinsPerAddressBurst: 10_000, joinsPerRoomBurst: 10_000 },
  trustProxy: process.env.TRUST_PROXY === '1',
  cluster: redisUrl ? { redisUrl, prefix: process.env.CLUSTER_PREFIX, nodeId: process.env.NODE_ID } : undefined,
});
await app.start();
process.on('SIGTERM', () => {
  void shutDown({ app, httpServer: server, storage, logger: silentLogger }).then(() => process.exit(0));
});
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
process.stdout.write('ready\n');
