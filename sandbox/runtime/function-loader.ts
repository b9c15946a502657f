import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionDef, Manifest } from './manifest';

export type Handler = (...args: unknown[]) => unknown;

function isHandler(value: unknown): value is Handler {
  return typeof value === 'function';
}

const EXTENSIONS = ['.ts', '.tsx', '.js', '.cjs', '/index.ts', '/index.js'];

/**
 * Finds `modules.function[].handler` (`<file>.<export>`, relative to `<appRoot>/src`) the way Forge does and loads
 * it from the TypeScript sources (the sandbox runs under tsx or ts-jest, both of which can require `.ts`).
 */
export class FunctionLoader {
  private readonly functions: ReadonlyMap<string, FunctionDef>;
  private readonly loaded = new Map<string, Handler>();

  constructor(
    manifest: Manifest,
    private readonly appRoot: string,
  ) {
    this.functions = new Map((manifest.modules.function ?? []).map((f) => [f.key, f]));
  }

  definition(functionKey: string): FunctionDef {
    const def = this.functions.get(functionKey);
    if (!def) throw new Error(`manifest.yml declares no function with key '${functionKey}'.`);
    return def;
  }

  async load(functionKey: string): Promise<Handler> {
    const cached = this.loaded.get(functionKey);
    if (cached) return cached;
    const { handler } = this.definition(functionKey);
    const dot = handler.lastIndexOf('.');
    const file = handler.slice(0, dot);
    const exportName = handler.slice(dot + 1);
    const base = join(this.appRoot, 'src', file);
    const path = EXTENSIONS.map((ext) => base + ext).find((candidate) => existsSync(candidate));
    if (path === undefined) throw new Error(`Function '${functionKey}': no source file for handler '${handler}' (looked for ${base}{${EXTENSIONS.join(',')}}).`);
    const mod: unknown = await import(path);
    const fn: unknown = mod !== null && typeof mod === 'object' ? Reflect.get(mod, exportName) : undefined;
    if (!isHandler(fn)) throw new Error(`Function '${functionKey}': ${path} has no exported function '${exportName}'.`);
    this.loaded.set(functionKey, fn);
    return fn;
  }
}
