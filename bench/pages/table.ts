import type { Metric, Verdict } from './budgets';

/*
 * The printed table: one row per page, each figure with its budget and a mark.
 */

export interface TableRow {
  page: string;
  figures: Record<Metric, number>;
  browserScriptKB: number;
  verdicts: Partial<Record<Metric, Verdict>>;
}

const COLUMNS: { metric: Metric; title: string; format: (v: number) => string }[] = [
  { metric: 'performance', title: 'performance', format: (v) => String(v) },
  { metric: 'lcpMs', title: 'LCP', format: (v) => `${(v / 1000).toFixed(2)} s` },
  { metric: 'cls', title: 'CLS', format: (v) => v.toFixed(3) },
  { metric: 'tbtMs', title: 'TBT', format: (v) => `${v} ms` },
  { metric: 'firstLoadJsGzipKB', title: 'first-load JS (build, gzip)', format: (v) => `${v.toFixed(1)} KB` },
];

function cell(column: (typeof COLUMNS)[number], row: TableRow): string {
  const text = column.format(row.figures[column.metric]);
  const verdict = row.verdicts[column.metric];
  if (!verdict) return text;
  const bound = verdict.limit.min !== undefined ? `>= ${column.format(verdict.limit.min)}` : `<= ${column.format(verdict.limit.max!)}`;
  return `${text} (${bound}) ${verdict.pass ? 'ok' : 'MISS'}`;
}

/** The table as text lines, columns padded. */
export function formatTable(rows: TableRow[]): string {
  const header = ['page', ...COLUMNS.map((c) => c.title), 'JS loaded (browser)'];
  const body = rows.map((row) => [row.page, ...COLUMNS.map((c) => cell(c, row)), `${row.browserScriptKB.toFixed(1)} KB`]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
