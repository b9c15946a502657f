import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkBudgets, judge, measureApp, toKb } from './bundle-budget';

/** Pseudo-random text that gzip cannot shrink much, so sizes are far apart from each other. */
const noise = (bytes: number, seed: number): string => {
  let x = seed;
  let out = '';
  while (out.length < bytes) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    out += x.toString(36);
  }
  return out.slice(0, bytes);
};

describe('bundle budget', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bundles-'));
    mkdirSync(join(dir, 'small', 'build', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'small', 'build', 'index.html'), '<html></html>');
    writeFileSync(join(dir, 'small', 'build', 'assets', 'index.js'), noise(4_000, 1));
    writeFileSync(join(dir, 'small', 'build', 'assets', 'lazy.js'), noise(2_000, 2));
    writeFileSync(join(dir, 'small', 'build', 'assets', 'index.css'), noise(50_000, 3));
    mkdirSync(join(dir, 'big', 'build'), { recursive: true });
    writeFileSync(join(dir, 'big', 'build', 'main.js'), noise(200_000, 4));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('sums the gzip size of every JavaScript file, lazy chunks included, and nothing else', () => {
    const size = measureApp(dir, 'small');
    const expected =
      gzipSync(noise(4_000, 1)).length + gzipSync(noise(2_000, 2)).length;
    expect(size?.gzipBytes).toBe(expected);
    expect(size?.files.map((f) => f.path).sort()).toEqual([join('assets', 'index.js'), join('assets', 'lazy.js')]);
  });

  it('passes an app under its budget and fails one over it', () => {
    const report = checkBudgets(dir, { small: 60, big: 60 });
    expect(report.verdicts.map((v) => [v.app, v.ok])).toEqual([
      ['small', true],
      ['big', false],
    ]);
  });

  it('reports an app that has not been built', () => {
    expect(checkBudgets(dir, { small: 60, ghost: 60 }).missing).toEqual(['ghost']);
  });

  it('counts exactly at the budget as within it', () => {
    expect(judge({ app: 'x', gzipBytes: 60 * 1024, files: [] }, 60).ok).toBe(true);
    expect(judge({ app: 'x', gzipBytes: 60 * 1024 + 1, files: [] }, 60).ok).toBe(false);
  });

  it('prints kilobytes with one decimal', () => {
    expect(toKb(1536)).toBe('1.5');
  });
});
