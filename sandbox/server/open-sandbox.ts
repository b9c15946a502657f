import { join, resolve } from 'node:path';
import { ADMIN_EMAIL } from '../host/accounts';
import { readManifest } from './manifest';
import { SandboxInstance } from './sandbox-instance';
import type { CreateParts } from './sandbox-parts';

export interface SandboxLocation {
  readonly appRoot: string;
  readonly dataDir: string;
  readonly manifestPath: string;
}

/** `SANDBOX_DIR` (default `<appRoot>/.sandbox`) holds every byte of state. */
export function sandboxLocation(appRoot: string, env: NodeJS.ProcessEnv): SandboxLocation {
  return {
    appRoot,
    dataDir: resolve(env.SANDBOX_DIR ?? join(appRoot, '.sandbox')),
    manifestPath: join(appRoot, 'manifest.yml'),
  };
}

export function openSandbox(location: SandboxLocation, createParts: CreateParts, baseUrl: string, options: { readonly demoRouting?: boolean } = {}): Promise<SandboxInstance> {
  return SandboxInstance.open({
    ...location,
    manifest: readManifest(location.manifestPath),
    createParts,
    baseUrl,
    adminEmail: ADMIN_EMAIL,
    ...(options.demoRouting === undefined ? {} : { demoRouting: options.demoRouting }),
  });
}
