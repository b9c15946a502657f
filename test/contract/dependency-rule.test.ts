import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Every arrow of the dependency rule (docs/architecture.md, "Arrows") is held by the linter: an import that breaks
 * it is an error whose message points to docs/architecture.md, and an import the rule allows passes.
 */
interface Case { readonly from: string; readonly imports: string; readonly allowed: boolean }

const cases: readonly Case[] = [
  // forbidden arrows
  { from: 'src/application/x.ts', imports: '../entry/resolvers/admin-resolver', allowed: false },
  { from: 'src/application/x.ts', imports: '../adapters/compose', allowed: false },
  { from: 'src/application/x.ts', imports: '@forge/api', allowed: false },
  { from: 'src/adapters/x.ts', imports: '../../sandbox/runtime/forge-runtime', allowed: false },
  { from: 'src/adapters/x.ts', imports: '../entry/resolvers/admin-resolver', allowed: false },
  { from: 'src/shared/x.ts', imports: '../adapters/compose', allowed: false },
  { from: 'src/shared/x.ts', imports: '../application/deps', allowed: false },
  { from: 'src/shared/x.ts', imports: '@forge/kvs', allowed: false },
  { from: 'src/domain/x.ts', imports: '../application/deps', allowed: false },
  { from: 'src/domain/x.ts', imports: '../adapters', allowed: false },
  { from: 'src/domain/x.ts', imports: 'node:fs', allowed: false },
  { from: 'src/domain/sla/x.ts', imports: '../../../test/kits/fake-calendars', allowed: false },
  { from: 'src/domain/vocabulary/x.ts', imports: '../config', allowed: false },
  { from: 'src/domain/vocabulary/x.ts', imports: '../../shared/issue-properties', allowed: false },
  { from: 'src/entry/x.ts', imports: '@forge/resolver', allowed: false },
  { from: 'src/entry/x.ts', imports: '../../static/admin/src/messages', allowed: false },
  { from: 'src/application/x.ts', imports: '../../test/backend/fakes/in-memory-deps', allowed: false },
  { from: 'src/index.ts', imports: './application/deps', allowed: false },
  { from: 'static/admin/src/x.ts', imports: '../../../src/adapters/compose', allowed: false },
  { from: 'static/admin/src/x.ts', imports: '../../../src/application/deps', allowed: false },
  { from: 'static/admin/src/x.ts', imports: '@forge/api', allowed: false },
  { from: 'static/admin/src/x.ts', imports: '../../../sandbox/jira/jira-store', allowed: false },
  // allowed arrows
  { from: 'src/entry/x.ts', imports: '../application/deps', allowed: true },
  { from: 'src/entry/x.ts', imports: '../adapters/compose', allowed: true },
  { from: 'src/application/x.ts', imports: '../domain/config', allowed: true },
  { from: 'src/application/x.ts', imports: '../shared/rpc', allowed: true },
  { from: 'src/adapters/x.ts', imports: '@forge/kvs', allowed: true },
  { from: 'src/adapters/x.ts', imports: '../application/ports', allowed: true },
  { from: 'src/shared/x.ts', imports: '../domain/config', allowed: true },
  { from: 'src/domain/vocabulary/x.ts', imports: 'zod', allowed: true },
  { from: 'src/domain/vocabulary/x.ts', imports: './levels', allowed: true },
  { from: 'static/agent-panel/src/x.ts', imports: '../../../src/domain/vocabulary', allowed: true },
  { from: 'static/ui-kit/src/x.ts', imports: '../../../src/domain/time/zone-offset', allowed: true },
  { from: 'src/domain/sla/x.test.ts', imports: '../../../test/kits/fake-calendars', allowed: true },
  { from: 'src/application/x.test.ts', imports: '../../test/backend/fakes/in-memory-deps', allowed: true },
  { from: 'src/index.ts', imports: './entry/resolvers/admin-resolver', allowed: true },
  { from: 'static/admin/src/x.ts', imports: '../../../src/shared/rpc', allowed: true },
  { from: 'static/admin/src/x.ts', imports: '../../../src/domain/config', allowed: true },
  { from: 'static/admin/src/x.ts', imports: '@forge/bridge', allowed: true },
  { from: 'test/backend/x.test.ts', imports: '../../sandbox/runtime/forge-runtime', allowed: true },
];

function lint(all: readonly Case[]): string[][] {
  const input = all.map((c) => ({ filePath: c.from, code: `import * as m from '${c.imports}';\nexport const n = m;\n` }));
  const run = spawnSync(process.execPath, [join(__dirname, 'lint-imports.mjs')], { input: JSON.stringify(input), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`lint-imports failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

describe('the linter holds every arrow of the dependency rule', () => {
  const messages = lint(cases);

  it.each(cases.map((c, i) => [c.from, c.imports, c.allowed, i] as const))(
    '%s importing %s: allowed=%s',
    (_from, _imports, allowed, i) => {
      const found = messages[i]!;
      if (allowed) {
        expect(found).toEqual([]);
        return;
      }
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('docs/architecture.md');
    },
  );
});
