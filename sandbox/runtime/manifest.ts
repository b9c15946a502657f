import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The parts of `manifest.yml` the runtime acts on. Objects are loose because the real manifest carries many
 * more properties (UI modules, resources, …) that belong to other parts of the sandbox.
 */
const FunctionModule = z.looseObject({
  key: z.string(),
  handler: z.string().regex(/^[^.]+(\/[^.]+)*\.[A-Za-z_$][\w$]*$/, 'handler must be <file>.<export>'),
  timeoutSeconds: z.number().int().min(1).max(900).optional(),
});

const ResolverRef = z.looseObject({ function: z.string() });

const FilterSchema = z.looseObject({
  ignoreSelf: z.boolean().optional(),
  expression: z.string().optional(),
  onError: z.enum(['IGNORE', 'IGNORE_AND_LOG', 'RECEIVE', 'RECEIVE_AND_LOG']).optional(),
  appIsLicensed: z.boolean().optional(),
});

const TriggerEventEntry = z.union([
  z.string(),
  z.looseObject({ eventType: z.string(), filter: FilterSchema.optional() }),
]);

const TriggerModule = z.looseObject({
  key: z.string(),
  function: z.string(),
  events: z.array(TriggerEventEntry).min(1),
  filter: FilterSchema.optional(),
});

const ScheduledTriggerModule = z.looseObject({
  key: z.string(),
  function: z.string(),
  interval: z.enum(['fiveMinute', 'hour', 'day', 'week']),
});

const WebTriggerModule = z.looseObject({
  key: z.string(),
  function: z.string(),
});

const ConsumerModule = z.looseObject({
  key: z.string(),
  queue: z.string().max(36).regex(/^[a-zA-Z0-9_-]+$/),
  function: z.string().optional(),
  resolver: z.looseObject({ function: z.string(), method: z.string() }).optional(),
});

const IndexSchema = z.union([
  z.string(),
  z.looseObject({
    name: z.string(),
    range: z.array(z.string()).min(1).max(1),
    partition: z.array(z.string()).optional(),
  }),
]);

const EntitySchema = z.looseObject({
  name: z.string().min(3).max(60),
  attributes: z.record(z.string(), z.looseObject({ type: z.enum(['string', 'boolean', 'float', 'integer', 'any']) })),
  indexes: z.array(IndexSchema).optional(),
});

const EntityPropertyModule = z.looseObject({
  key: z.string(),
  propertyKey: z.string(),
  entityType: z.enum(['issue', 'project', 'user']).optional(),
  values: z.array(
    z.looseObject({
      path: z.string(),
      type: z.enum(['number', 'string', 'text', 'date', 'user']),
      searchAlias: z.string().optional(),
    }),
  ),
});

const FetchEntry = z.union([z.string(), z.looseObject({ address: z.string() }), z.looseObject({ remote: z.string() })]);

const ManifestSchema = z.looseObject({
  app: z.looseObject({
    id: z.string(),
    storage: z.looseObject({ entities: z.array(EntitySchema).optional() }).optional(),
  }),
  modules: z
    .looseObject({
      function: z.array(FunctionModule).optional(),
      trigger: z.array(TriggerModule).optional(),
      scheduledTrigger: z.array(ScheduledTriggerModule).optional(),
      webtrigger: z.array(WebTriggerModule).optional(),
      consumer: z.array(ConsumerModule).optional(),
      'jira:entityProperty': z.array(EntityPropertyModule).optional(),
    })
    .catchall(z.array(z.looseObject({ key: z.string(), resolver: ResolverRef.optional() }))),
  permissions: z
    .looseObject({
      scopes: z.array(z.string()).optional(),
      external: z
        .looseObject({
          fetch: z.looseObject({ backend: z.array(FetchEntry).optional() }).optional(),
        })
        .optional(),
    })
    .optional(),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type FunctionDef = z.infer<typeof FunctionModule>;
export type TriggerDef = z.infer<typeof TriggerModule>;
export type TriggerFilter = z.infer<typeof FilterSchema>;
export type ScheduledTriggerDef = z.infer<typeof ScheduledTriggerModule>;
export type ConsumerDef = z.infer<typeof ConsumerModule>;
export type EntityDef = z.infer<typeof EntitySchema>;

export interface EntityIndexDef {
  readonly name: string;
  readonly range: string;
  readonly partition: readonly string[];
}

export function parseManifest(text: string): Manifest {
  return ManifestSchema.parse(parse(text));
}

export function loadManifest(path: string): Manifest {
  return parseManifest(readFileSync(path, 'utf8'));
}

/** `app.id` is an ARI; the runtime's `appContext.appId` carries only its last segment, as in production. */
export function appIdOf(manifest: Manifest): string {
  const match = /app\/([^/]+)$/.exec(manifest.app.id);
  return match?.[1] ?? manifest.app.id;
}

export function entityIndexes(entity: EntityDef): EntityIndexDef[] {
  return (entity.indexes ?? []).map((index) =>
    typeof index === 'string'
      ? { name: index, range: index, partition: [] }
      : { name: index.name, range: index.range[0] ?? '', partition: index.partition ?? [] },
  );
}

/** Every module of any type that names a resolver function, keyed by module key. */
export function resolverFunctionOf(manifest: Manifest, moduleKey: string): string | undefined {
  for (const [type, modules] of Object.entries(manifest.modules)) {
    if (type === 'consumer' || !Array.isArray(modules)) continue;
    for (const candidate of modules) {
      const parsed = z.looseObject({ key: z.string(), resolver: ResolverRef.optional() }).safeParse(candidate);
      if (parsed.success && parsed.data.key === moduleKey && parsed.data.resolver) return parsed.data.resolver.function;
    }
  }
  return undefined;
}

export function backendFetchAllowList(manifest: Manifest): string[] {
  return (manifest.permissions?.external?.fetch?.backend ?? []).flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    if ('address' in entry && typeof entry.address === 'string') return [entry.address];
    return [];
  });
}

export function triggerEventTypes(trigger: TriggerDef): { eventType: string; filter: TriggerFilter | undefined }[] {
  return trigger.events.map((entry) =>
    typeof entry === 'string' ? { eventType: entry, filter: trigger.filter } : { eventType: entry.eventType, filter: entry.filter ?? trigger.filter },
  );
}
