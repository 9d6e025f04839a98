import { createServer } from 'node:http';
import next from 'next';
import { QUESTION_BANK } from '../lib/content/bank';
import { LESSONS } from '../lib/content/lessons';
import { MISCONCEPTIONS } from '../lib/content/misconceptions';
import { QUIZZES } from '../lib/content/quizzes';
import { providePageViews } from '../lib/pages/page-views';
import { createApplication } from './app';
import { loadCohortMessages } from './cohort/cohort-service';
import { shutDown } from './shutdown';
import { systemClock } from './clock';
import { parseConfig } from './config';
import { loadReportMessages } from './http/report-csv';
import { createStaticAssets } from './http/static-assets';
import { createConsoleLogger } from './logger';
import { openStorage } from './persistence/database';

/** The one process: Next pages and Socket.io on one port. The only reader of the environment. */
async function main(): Promise<void> {
  const root = new URL('..', import.meta.url);
  // Next reads its build relative to the working directory: make it the project's,
  // wherever the server was started from.
  process.chdir(root.pathname);
  const config = parseConfig(process.env, root.pathname);
  const logger = createConsoleLogger(config.logLevel);
  // A promise some library dropped (the Redis adapter did: server/cluster/fire-and-forget.ts)
  // must not end a node that serves live rooms: it is logged as an error and the node goes on.
  // Everything stored is in the database already; a crash would only drop every connection.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason instanceof Error ? (reason.stack ?? reason.message) : String(reason) }));
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  logger.info('storage ready', { dialect: storage.dialect, dataDir: storage.dialect === 'sqlite' ? config.dataDir : undefined });

  const nextApp = next({ dev: config.dev, dir: root.pathname, hostname: config.hostname, port: config.port });
  await nextApp.prepare();
  const handle = nextApp.getRequestHandler();
  const upgrade = config.dev ? nextApp.getUpgradeHandler() : undefined;
  // The build's static files from memory, compressed once (the dev server builds them on demand).
  const assets = config.dev ? null : createStaticAssets(new URL('.next/static/', root).pathname);

  const httpServer = createServer();
  const app = createApplication(httpServer, {
    storage,
    quizzes: QUIZZES,
    bank: QUESTION_BANK,
    misconceptions: MISCONCEPTIONS,
    clock: systemClock,
    logger,
    reportMessages: loadReportMessages(new URL('locales/', root)),
    lessons: LESSONS,
    cohortMessages: loadCohortMessages(new URL('locales/', root)),
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    cluster: config.redisUrl ? { redisUrl: config.redisUrl, nodeId: config.nodeId } : undefined,
    limits: config.limits,
    fallback: async (req, res) => {
      if (!(await assets?.serve(req, res))) await handle(req, res);
    },
  });
  // The play page renders a returning player's current screen into its first HTML.
  providePageViews(app.pageViews);
  if (upgrade) {
    httpServer.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket.io/')) void upgrade(req, socket, head);
    });
  }
  await app.start();
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.hostname, resolve));
  logger.info('listening', { url: `http://localhost:${config.port}`, mode: config.dev ? 'development' : 'production' });
  void assets?.warm().catch((error: unknown) => logger.warn('static files not compressed ahead', { error: String(error) }));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await shutDown({ app, httpServer, storage, logger });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
