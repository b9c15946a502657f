import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const FIXTURE_2026 = join(ROOT, 'test/fixtures/state-council/notice-2026.txt');

const fromNotice = (...args: string[]) =>
  spawnSync('npm', ['run', '-s', 'calendar:from-notice', '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run calendar:from-notice', () => {
  it('prints the 2026 schedule as sorted ISO dates and exits 0', () => {
    const result = fromNotice(FIXTURE_2026);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as { year: number; holidays: string[]; workdays: string[] };
    expect(printed.year).toBe(2026);
    expect(printed.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(printed.holidays).toHaveLength(33);
    expect(printed.holidays).toEqual([...printed.holidays].sort());
  }, 60_000);

  it('prints the refusal naming the line and exits 1 for a notice that disagrees with the calendar', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-'));
    try {
      const file = join(dir, 'wrong.txt');
      writeFileSync(file, readFileSync(FIXTURE_2026, 'utf8').replace('共9天', '共10天'));
      const result = fromNotice(file);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/line 7 \(二、春节.*共10天/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits 2 with usage without a file', () => {
    const result = fromNotice();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage:');
  }, 60_000);
});
