import { build } from 'esbuild';
import { join } from 'node:path';

export interface ClientBundles {
  readonly hostClient: string;
  readonly bridgeShim: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

/** Bundled once at server start (tens of milliseconds), served from memory. */
export async function buildClientBundles(): Promise<ClientBundles> {
  const [hostClient, bridgeShim] = await Promise.all([bundle('host-client.ts'), bundle('bridge-shim.ts')]);
  return { hostClient, bridgeShim };
}
