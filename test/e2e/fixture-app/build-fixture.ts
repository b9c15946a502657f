import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>fixture</title>
<style>body{font:14px sans-serif;margin:8px;color:var(--ds-text,#172B4D);background:var(--ds-surface,#fff)}</style>
</head><body>
<div>type: <span id="type"></span></div>
<div>who: <span id="who"></span></div>
<div>me: <span id="me"></span></div>
<div>heard: <span id="heard"></span></div>
<div><span id="done"></span><span id="error"></span></div>
<pre id="context" style="display:none"></pre>
<script src="./assets/panel.js"></script>
</body></html>`;

/** A throw-away app root: the fixture manifest, its TypeScript handlers, and the panel built by esbuild. */
export async function buildFixtureApp(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'sandbox-fixture-app-'));
  copyFileSync(join(__dirname, 'manifest.yml'), join(root, 'manifest.yml'));
  symlinkSync(join(__dirname, 'src'), join(root, 'src'), 'dir');
  const out = join(root, 'static', 'panel', 'build');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), PAGE);
  await build({
    entryPoints: [join(__dirname, 'panel', 'panel.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    outfile: join(out, 'assets', 'panel.js'),
    logLevel: 'silent',
  });
  return root;
}
