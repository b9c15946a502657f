/**
 * The wiring contract: every handler manifest.yml names is exported by src/index (and nothing else is);
 * every resolver serves exactly its area's keys of the RPC contract; every `invoke` key a Custom UI uses
 * exists and is served by the resolver of the module that UI is mounted in.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import * as index from '../../src/index';
import { adminHandlers } from '../../src/entry/resolvers/admin-resolver';
import { agentHandlers } from '../../src/entry/resolvers/agent-resolver';
import { portalHandlers } from '../../src/entry/resolvers/portal-resolver';
import { reportsHandlers } from '../../src/entry/resolvers/reports-resolver';
import { RESOLVER_FUNCTION_BY_AREA, RPC_KEYS, rpcKeysOf, type RpcArea } from '../../src/shared/rpc';

const ROOT = join(__dirname, '..', '..');

const ManifestSchema = z.object({
  modules: z.record(
    z.string(),
    z.array(
      z.looseObject({
        key: z.string(),
        handler: z.string().optional(),
        function: z.string().optional(),
        resource: z.string().optional(),
        resolver: z.object({ function: z.string() }).optional(),
      }),
    ),
  ),
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
});
const manifest = ManifestSchema.parse(parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8')));
const functions = manifest.modules['function'] ?? [];
const uiModules = Object.entries(manifest.modules).flatMap(([type, list]) => list.filter((m) => m.resource !== undefined).map((m) => ({ type, ...m })));

const sourceFiles = (dir: string): string[] =>
  !existsSync(dir)
    ? []
    : readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return sourceFiles(path);
        return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
      });

const INVOKE_KEY = /['"`]((?:agent|portal|admin|reports)\/[A-Za-z]+)['"`]/g;
const keysUsedIn = (dir: string): Set<string> => {
  const keys = new Set<string>();
  for (const file of sourceFiles(dir)) for (const match of readFileSync(file, 'utf8').matchAll(INVOKE_KEY)) if (match[1] !== undefined) keys.add(match[1]);
  return keys;
};

describe('manifest ↔ src/index ↔ RPC contract ↔ static/* invoke keys', () => {
  it('exports exactly the handlers the manifest names', () => {
    const named = functions.map((f) => {
      expect(f.handler).toMatch(/^index\.[A-Za-z]+$/);
      return (f.handler ?? '').slice('index.'.length);
    });
    expect(Object.keys(index).sort()).toEqual([...new Set(named)].sort());
    for (const name of named) expect(typeof Reflect.get(index, name)).toBe('function');
  });

  it('points every module at a declared function', () => {
    const keys = new Set(functions.map((f) => f.key));
    for (const [type, list] of Object.entries(manifest.modules)) {
      if (type === 'function') continue;
      for (const m of list) {
        if (m.function !== undefined) expect(keys).toContain(m.function);
        if (m.resolver !== undefined) expect(keys).toContain(m.resolver.function);
      }
    }
  });

  it('serves each area’s keys from that area’s resolver, and every key of the contract somewhere', () => {
    const served: Record<RpcArea, string[]> = { agent: Object.keys(agentHandlers), portal: Object.keys(portalHandlers), admin: Object.keys(adminHandlers), reports: Object.keys(reportsHandlers) };
    for (const area of ['agent', 'portal', 'admin', 'reports'] as const) expect(served[area].sort()).toEqual([...rpcKeysOf(area)].sort());
    expect(Object.values(served).flat().sort()).toEqual([...RPC_KEYS].sort());
  });

  it('mounts each UI on the resolver that serves the keys it invokes', () => {
    const resourcePath = new Map(manifest.resources.map((r) => [r.key, r.path]));
    const areaOfFunction = new Map(Object.entries(RESOLVER_FUNCTION_BY_AREA).map(([area, fn]) => [fn, area]));
    const checked: string[] = [];
    for (const module of uiModules) {
      const path = resourcePath.get(module.resource ?? '');
      expect(path).toBeDefined();
      const appDir = join(ROOT, (path ?? '').replace(/\/build$/, ''), 'src');
      const used = keysUsedIn(appDir);
      for (const key of used) {
        expect(RPC_KEYS).toContain(key);
        const area = areaOfFunction.get(module.resolver?.function ?? '');
        expect(`${module.key}: ${key.split('/')[0] ?? ''}`).toBe(`${module.key}: ${area ?? 'no resolver'}`);
        checked.push(key);
      }
    }
    console.info(`invoke keys checked in static/*: ${checked.length === 0 ? 'none yet (no UI sources)' : [...new Set(checked)].sort().join(', ')}`);
  });
});
