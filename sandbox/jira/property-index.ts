import type { EntityPropertyIndex } from '../contracts';

/** Extracts the searchable values of issue properties as `jira:entityProperty` declares them. */

export type IndexedType = EntityPropertyIndex['values'][number]['type'];

export interface IndexedPath {
  readonly propertyKey: string;
  readonly path: string;
  readonly type: IndexedType;
}

export interface IndexedValue {
  readonly path: string;
  readonly num: number | null;
  readonly str: string | null;
}

export interface PropertyIndexCatalog {
  readonly paths: readonly IndexedPath[];
  /** Lower-cased search alias → indexed path. */
  readonly aliases: ReadonlyMap<string, IndexedPath>;
}

export const buildCatalog = (indexes: readonly EntityPropertyIndex[]): PropertyIndexCatalog => {
  const paths: IndexedPath[] = [];
  const aliases = new Map<string, IndexedPath>();
  for (const index of indexes) {
    for (const v of index.values) {
      const p: IndexedPath = { propertyKey: index.propertyKey, path: v.path, type: v.type };
      paths.push(p);
      if (v.searchAlias !== undefined) aliases.set(v.searchAlias.toLowerCase(), p);
    }
  }
  return { paths, aliases };
};

export const findIndexedPath = (catalog: PropertyIndexCatalog, propertyKey: string, path: string): IndexedPath | undefined =>
  catalog.paths.find((p) => p.propertyKey === propertyKey && p.path === path);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Values under a dotted path; arrays anywhere on the way fan out, as Jira indexes each element. */
const valuesAt = (value: unknown, segments: readonly string[]): unknown[] => {
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, segments));
  const [head, ...rest] = segments;
  if (head === undefined) return [value];
  if (!isRecord(value)) return [];
  return valuesAt(value[head], rest);
};

export const parseDateValue = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return null;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : ms;
};

const toIndexed = (type: IndexedType, path: string, v: unknown): IndexedValue | null => {
  switch (type) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? { path, num: v, str: null } : null;
    case 'date': {
      const ms = parseDateValue(v);
      return ms === null ? null : { path, num: ms, str: null };
    }
    case 'string':
    case 'user':
      return typeof v === 'string' ? { path, num: null, str: v } : typeof v === 'number' || typeof v === 'boolean' ? { path, num: null, str: String(v) } : null;
    case 'text':
      return typeof v === 'string' ? { path, num: null, str: v.toLowerCase() } : null;
  }
};

export const extractIndexedValues = (catalog: PropertyIndexCatalog, propertyKey: string, value: unknown): IndexedValue[] =>
  catalog.paths
    .filter((p) => p.propertyKey === propertyKey)
    .flatMap((p) => valuesAt(value, p.path.split('.')).map((v) => toIndexed(p.type, p.path, v)))
    .filter((v): v is IndexedValue => v !== null);
