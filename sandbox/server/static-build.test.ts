import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleStaticApps } from './static-build';

function touch(path: string, seconds: number): void {
  writeFileSync(path, 'x');
  utimesSync(path, seconds, seconds);
}

describe('staleStaticApps', () => {
  it('lists apps whose build is missing or older than their sources or the shared code', () => {
    const root = mkdtempSync(join(tmpdir(), 'static-build-'));
    for (const app of ['fresh', 'missing', 'old', 'no-build-script']) {
      mkdirSync(join(root, 'static', app, 'src'), { recursive: true });
      writeFileSync(join(root, 'static', app, 'package.json'), JSON.stringify({ scripts: app === 'no-build-script' ? {} : { build: 'vite build' } }));
      utimesSync(join(root, 'static', app, 'package.json'), 100, 100);
      touch(join(root, 'static', app, 'src', 'main.tsx'), 100);
    }
    mkdirSync(join(root, 'src', 'shared'), { recursive: true });
    touch(join(root, 'src', 'shared', 'rpc.ts'), 150);
    for (const [app, at] of [['fresh', 200], ['old', 120]] as const) {
      mkdirSync(join(root, 'static', app, 'build'), { recursive: true });
      touch(join(root, 'static', app, 'build', 'index.html'), at);
    }
    expect(staleStaticApps(root).sort()).toEqual(['static/missing', 'static/old']);
  });
});
