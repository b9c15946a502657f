import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';

const SKIP = new Set(['node_modules', 'build', 'dist', '.vite']);

/** Newest modification time of any file under `dir` (sources only), 0 when there is none. */
export function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const PackageSchema = z.object({ scripts: z.record(z.string(), z.string()).optional() });

/**
 * The static apps whose build is missing or older than their sources, or than the shared code they import
 * (`src/shared`, `src/domain`, `static/ui-kit`).
 */
export function staleStaticApps(appRoot: string): string[] {
  const staticDir = join(appRoot, 'static');
  if (!existsSync(staticDir)) return [];
  const shared = Math.max(newestMtime(join(appRoot, 'src', 'shared')), newestMtime(join(appRoot, 'src', 'domain')), newestMtime(join(staticDir, 'ui-kit')));
  const stale: string[] = [];
  for (const entry of readdirSync(staticDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(staticDir, entry.name);
    const pkgPath = join(dir, 'package.json');
    if (!existsSync(pkgPath)) continue;
    const pkg = PackageSchema.parse(JSON.parse(readFileSync(pkgPath, 'utf8')));
    if (pkg.scripts?.build === undefined) continue;
    const built = join(dir, 'build', 'index.html');
    const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
    if (builtAt < Math.max(shared, newestMtime(dir))) stale.push(relative(appRoot, dir));
  }
  return stale;
}

/**
 * Builds only what is stale, so a second `npm start` starts in a second or two. A failed build is reported,
 * not fatal: the sandbox still serves, and that app's panel says its build is missing.
 */
export function buildStaleStaticApps(appRoot: string, log: (line: string) => void): void {
  const stale = staleStaticApps(appRoot);
  if (stale.length === 0) return;
  log(`Building ${stale.join(', ')} …`);
  const args = ['run', 'build', '--if-present', ...stale.flatMap((w) => ['--workspace', w])];
  const result = spawnSync('npm', args, { cwd: appRoot, stdio: 'inherit' });
  if (result.status !== 0) log(`warning: npm ${args.join(' ')} exited with ${String(result.status)}; serving the builds that exist.`);
}

/** Builds the named apps (e.g. `static/portal-intake`) whose build is missing altogether; tests use this. */
export function ensureStaticBuilds(appRoot: string, apps: readonly string[], log: (line: string) => void): void {
  const missing = apps.filter((app) => !existsSync(join(appRoot, app, 'build', 'index.html')));
  if (missing.length === 0) return;
  log(`Building ${missing.join(', ')} …`);
  const args = ['run', 'build', ...missing.flatMap((w) => ['--workspace', w])];
  const result = spawnSync('npm', args, { cwd: appRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited with ${String(result.status)}`);
}
