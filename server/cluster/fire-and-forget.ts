import type { Redis } from 'ioredis';

/** Commands the Socket.io Redis Streams adapter sends without handling their failure. */
const UNWATCHED = ['publish', 'spublish', 'set', 'subscribe', 'ssubscribe'] as const;

/**
 * @socket.io/redis-streams-adapter 0.3 sends some commands and drops the promise: an ephemeral
 * PUBLISH, its SUBSCRIBE, a session SET. When the connection closes under them (a node
 * shutting down, Redis gone while the client is closed), they reject with "Connection is
 * closed." and nobody catches it: an unhandled rejection, which ends a Node process. Each
 * such command's promise gets a handler here, so a failure is reported through `onFailure`;
 * the promise returned is the same one, so a caller that awaits it still sees the error.
 * Clients the adapter makes with `duplicate()` (its stream reader and subscriber) get the
 * same treatment.
 */
export function watchFireAndForget(client: Redis, onFailure: (command: string, error: unknown) => void): Redis {
  const methods = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const command of UNWATCHED) {
    const original = methods[command]!.bind(client);
    methods[command] = (...args: unknown[]) => {
      const result = original(...args);
      if (result instanceof Promise) result.catch((error: unknown) => onFailure(command, error));
      return result;
    };
  }
  const duplicate = client.duplicate.bind(client);
  client.duplicate = ((...args: Parameters<Redis['duplicate']>) => watchFireAndForget(duplicate(...args), onFailure)) as Redis['duplicate'];
  return client;
}
