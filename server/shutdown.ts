import type { Server as HttpServer } from 'node:http';
import type { Application } from './app';
import type { Logger } from './logger';
import type { Storage } from './persistence/types';

/**
 * SIGTERM: stop accepting connections, tell clients the server is restarting, let every write
 * already under way finish, close the sockets (clients then reconnect to the next process),
 * close the database. Everything acknowledged is stored by then; nothing new was taken.
 */
export async function shutDown({ app, httpServer, storage, logger }: { app: Application; httpServer: HttpServer; storage: Storage; logger: Logger }): Promise<void> {
  const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await app.shutdown();
  httpServer.closeAllConnections();
  await closed;
  await storage.close();
  logger.info('stopped cleanly');
}
