import { monitorEventLoopDelay } from 'node:perf_hooks';
import { removeTempDirs, startServer, testQuiz } from '../tests/integration/support/live-server';

/*
 * The server of the soak benchmark, in its own process so its memory and CPU are its own:
 * the real application on SQLite in a temporary directory. Answers `usage` messages with
 * its memory, CPU time and event-loop delay since the last one.
 */

const server = await startServer({
  quizzes: [testQuiz({ id: 'soak', limitSec: 4 })],
  // Every simulated player connects from 127.0.0.1, game after game.
  limits: { joinsPerAddressBurst: 1e6, joinsPerAddressPerSecond: 1e6, joinsPerRoomBurst: 1e6, joinsPerRoomPerSecond: 1e6 },
});
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
process.send?.({ type: 'ready', url: server.url });
process.on('message', (message: { type: string }) => {
  if (message.type === 'usage') {
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    process.send?.({ type: 'usage', rssMb: memory.rss / 2 ** 20, heapMb: memory.heapUsed / 2 ** 20, cpuMicros: cpu.user + cpu.system, loopP99Ms: loop.percentile(99) / 1e6 });
    loop.reset();
  } else if (message.type === 'stop') {
    void server.stop().finally(() => {
      removeTempDirs();
      process.exit(0);
    });
  }
});
process.on('disconnect', () => process.exit(0));
