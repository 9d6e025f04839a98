import { readFileSync } from 'node:fs';
import { toCsv } from '../../lib/quiz/csv';
import type { SessionReport } from '../../lib/quiz/report';
import { LOCALES, type Locale } from '../../lib/quiz/types';

/** The words a report file needs, from `Report.csv` in locales/. */
export interface ReportMessages {
  true: string;
  false: string;
  vm: string;
  container: string;
  both: string;
  misconception: string;
  correction: string;
  question: string;
  prompt: string;
  type: string;
  status: string;
  played: string;
  skipped: string;
  unplayed: string;
  answered: string;
  correct: string;
  shareCorrect: string;
  medianSeconds: string;
  option: string;
  count: string;
  rank: string;
  nickname: string;
  language: string;
  score: string;
  removed: string;
  right: string;
  voted: string;
  wrong: string;
  none: string;
}

/** Reads the report words of every language from locales/*.json. */
export function loadReportMessages(localesDir: URL): Record<Locale, ReportMessages> {
  const out = {} as Record<Locale, ReportMessages>;
  for (const locale of LOCALES) {
    const catalogue = JSON.parse(readFileSync(new URL(`${locale}/Report.json`, localesDir), 'utf8')) as { csv: ReportMessages };
    out[locale] = catalogue.csv;
  }
  return out;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** One row per question, then its options with their counts. */
export function questionsCsv(report: SessionReport, m: ReportMessages): string {
  const rows: (string | number | null)[][] = [[m.question, m.prompt, m.status, m.answered, m.correct, m.shareCorrect, m.medianSeconds, m.option, m.count]];
  for (const q of report.questions) {
    const status = !q.played ? m.unplayed : q.skipped ? m.skipped : m.played;
    rows.push([q.index + 1, q.prompt, status, q.answered, q.correct, percent(q.shareCorrect), seconds(q.medianTimeMs), null, null]);
    for (const bar of q.distribution) rows.push([q.index + 1, null, null, null, null, null, null, bar.correct ? `${bar.label} ✓` : bar.label, bar.count]);
  }
  return toCsv(rows);
}

/** One row per player, with a column per question. */
export function playersCsv(report: SessionReport, m: ReportMessages): string {
  const word = { voted: m.voted, correct: m.right, wrong: m.wrong, none: m.none, skipped: m.skipped, unplayed: m.unplayed };
  const header = [m.rank, m.nickname, m.language, m.score, m.answered, m.correct, m.medianSeconds, m.removed, ...report.questions.map((q) => `Q${q.index + 1}`)];
  const rows: (string | number | null)[][] = [header];
  for (const p of report.players) {
    rows.push([p.rank, p.nickname, p.locale, p.score, p.answered, p.correct, seconds(p.medianTimeMs), p.removed ? m.removed : null, ...p.perQuestion.map((r) => word[r])]);
  }
  return toCsv(rows);
}
