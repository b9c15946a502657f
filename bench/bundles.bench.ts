/**
 * `bundles: agent-panel <KB> KB, portal-intake <KB> KB, portal-request <KB> KB, admin <KB> KB` — gzip of
 * each app's JavaScript (see scripts/bundle-budget.ts). Apps not built yet are built first.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { measureApp, toKb } from '../scripts/bundle-budget';

const APPS = ['agent-panel', 'portal-intake', 'portal-request', 'admin'] as const;

export const run = (): string[] => {
  const root = join(__dirname, '..');
  const staticDir = join(root, 'static');
  const parts = APPS.map((app) => {
    let size = measureApp(staticDir, app);
    if (size === null) {
      execFileSync('npm', ['run', '-s', 'build', '-w', `static/${app}`], { cwd: root, stdio: 'ignore' });
      size = measureApp(staticDir, app);
    }
    return `${app} ${size === null ? 'n/a' : toKb(size.gzipBytes)} KB`;
  });
  return [`bundles: ${parts.join(', ')}`];
};
