import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { credentialCookieName } from '../server/http/credential-cookies';
import { budgetOf, readBudgets, verdicts, type Metric } from './pages/budgets';
import { ensureBuild } from './pages/build';
import { firstLoadJs, GZIP_LEVEL, type FirstLoadJs } from './pages/first-load-js';
import { staticServingCost, type StaticServingCost } from './pages/static-cost';
import { figuresOf, type LhrFigures } from './pages/lhr-figures';
import { runLighthouse } from './pages/lighthouse-run';
import { openPlaySession, type BenchSession } from './pages/live-session';
import { startServer } from './pages/server';
import { formatTable, type TableRow } from './pages/table';

/*
 * `npm run bench:pages`: Lighthouse (mobile) on the join, play and lesson pages of the
 * production build, each run several times, the median run reported with the route's
 * first-load JS from the build, against bench/budgets.json. Writes bench/results/pages.json.
 *
 *   npm run bench:pages -- [--runs 3] [--pages join,play,lesson] [--build] [--throttling devtools]
 *   CHROME_PATH=/path/to/chrome overrides Debian's /usr/bin/chromium.
 *
 * `--throttling devtools` has Chromium throttle the load itself (bench/pages/lighthouse-run.ts)
 * instead of simulating it, and writes bench/results/pages-devtools.json: evidence beside the
 * budgets' figures (bench/README.md, "What limits each figure"), not a replacement for them.
 */

const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`[bench:pages] ${line}`);

interface PageSpec {
  /** The name budgets and the table use. */
  page: string;
  /** The app directory route whose build manifest gives the first-load JS. */
  appRoute: string;
  /** The route as the contract reports it (English, dynamic segments in brackets). */
  route: string;
  url(session: BenchSession): string;
  /** HttpOnly cookies the page's requests must carry (the player's seat), set before the load. */
  cookies?(session: BenchSession): { name: string; value: string }[];
}

// Why these three: bench/README.md ("Which pages").
const PAGES: PageSpec[] = [
  { page: 'join', appRoute: '/[locale]/join', route: '/en/join', url: (s) => `/en/join?code=${s.code}` },
  {
    page: 'play',
    appRoute: '/[locale]/play/[code]',
    route: '/en/play/[code]',
    url: (s) => `/en/play/${s.code}`,
    cookies: (s) => [{ name: credentialCookieName('player', s.code), value: s.playerSecret }],
  },
  { page: 'lesson', appRoute: '/[locale]/learn/[topic]', route: '/en/learn/[topic]', url: () => '/en/learn/virtual-machines' },
];

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** What the build says a route loads, next to what the browser loaded in the median run. */
function crossCheck(build: FirstLoadJs, figures: LhrFigures) {
  const built = new Set(build.chunks.map((c) => `/_next/${c.file}`));
  const loaded = new Set(figures.evidence.scripts.map((s) => s.url));
  return {
    browserScriptTransferKB: kb(figures.evidence.scriptTransferBytes),
    browserScriptCount: loaded.size,
    buildChunkCount: built.size,
    onlyInBuildManifest: [...built].filter((f) => !loaded.has(f)),
    onlyLoadedByBrowser: figures.evidence.scripts.filter((s) => !built.has(s.url)).map((s) => `${s.url} (${kb(s.transferBytes)} KB)`),
  };
}

/**
 * Lighthouse now and then fails to record a trace on a loaded machine (NO_NAVSTART,
 * NO_FCP): such a run is repeated, up to two more times, rather than losing the whole bench.
 */
