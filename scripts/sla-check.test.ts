import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timelineVector, jsonl } from './sla-check/vector-fixtures';

const ROOT = join(__dirname, '..');

const slaCheck = (file: string) =>
  spawnSync('npm', ['run', '-s', 'sla:check', '--', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run sla:check', () => {
  it('passes every public vector', () => {
    const result = slaCheck(join(ROOT, 'test/fixtures/sla-vectors.public.jsonl'));
    const lines = result.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(lines.filter((line) => line.startsWith('PASS ')).length).toBe(lines.length - 1);
    expect(result.status).toBe(0);
  }, 60_000);

  it('exits 1 with a FAIL line for a wrong vector', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-check-'));
    try {
      const file = join(dir, 'wrong.jsonl');
      writeFileSync(file, jsonl([timelineVector('right', { response: { usedMinutes: 120 } }), timelineVector('wrong', { response: { state: 'met' } })]));
      const result = slaCheck(file);
      expect(result.stdout).toContain('PASS right\nFAIL wrong: expected response.state="met" got response.state="running"\n1 passed, 1 failed\n');
      expect(result.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits non-zero without a file', () => {
    const result = spawnSync('npm', ['run', '-s', 'sla:check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage:');
  }, 60_000);
});
