/**
 * Measures the built Custom UI bundles (gzip of every JavaScript file in `static/<app>/build`, lazy chunks
 * included, so the figure is an upper bound on what a user downloads) and fails when an app is over its
 * budget (issue 5: agent panel ≤ 60 KB, every other app ≤ 150 KB).
 *
 *   npx tsx scripts/bundle-budget.ts          measure existing builds (run `npm run build` first)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB: Readonly<Record<string, number>> = {
  'agent-panel': 60,
  'portal-intake': 150,
  'portal-request': 150,
  admin: 150,
  reports: 150,
};

export interface BundleSize {
  readonly app: string;
  /** Sum of the gzip sizes of the app's JavaScript files, in bytes. */
  readonly gzipBytes: number;
  readonly files: readonly { readonly path: string; readonly gzipBytes: number }[];
}

export interface BudgetVerdict extends BundleSize {
  readonly budgetKb: number;
  readonly ok: boolean;
}

const KB = 1024;
export const toKb = (bytes: number): string => (bytes / KB).toFixed(1);

const jsFilesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFilesUnder(path);
    return name.endsWith('.js') ? [path] : [];
  });

/** Null when the app has no build yet. */
export const measureApp = (staticDir: string, app: string): BundleSize | null => {
  const buildDir = join(staticDir, app, 'build');
  if (!existsSync(buildDir)) return null;
  const files = jsFilesUnder(buildDir).map((path) => ({ path: relative(buildDir, path), gzipBytes: gzipSync(readFileSync(path)).length }));
  return { app, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), files };
};

export const judge = (size: BundleSize, budgetKb: number): BudgetVerdict => ({ ...size, budgetKb, ok: size.gzipBytes <= budgetKb * KB });

export interface BudgetReport {
  readonly verdicts: readonly BudgetVerdict[];
  readonly missing: readonly string[];
}

export const checkBudgets = (staticDir: string, budgets: Readonly<Record<string, number>> = BUDGET_KB): BudgetReport => {
  const verdicts: BudgetVerdict[] = [];
  const missing: string[] = [];
  for (const [app, budgetKb] of Object.entries(budgets)) {
    const size = measureApp(staticDir, app);
    if (size === null) missing.push(app);
    else verdicts.push(judge(size, budgetKb));
  }
  return { verdicts, missing };
};

const main = (): void => {
  const { verdicts, missing } = checkBudgets(join(__dirname, '..', 'static'));
  for (const v of verdicts) {
    console.log(`${v.ok ? 'ok  ' : 'OVER'} ${v.app.padEnd(15)} ${toKb(v.gzipBytes).padStart(6)} KB gzip of JS (budget ${v.budgetKb} KB)`);
  }
  for (const app of missing) console.error(`MISSING ${app}: no static/${app}/build — run \`npm run build\` first`);
  if (missing.length > 0 || verdicts.some((v) => !v.ok)) process.exitCode = 1;
};

if (require.main === module) main();
