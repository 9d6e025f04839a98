import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { procUsage } from '../processes';
import { GZIP_LEVEL, type FirstLoadJs } from './first-load-js';

export interface StaticServingCost {
  /** Cold loads of the page's first-load JS fetched one after another. */
  loads: number;
  /** The server process's CPU time (user + system, /proc) per cold load of those files. */
  serverCpuMsPerLoad: number;
  /**
   * The same files gzipped at Next's level in this process, per load: the work Next's own
   * handler repeats on every request (it compresses each response on the fly), measured in
   * the same run as the baseline.
   */
  gzipEachRequestMsPerLoad: number;
  /** serverCpuMsPerLoad / gzipEachRequestMsPerLoad. */
  ratioToGzipEachRequest: number;
  /** What a browser on plain HTTP (not localhost) receives for them (gzip). */
  transferKB: number;
}

/**
 * What serving one cold load of a page's first-load JS costs the server: the files fetched
 * as a browser on plain HTTP away from localhost asks for them (gzip: the costlier case), `loads` times in a row, against the
 * server's CPU time. A classroom opening the join link at once is that many cold loads
 * while a game may be running on the same event loop.
 */
export async function staticServingCost(origin: string, pid: number, nextDir: string, build: FirstLoadJs, loads = 50): Promise<StaticServingCost> {
  const urls = build.chunks.map((c) => `${origin}/_next/${c.file}`);
  // One unmeasured load: the server reads (and may compress) each file the first time.
  for (const url of urls) await (await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate' } })).arrayBuffer();
  let transfer = 0;
  const before = procUsage(pid);
  for (let i = 0; i < loads; i++) {
    transfer = 0;
    for (const url of urls) {
      const res = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate' } });
      await res.arrayBuffer();
      transfer += Number(res.headers.get('content-length') ?? 0);
    }
  }
  const after = procUsage(pid);
  const contents = build.chunks.map((c) => fs.readFileSync(path.join(nextDir, c.file)));
  const t0 = process.cpuUsage();
  for (let i = 0; i < loads; i++) for (const content of contents) zlib.gzipSync(content, { level: GZIP_LEVEL });
  const spent = process.cpuUsage(t0);
  const serverCpuMsPerLoad = before && after ? (after.cpuMicros - before.cpuMicros) / 1000 / loads : NaN;
  const gzipEachRequestMsPerLoad = (spent.user + spent.system) / 1000 / loads;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    loads,
    serverCpuMsPerLoad: round(serverCpuMsPerLoad),
    gzipEachRequestMsPerLoad: round(gzipEachRequestMsPerLoad),
    ratioToGzipEachRequest: Math.round((serverCpuMsPerLoad / gzipEachRequestMsPerLoad) * 100) / 100,
    transferKB: round(transfer / 1024),
  };
}