async function withRetries<T>(run: () => Promise<T>, what: string, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts) throw error;
      log(`${what} failed (${error instanceof Error ? error.message : String(error)}); again`);
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, pages: { type: 'string' }, build: { type: 'boolean', default: false }, throttling: { type: 'string', default: 'simulate' } } });
  if (values.throttling !== 'simulate' && values.throttling !== 'devtools') throw new Error(`--throttling: simulate or devtools, not ${values.throttling}`);
  const throttlingMethod: 'simulate' | 'devtools' = values.throttling;
  const budgets = readBudgets(new URL('./budgets.json', import.meta.url));
  const runs = Number(values.runs ?? budgets.runsPerPage);
  const wanted = values.pages?.split(',') ?? PAGES.map((p) => p.page);
  const pages = PAGES.filter((p) => wanted.includes(p.page));
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const started = Date.now();
  const loadBefore = os.loadavg();

  const buildMs = ensureBuild(root, log, values.build);
  const firstLoad = new Map(pages.map((p) => [p.page, firstLoadJs(path.join(root, '.next'), p.appRoute)]));
  const server = await startServer(root);
  log(`server ${server.origin} (pid ${server.pid})`);
  const reports = new Map<string, Result[]>(pages.map((p) => [p.page, []]));
  const staticCost = new Map<string, StaticServingCost>();
  let session: BenchSession | undefined;
  try {
    session = await openPlaySession(server.origin);
    log(`live session ${session.code}: one player in the first question`);
    // One unmeasured request per page: the first render of a route loads its server code.
    for (const p of pages) await fetch(server.origin + p.url(session));
    // Rounds interleave the pages, so a burst of load from others on the machine spreads over all of them.
    for (let round = 1; round <= runs; round++) {
      for (const p of pages) {
        // The question must still run at the next play run: a round of the three pages takes
        // ~30 s simulated, ~70 s throttled by devtools. 120 s is the most one extend gives.
        if (p.page === 'play') await session.extendQuestion(120);
        const t0 = Date.now();
        const lhr = await withRetries(() => runLighthouse(server.origin + p.url(session!), { chromePath, cookies: p.cookies?.(session!), throttlingMethod }), `${p.page} run ${round}`);
        reports.get(p.page)!.push(lhr);
        const f = figuresOf(lhr);
        log(`${p.page} run ${round}/${runs}: performance ${f.performance}, LCP ${f.lcpMs} ms, CLS ${f.cls}, TBT ${f.tbtMs} ms (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      }
    }
    for (const p of pages) {
      const cost = await staticServingCost(server.origin, server.pid, path.join(root, '.next'), firstLoad.get(p.page)!);
      staticCost.set(p.page, cost);
      log(`${p.page}: a cold load's first-load JS costs the server ${cost.serverCpuMsPerLoad} ms of CPU (gzip on each request would be ${cost.gzipEachRequestMsPerLoad} ms; ratio ${cost.ratioToGzipEachRequest})`);
    }
  } finally {
    session?.close();
    await server.stop();
  }

  const tmp = path.join(root, 'bench/results/tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const rows: TableRow[] = [];
  const results = pages.map((p) => {
    const all = reports.get(p.page)!;
    const median = computeMedianRun(all);
    fs.writeFileSync(path.join(tmp, `lighthouse-${p.page}.json`), JSON.stringify(median));
    const f = figuresOf(median);
    const build = firstLoad.get(p.page)!;
    const figures: Record<Metric, number> = { performance: f.performance, lcpMs: f.lcpMs, cls: f.cls, tbtMs: f.tbtMs, firstLoadJsGzipKB: kb(build.gzipBytes) };
    const budgetVerdicts = verdicts(budgetOf(budgets, p.page), figures);
    rows.push({ page: p.page, figures, browserScriptKB: kb(f.evidence.scriptTransferBytes), verdicts: budgetVerdicts });
    return {
      route: p.route,
      ...figures,
      page: p.page,
      url: p.url({ code: 'CODE' } as BenchSession),
      budgets: budgetVerdicts,
      withinBudget: Object.values(budgetVerdicts).every((v) => v.pass),
      fcpMs: f.fcpMs,
      speedIndexMs: f.siMs,
      serverResponseMs: f.ttfbMs,
      firstLoadJs: { gzipLevel: GZIP_LEVEL, rawKB: kb(build.bytes), chunks: build.chunks.map((c) => ({ file: c.file, KB: kb(c.bytes), gzipKB: kb(c.gzipBytes) })) },
      firstLoadJsCrossCheck: crossCheck(build, f),
      staticServing: staticCost.get(p.page),
      evidence: f.evidence,
      runs: all.map((lhr) => {
        const r = figuresOf(lhr);
        return { performance: r.performance, lcpMs: r.lcpMs, cls: r.cls, tbtMs: r.tbtMs, benchmarkIndex: r.benchmarkIndex, median: lhr === median };
      }),
      throttlingMethod,
      machine: { cpus: os.cpus().length, loadavgBefore: loadBefore.map((l) => Number(l.toFixed(2))), loadavgAfter: os.loadavg().map((l) => Number(l.toFixed(2))), benchmarkIndex: f.benchmarkIndex, lighthouse: median.lighthouseVersion, chrome: median.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? null },
    };
  });
  const out = path.join(root, throttlingMethod === 'devtools' ? 'bench/results/pages-devtools.json' : 'bench/results/pages.json');
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log('\n' + formatTable(rows) + '\n');
  // What limits each figure, in one line per page (details in pages.json `evidence`).
  for (const r of results) {
    const e = r.evidence;
    const task = e.longTasks[0];
    console.log(
      `${r.page}: LCP element ${e.lcpElement ?? '?'}; observed FCP/LCP ${e.observedFcpMs}/${e.observedLcpMs} ms with ${e.scriptsEndedBeforeObservedLcp.count} scripts (${e.scriptsEndedBeforeObservedLcp.transferKB} KB) already downloaded; ` +
        `LCP phases ${JSON.stringify(e.lcpPhases)}; longest task ${task ? `${task.durationMs} ms in ${task.url}` : 'none'}; document ${kb(e.documentTransferBytes)} KB`,
    );
  }
  console.log('');
  log(`median of ${runs} runs per page; first-load JS gzip level ${GZIP_LEVEL}; ${buildMs ? `build ${(buildMs / 1000).toFixed(0)} s, ` : ''}total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  log(`wrote ${path.relative(root, out)} (median reports in bench/results/tmp/)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
