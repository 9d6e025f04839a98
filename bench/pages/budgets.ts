import fs from 'node:fs';

/*
 * The budgets in bench/budgets.json and the verdict of each figure against them.
 */

export type Metric = 'performance' | 'lcpMs' | 'cls' | 'tbtMs' | 'firstLoadJsGzipKB';
export type Limit = { min?: number; max?: number };
export type PageBudget = Partial<Record<Metric, Limit>>;

export interface BudgetFile {
  runsPerPage: number;
  pages: Record<string, PageBudget>;
}

export interface Verdict {
  limit: Limit;
  pass: boolean;
}

/** Reads the budgets file. */
export function readBudgets(file: URL): BudgetFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BudgetFile;
}

/** The budget of one page: the `*` entry with the page's own entry over it. */
export function budgetOf(budgets: BudgetFile, page: string): PageBudget {
  return { ...budgets.pages['*'], ...budgets.pages[page] };
}

/** Each budgeted figure's verdict; figures without a budget are left out. */
export function verdicts(budget: PageBudget, figures: Record<Metric, number>): Partial<Record<Metric, Verdict>> {
  const out: Partial<Record<Metric, Verdict>> = {};
  for (const [metric, limit] of Object.entries(budget) as [Metric, Limit][]) {
    const value = figures[metric];
    const pass = (limit.min === undefined || value >= limit.min) && (limit.max === undefined || value <= limit.max);
    out[metric] = { limit, pass };
  }
  return out;
}
