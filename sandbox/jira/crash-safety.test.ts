import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { openTestEmulator, type TestEmulator } from './test-fixture';

let t: TestEmulator;
afterEach(() => {
  t.dispose();
});

describe('crash safety', () => {
  it('keeps every acknowledged write when the process is killed without closing the database', async () => {
    t = openTestEmulator();
    t.emulator.close();
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'crash-writer.fixture.ts'), t.dir], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout.trim().split('\n')).toEqual(['transition 204', 'property 201']);
    t = t.reopen();
    const issue = await t.call('app', 'GET', '/rest/api/3/issue/ITS-1?fields=status&properties=ts.meta');
    expect(z.object({ fields: z.object({ status: z.object({ name: z.string() }) }), properties: z.record(z.string(), z.unknown()) }).parse(issue.body))
      .toEqual({ fields: { status: { name: 'In Progress' } }, properties: { 'ts.meta': { serviceNumber: 'TS-CRASH' } } });
  });
});
