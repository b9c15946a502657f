import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

const TranslationsSchema = z.object({
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
  fallback: z.object({ default: z.string() }).catchall(z.unknown()),
});

const ManifestSchema = z.object({
  app: z.object({ id: z.string() }),
  translations: TranslationsSchema.optional(),
  modules: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))).default({}),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
});

export interface UiModule {
  readonly type: UiModuleType;
  readonly key: string;
  /** The title in the manifest's default language (or as written, when it is a plain string). */
  readonly title: string;
  /** The title per host language, from the manifest's `translations` (empty when the title is a plain string). */
  readonly titles: Readonly<Partial<Record<HostLang, string>>>;
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

/** The host pages' languages and the Forge locale codes a translation file may be keyed by. */
export type HostLang = 'zh-CN' | 'en';
const FORGE_LOCALES: Readonly<Record<HostLang, readonly string[]>> = { 'zh-CN': ['zh-CN'], en: ['en-US', 'en-GB'] };

/** A dotted i18n key looked up as Forge does: the flat key first, then nested objects. */
const lookup = (content: unknown, key: string): string | undefined => {
  if (typeof content !== 'object' || content === null) return undefined;
  const flat = (content as Record<string, unknown>)[key];
  if (typeof flat === 'string') return flat;
  const value = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), content);
  return typeof value === 'string' ? value : undefined;
};

/** Reads a translation file named by the manifest (a path relative to the app root), as JSON. */
export type ReadTranslation = (path: string) => unknown;

export function parseManifest(text: string, readTranslation: ReadTranslation = () => ({})): ManifestInfo {
  const manifest = ManifestSchema.parse(parse(text));
  const translations = manifest.translations;
  const files = new Map((translations?.resources ?? []).map((r) => [r.key, readTranslation(r.path)]));
  const translate = (key: string, locale: string): string | undefined => lookup(files.get(locale), key);
  const resources = new Map(manifest.resources.map((r) => [r.key, r.path]));
  const uiModules: UiModule[] = [];
  for (const type of UI_MODULE_TYPES) {
    for (const raw of manifest.modules[type] ?? []) {
      const m = UiModuleSchema.parse(raw);
      const i18n = m.title !== undefined && typeof m.title !== 'string' ? m.title.i18n : null;
      const inDefault = i18n === null || translations === undefined ? undefined : translate(i18n, translations.fallback.default);
      const title = m.title === undefined ? m.key : typeof m.title === 'string' ? m.title : (inDefault ?? m.title.i18n);
      const titles: Partial<Record<HostLang, string>> = {};
      if (i18n !== null) {
        for (const lang of ['zh-CN', 'en'] as const) {
          const found = FORGE_LOCALES[lang].map((locale) => translate(i18n, locale)).find((value) => value !== undefined);
          if (found !== undefined) titles[lang] = found;
        }
      }
      uiModules.push({ type, key: m.key, title, titles, resourcePath: m.resource === undefined ? undefined : resources.get(m.resource) });
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
  return parseManifest(readFileSync(path, 'utf8'), (file) => JSON.parse(readFileSync(join(dirname(path), file), 'utf8')) as unknown);
}

/** The module's title in the host page's language, as Jira shows it to a user of that language. */
export const titleIn = (module: UiModule, lang: HostLang): string => module.titles[lang] ?? module.title;
