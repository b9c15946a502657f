import { WhereConditions, kvs } from '@forge/kvs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandboxRuntime, type SandboxRuntimeOptions } from '../sandbox-runtime';
import { StubJira } from './stub-jira';

export const FIXTURE_MANIFEST = join(__dirname, '..', 'fixtures', 'app', 'manifest.yml');

export class ManualClock {
  constructor(private current: number = Date.UTC(2026, 0, 15, 1, 0, 0)) {}
  now(): number {
    return this.current;
  }
  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
}

export interface Harness {
  readonly runtime: ReturnType<typeof createSandboxRuntime>;
  readonly jira: StubJira;
  readonly clock: ManualClock;
  readonly dataDir: string;
  reopen(): Promise<Harness>;
  dispose(): Promise<void>;
}

/** A runtime over the fixture app, a stub Jira, a manual clock and a fresh temporary data directory. */
export function startHarness(overrides: Partial<SandboxRuntimeOptions> = {}, dataDir = mkdtempSync(join(tmpdir(), 'forge-runtime-'))): Harness {
  const jira = new StubJira();
  const clock = new ManualClock();
  const runtime = createSandboxRuntime({ manifestPath: FIXTURE_MANIFEST, dataDir, clock, jira, ...overrides });
  return {
    runtime,
    jira,
    clock,
    dataDir,
    async reopen() {
      await runtime.close();
      const next = startHarness(overrides, dataDir);
      next.clock.advanceMinutes((clock.now() - next.clock.now()) / 60_000);
      return next;
    },
    async dispose() {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What the fixture's queue consumer recorded (`queue:n:attempt:retryReason` per attempt), sorted. */
export async function consumedBy(runtime: Harness['runtime']): Promise<string[]> {
  const entries: string[] = [];
  await runtime.runInApp(async () => {
    let cursor: string | undefined;
    do {
      const query = kvs.query().where('key', WhereConditions.beginsWith('consumed#')).limit(100);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany<string>();
      entries.push(...page.results.map((r) => r.value));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
  });
  return entries.sort();
}
