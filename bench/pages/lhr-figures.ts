import type { Result } from 'lighthouse';

/*
 * The figures the benchmark reports from one Lighthouse report, and the evidence of what
 * limits each: the LCP element and its phases, the longest main-thread tasks and the scripts
 * that cost most CPU, the layout shifts, and what the browser downloaded.
 */

export interface ScriptRequest {
  url: string;
  transferBytes: number;
  resourceBytes: number;
}

export interface LhrFigures {
  performance: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  siMs: number;
  ttfbMs: number | null;
  /** Lighthouse's CPU benchmark of this machine at the time of the run (about 1000+ on a fast desktop). */
  benchmarkIndex: number;
  evidence: {
    /** Unthrottled times of the trace Lighthouse simulates from, ms. */
    observedFcpMs: number;
    observedLcpMs: number;
    /**
     * Scripts whose download ended before the observed LCP. Lantern (the simulation) counts
     * every request that ended before the observed LCP as one the LCP waited for, in its
     * optimistic and pessimistic estimates alike (it leaves out only low-priority images).
     */
    scriptsEndedBeforeObservedLcp: { count: number; transferKB: number };
    lcpElement: string | null;
    /** TTFB, resource load delay, load duration and render delay of the LCP, in ms. */
    lcpPhases: Record<string, number> | null;
    longTasks: { url: string; startMs: number; durationMs: number }[];
    /** Scripting CPU per script, ms (simulated: 4x the observed). */
    bootup: { url: string; scriptingMs: number; parseCompileMs: number }[];
    mainThreadMs: Record<string, number>;
    layoutShifts: { element: string; score: number }[];
    unusedJsKB: number;
    renderBlocking: { url: string; wastedMs: number }[];
    scripts: ScriptRequest[];
    scriptTransferBytes: number;
    documentTransferBytes: number;
  };
}

type Items = Record<string, unknown>[];

function items(lhr: Result, audit: string): Items {
  const details = lhr.audits[audit]?.details as { items?: Items } | undefined;
  return details?.items ?? [];
}

function numeric(lhr: Result, audit: string): number {
  return lhr.audits[audit]?.numericValue ?? NaN;
}

function shortUrl(url: unknown): string {
  if (typeof url !== 'string') return String(url);
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

function nodeLabel(node: unknown): string {
  const n = node as { selector?: string; snippet?: string; nodeLabel?: string } | undefined;
  return n ? `${n.snippet ?? n.selector ?? ''}${n.nodeLabel ? ` "${n.nodeLabel.slice(0, 60)}"` : ''}` : '';
}

/** The LCP element and its phases (Lighthouse 12's `largest-contentful-paint-element` has both as tables). */
function lcpEvidence(lhr: Result): { element: string | null; phases: Record<string, number> | null } {
  const details = lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: Items }[] } | undefined;
  const tables = details?.items ?? [];
  const element = tables[0]?.items?.[0]?.node;
  const phaseRows = tables[1]?.items ?? [];
  const phases = phaseRows.length ? Object.fromEntries(phaseRows.map((row) => [String(row.phase), Math.round(Number(row.timing))])) : null;
  return { element: element ? nodeLabel(element) : null, phases };
}

/** Reduces one report to the benchmark's figures and evidence. */
export function figuresOf(lhr: Result): LhrFigures {
  const network = items(lhr, 'network-requests');
  const scripts = network
    .filter((r) => r.resourceType === 'Script')
    .map((r) => ({ url: shortUrl(r.url), transferBytes: Number(r.transferSize ?? 0), resourceBytes: Number(r.resourceSize ?? 0) }));
  const lcp = lcpEvidence(lhr);
  const observed = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
  const observedLcpMs = Math.round(observed.observedLargestContentfulPaint ?? NaN);
  // Request times are from the first request, the observed LCP from navigation start: a few ms apart.
  const early = network.filter((r) => r.resourceType === 'Script' && Number(r.networkEndTime) <= observedLcpMs);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
    cls: Number(numeric(lhr, 'cumulative-layout-shift').toFixed(4)),
    tbtMs: Math.round(numeric(lhr, 'total-blocking-time')),
    fcpMs: Math.round(numeric(lhr, 'first-contentful-paint')),
    siMs: Math.round(numeric(lhr, 'speed-index')),
    ttfbMs: Number.isFinite(numeric(lhr, 'server-response-time')) ? Math.round(numeric(lhr, 'server-response-time')) : null,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    evidence: {
      observedFcpMs: Math.round(observed.observedFirstContentfulPaint ?? NaN),
      observedLcpMs,
      scriptsEndedBeforeObservedLcp: { count: early.length, transferKB: Math.round(early.reduce((sum, r) => sum + Number(r.transferSize ?? 0), 0) / 102.4) / 10 },
      lcpElement: lcp.element,
      lcpPhases: lcp.phases,
      longTasks: items(lhr, 'long-tasks')
        .slice(0, 5)
        .map((t) => ({ url: shortUrl(t.url), startMs: Math.round(Number(t.startTime)), durationMs: Math.round(Number(t.duration)) })),
      bootup: items(lhr, 'bootup-time')
        .slice(0, 5)
        .map((b) => ({ url: shortUrl(b.url), scriptingMs: Math.round(Number(b.scripting)), parseCompileMs: Math.round(Number(b.scriptParseCompile)) })),
      mainThreadMs: Object.fromEntries(items(lhr, 'mainthread-work-breakdown').map((g) => [String(g.groupLabel ?? g.group), Math.round(Number(g.duration))])),
      layoutShifts: items(lhr, 'layout-shifts')
        .slice(0, 5)
        .map((s) => ({ element: nodeLabel(s.node), score: Number(Number(s.score).toFixed(4)) })),
      unusedJsKB: Math.round(Number(lhr.audits['unused-javascript']?.details && (lhr.audits['unused-javascript'].details as { overallSavingsBytes?: number }).overallSavingsBytes) / 102.4) / 10 || 0,
      renderBlocking: items(lhr, 'render-blocking-resources').map((r) => ({ url: shortUrl(r.url), wastedMs: Math.round(Number(r.wastedMs)) })),
      scripts,
      scriptTransferBytes: scripts.reduce((sum, s) => sum + s.transferBytes, 0),
      documentTransferBytes: network.filter((r) => r.resourceType === 'Document').reduce((sum, r) => sum + Number(r.transferSize ?? 0), 0),
    },
  };
}
