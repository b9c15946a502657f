import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export const BRIDGE_SHIM_TAG = '<script src="/__host/bridge-shim.js"></script>';

/** Puts the bridge shim first in <head>, where Forge puts its bridge script, so it runs before any app code. */
export function injectShim(page: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(page);
  if (head !== null) {
    const at = head.index + head[0].length;
    return page.slice(0, at) + BRIDGE_SHIM_TAG + page.slice(at);
  }
  return BRIDGE_SHIM_TAG + page;
}

/** Serves `relPath` from `dir`; false when it is outside `dir` or missing. */
export async function serveResourceFile(res: ServerResponse, dir: string, relPath: string): Promise<boolean> {
  const decoded = decodeURIComponent(relPath === '' || relPath.endsWith('/') ? `${relPath}index.html` : relPath);
  const file = normalize(join(dir, decoded));
  if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return false;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile() !== true) return false;
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (extname(file).toLowerCase() === '.html') {
    const page = injectShim(await readFile(file, 'utf8'));
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(page);
  } else {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(await readFile(file));
  }
  return true;
}
