import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { EntityPropertyIndex } from '../contracts';

/** The module types the host pages render, with the `extension.type` Forge reports for each. */
export const UI_MODULE_TYPES = [
  'jira:issuePanel',
  'jiraServiceManagement:portalRequestCreatePropertyPanel',
  'jiraServiceManagement:portalRequestDetail',
  'jira:adminPage',
  'jiraServiceManagement:queuePage',
] as const;
export type UiModuleType = (typeof UI_MODULE_TYPES)[number];

const TitleSchema = z.union([z.string(), z.object({ i18n: z.string() })]);

const UiModuleSchema = z.object({
  key: z.string(),
  resource: z.string().optional(),
  title: TitleSchema.optional(),
  resolver: z.object({ function: z.string() }).optional(),
});

const EntityPropertyModuleSchema = z.object({
  key: z.string(),
  propertyKey: z.string(),
  entityType: z.enum(['issue', 'project', 'user']).default('issue'),
  values: z.array(
    z.object({
      path: z.string(),
      type: z.enum(['number', 'string', 'text', 'date', 'user']),
      searchAlias: z.string().optional(),
    }),
  ),
});

const ManifestSchema = z.object({
  app: z.object({ id: z.string() }),
  modules: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))).default({}),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
});

export interface UiModule {
  readonly type: UiModuleType;
  readonly key: string;
  readonly title: string;
  /** Directory of the Custom UI build, relative to the app root. */
  readonly resourcePath: string | undefined;
}

export interface ManifestInfo {
  readonly appId: string;
  /** UUID part of `app.id`: the issue-property key under which JSM stores create-panel submissions. */
  readonly appUuid: string;
  readonly uiModules: readonly UiModule[];
  readonly entityPropertyIndexes: readonly EntityPropertyIndex[];
}

export function parseManifest(text: string): ManifestInfo {
  const manifest = ManifestSchema.parse(parse(text));
  const resources = new Map(manifest.resources.map((r) => [r.key, r.path]));
  const uiModules: UiModule[] = [];
  for (const type of UI_MODULE_TYPES) {
    for (const raw of manifest.modules[type] ?? []) {
      const m = UiModuleSchema.parse(raw);
      const title = m.title === undefined ? m.key : typeof m.title === 'string' ? m.title : m.title.i18n;
      uiModules.push({ type, key: m.key, title, resourcePath: m.resource === undefined ? undefined : resources.get(m.resource) });
    }
  }
  const entityPropertyIndexes: EntityPropertyIndex[] = [];
  for (const raw of manifest.modules['jira:entityProperty'] ?? []) {
    const m = EntityPropertyModuleSchema.parse(raw);
    if (m.entityType !== 'issue') continue;
    entityPropertyIndexes.push({
      propertyKey: m.propertyKey,
      entityType: 'issue',
      values: m.values.map((v) => (v.searchAlias === undefined ? { path: v.path, type: v.type } : { path: v.path, type: v.type, searchAlias: v.searchAlias })),
    });
  }
  const appUuid = manifest.app.id.split('/').pop() ?? manifest.app.id;
  return { appId: manifest.app.id, appUuid, uiModules, entityPropertyIndexes };
}

export function readManifest(path: string): ManifestInfo {
  return parseManifest(readFileSync(path, 'utf8'));
}
