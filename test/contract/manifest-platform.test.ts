/**
 * Offline platform checks: `@forge/manifest` FULL validation and `@forge/lint` in client-side mode with every
 * client-side linter, the permission linter reading the Jira and JSM OpenAPI specs from ../shared/specs.
 *
 * The checks run in a scratch copy of the app: manifest.yml with its locales/, src/ (linked) and an empty tsconfig (so the
 * linter parses every source file). Custom UI builds (static/<app>/build) are linked when built; an app not
 * built yet gets an empty placeholder resource and is listed, because building the UIs is not this test's job.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { NullLogger, StatsigService } from '@forge/cli-shared';
import { getClientSideLintersOnly, lint, problemCount, type LintResult } from '@forge/lint';
import { PermissionLinter } from '@forge/lint/out/lint/linters/permission-linter/permission-linter';
import { validate, type ManifestSchema } from '@forge/manifest';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const SPECS = process.env.SUPPORT_STANDARD_SPECS_DIR ?? join(ROOT, '..', 'shared', 'specs');
const RESOURCES = ['portal-intake', 'portal-request', 'agent-panel', 'admin', 'reports'];

class OfflineStatsig extends StatsigService {
  override checkGate(): Promise<null> {
    return Promise.resolve(null);
  }
  override getDynamicConfig(): Promise<null> {
    return Promise.resolve(null);
  }
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });

const describeResults = (results: LintResult[]): string =>
  results.flatMap((r) => [...r.errors, ...r.warnings].map((p) => `${relative(process.cwd(), r.file)}:${p.line}:${p.column} ${p.message}`)).join('\n');

describe('platform checks (offline)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'forge-checks-'));
  const placeholders: string[] = [];
  const cwd = process.cwd();

  beforeAll(() => {
    copyFileSync(join(ROOT, 'manifest.yml'), join(scratch, 'manifest.yml'));
    // The translation files the manifest's `translations` names (module titles in zh-CN and en).
    cpSync(join(ROOT, 'locales'), join(scratch, 'locales'), { recursive: true });
    symlinkSync(join(ROOT, 'src'), join(scratch, 'src'));
    writeFileSync(join(scratch, 'tsconfig.json'), '{}');
    for (const app of RESOURCES) {
      mkdirSync(join(scratch, 'static', app), { recursive: true });
      const build = join(ROOT, 'static', app, 'build');
      if (existsSync(join(build, 'index.html'))) {
        // A copy, not a link: the validator insists the resource path is a real directory.
        cpSync(build, join(scratch, 'static', app, 'build'), { recursive: true });
      } else {
        placeholders.push(app);
        mkdirSync(join(scratch, 'static', app, 'build'));
        writeFileSync(join(scratch, 'static', app, 'build', 'index.html'), '<!doctype html><title>not built</title>');
      }
    }
    const empty = join(scratch, 'empty-spec.json');
    writeFileSync(empty, JSON.stringify({ paths: {} }));
    Object.assign(process.env, {
      USE_LOCAL_SWAGGER: 'true',
      LOCAL_JIRA_SWAGGER: join(SPECS, 'jira-platform-v3.openapi.json'),
      LOCAL_JSM_SWAGGER: join(SPECS, 'jsm.openapi.json'),
      LOCAL_JSW_SWAGGER: empty,
      LOCAL_CONF_SWAGGER: empty,
      LOCAL_CONF_V2_SWAGGER: join(SPECS, 'confluence-v2.openapi.json'),
      LOCAL_BB_SWAGGER: empty,
    });
    process.chdir(scratch);
  });

  afterAll(() => {
    process.chdir(cwd);
    rmSync(scratch, { recursive: true, force: true });
    if (placeholders.length > 0) console.info(`platform checks used placeholder resources for unbuilt UIs: ${placeholders.join(', ')}`);
  });

  it('finds the Jira and JSM specs the permission linter needs', () => {
    expect(existsSync(join(SPECS, 'jira-platform-v3.openapi.json'))).toBe(true);
    expect(existsSync(join(SPECS, 'jsm.openapi.json'))).toBe(true);
  });

  it('passes @forge/manifest FULL validation with no errors or warnings', async () => {
    const result = await validate(false, 'manifest.yml');
    expect((result.errors ?? []).map((e) => `${e.level} L${e.line ?? '?'} ${e.message}`)).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('passes every client-side @forge/lint linter with 0 errors and 0 warnings', async () => {
    const manifest = parse(readFileSync('manifest.yml', 'utf8')) as ManifestSchema;
    const logger = NullLogger;
    const statsig = new OfflineStatsig(logger, undefined, { getCredentials: () => Promise.reject(new Error('offline')) }, { readConfigSection: () => Promise.resolve('missing' as const) });
    const linters = await getClientSideLintersOnly(manifest, 'development', logger, statsig);
    const files = sourceFiles(join(scratch, 'src')).map((f) => relative(scratch, f));
    const results = await lint(files, manifest, 'development', logger, statsig, { linter: { mode: 'client-side' }, linters });
    expect(describeResults(results)).toBe('');
    expect(problemCount(results)).toEqual({ errors: 0, warnings: 0, approvals: 0 });
  }, 60_000);

  it('catches a scope the code needs but the manifest lacks (the permission linter really reads the specs)', async () => {
    const manifest = parse(readFileSync('manifest.yml', 'utf8')) as ManifestSchema;
    const declared = manifest.permissions?.scopes ?? [];
    const scopes = Array.isArray(declared) ? declared : Object.keys(declared);
    const reduced: ManifestSchema = { ...manifest, permissions: { ...manifest.permissions, scopes: scopes.filter((s) => s !== 'write:jira-work') } };
    const logger = NullLogger;
    const statsig = new OfflineStatsig(logger, undefined, { getCredentials: () => Promise.reject(new Error('offline')) }, { readConfigSection: () => Promise.resolve('missing' as const) });
    const files = sourceFiles(join(scratch, 'src')).map((f) => relative(scratch, f));
    const results = await lint(files, reduced, 'development', logger, statsig, {
      linter: { mode: 'client-side' },
      linters: [new PermissionLinter('development', reduced, logger)],
    });
    expect(describeResults(results)).toMatch(/PUT \/rest\/api\/3\/issue\/\{issueIdOrKey\}\/properties\/\{propertyKey\} requires "write:jira-work"/);
  }, 60_000);

  it('catches a missing Confluence scope too (the linter reads the Confluence v2 spec for the knowledge drafts)', async () => {
    const manifest = parse(readFileSync('manifest.yml', 'utf8')) as ManifestSchema;
    const declared = manifest.permissions?.scopes ?? [];
    const scopes = Array.isArray(declared) ? declared : Object.keys(declared);
    const reduced: ManifestSchema = { ...manifest, permissions: { ...manifest.permissions, scopes: scopes.filter((s) => s !== 'write:page:confluence') } };
    const logger = NullLogger;
    const statsig = new OfflineStatsig(logger, undefined, { getCredentials: () => Promise.reject(new Error('offline')) }, { readConfigSection: () => Promise.resolve('missing' as const) });
    const files = sourceFiles(join(scratch, 'src')).map((f) => relative(scratch, f));
    const results = await lint(files, reduced, 'development', logger, statsig, {
      linter: { mode: 'client-side' },
      linters: [new PermissionLinter('development', reduced, logger)],
    });
    expect(describeResults(results)).toMatch(/confluence-knowledge-base\.ts:\d+:\d+ Confluence endpoint: POST \/pages requires "write:page:confluence"/);
  }, 60_000);
});
