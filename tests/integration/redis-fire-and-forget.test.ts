import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFireAndForget } from '../../server/cluster/fire-and-forget';
import { REDIS_URL, redisUnreachable } from './support/redis';

/**
 * The Socket.io Redis Streams adapter drops the promises of some commands; on a closed
 * connection they reject with nobody listening, and an unhandled rejection ends a node. With
 * a real Redis: a command sent that way on a closed client is reported and handled, one that
 * is awaited still fails for its caller, and the adapter's duplicated clients are covered.
 * (Without the watch, such a rejection failed a CI run: "Unhandled Rejection: Connection is
 * closed." while the multi-node tests closed their nodes.)
 */
const skipReason = await redisUnreachable();
if (skipReason) console.warn(`Skipping the Redis fire-and-forget test: ${skipReason}.`);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const clients: Redis[] = [];

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  for (const c of clients.splice(0)) c.disconnect();
});

/** Lets pending rejections surface: unhandled ones are reported after the microtasks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe.skipIf(Boolean(skipReason))('Redis commands nobody waits for', () => {
  it('a publish, a subscribe and a set on a closed connection are reported, not left unhandled', async () => {
    process.on('unhandledRejection', onUnhandled);
    const failures: string[] = [];
    const client = watchFireAndForget(new Redis(REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: true }), (command) => failures.push(command));
    clients.push(client);
    await client.connect();
    expect(await client.publish('stackhouse:test:fire-and-forget', 'x')).toBeTypeOf('number');
    client.disconnect();
    // Sent as the adapter sends them: the promise dropped.
    void client.publish('stackhouse:test:fire-and-forget', 'after close');
    void client.set('stackhouse:test:fire-and-forget', '1', 'PX', 1000);
    void client.subscribe('stackhouse:test:fire-and-forget');
    await settle();
    expect(unhandled).toEqual([]);
    expect(failures.sort()).toEqual(['publish', 'set', 'subscribe']);
    // A caller that waits still gets the error.
    await expect(client.publish('stackhouse:test:fire-and-forget', 'awaited')).rejects.toThrow(/Connection is closed/);
  });

  it("covers the clients the adapter makes with duplicate()", async () => {
    process.on('unhandledRejection', onUnhandled);
    const failures: string[] = [];
    const client = watchFireAndForget(new Redis(REDIS_URL, { maxRetriesPerRequest: null }), (command) => failures.push(command));
    const copy = client.duplicate();
    clients.push(client, copy);
    await new Promise((resolve) => copy.once('ready', resolve));
    copy.disconnect();
    void copy.subscribe('stackhouse:test:fire-and-forget');
    await settle();
    expect(unhandled).toEqual([]);
    expect(failures).toEqual(['subscribe']);
  });

});
