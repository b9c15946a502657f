import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_EMAIL } from '../../sandbox/host/accounts';
import { readManifest } from '../../sandbox/server/manifest';
import { createRealParts } from '../../sandbox/server/real-parts';
import { SandboxInstance } from '../../sandbox/server/sandbox-instance';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server/server';

/** The whole sandbox (real emulator and runtime) serving the fixture app on an ephemeral port. */
export function startFixtureSandbox(appRoot: string, dataDir: string = mkdtempSync(join(tmpdir(), 'sandbox-data-'))): Promise<SandboxServer> {
  const manifestPath = join(appRoot, 'manifest.yml');
  return startSandboxServer({
    appRoot,
    port: 0,
    log: () => undefined,
    openInstance: (baseUrl) =>
      SandboxInstance.open({ dataDir, appRoot, manifestPath, manifest: readManifest(manifestPath), createParts: createRealParts, baseUrl, adminEmail: ADMIN_EMAIL }),
  });
}
