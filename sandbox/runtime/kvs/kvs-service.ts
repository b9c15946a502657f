import { z } from 'zod';
import { entityIndexes, type EntityDef, type EntityIndexDef } from '../manifest';
import { ConditionGroupSchema, ConditionSchema, compare, matchesCondition, matchesGroup, type ConditionGroup } from './condition';
import type { KvsDatabase, StoredRow } from './kvs-database';
import {
  DEFAULT_QUERY_LIMIT,
  KvsError,
  MAX_QUERY_LIMIT,
  MAX_SECRET_VALUE_BYTES,
  MAX_TRANSACTION_OPS,
  MAX_VALUE_BYTES,
  checkKey,
  encodeValue,
} from './kvs-error';

const TtlSchema = z.object({ value: z.number().positive(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
const MetadataFields = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'])).optional();
const SetOptionsSchema = z
  .object({
    ttl: TtlSchema.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: MetadataFields,
  })
  .optional();
const GetOptionsSchema = z.object({ metadataFields: MetadataFields }).optional();

const KeyBody = z.object({ key: z.string() });
const GetBody = KeyBody.extend({ options: GetOptionsSchema });
const SetBody = KeyBody.extend({ value: z.unknown(), options: SetOptionsSchema });
const QueryBody = z.object({
  limit: z.number().int().positive().optional(),
  after: z.string().optional(),
  where: z.array(z.object({ property: z.literal('key'), condition: z.literal('BEGINS_WITH'), values: z.array(z.string()).length(1) })).optional(),
});
const EntityKeyBody = KeyBody.extend({ entityName: z.string() });
const EntityGetBody = EntityKeyBody.extend({ options: GetOptionsSchema });
const EntitySetBody = EntityKeyBody.extend({ value: z.unknown(), options: SetOptionsSchema });
const EntityQueryBody = z.object({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: z.object({ condition: ConditionSchema.shape.condition, values: z.array(z.unknown()) }).optional(),
  filters: ConditionGroupSchema.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().int().positive().optional(),
  cursor: z.string().optional(),
});
const BatchItem = z.object({ key: z.string(), entityName: z.string().optional() });
const BatchSetBody = z.array(BatchItem.extend({ value: z.unknown(), options: z.object({ ttl: TtlSchema.optional() }).optional() }));
const BatchKeysBody = z.array(BatchItem.extend({ options: GetOptionsSchema }));
const TransactionBody = z.object({
  set: z.array(BatchItem.extend({ value: z.unknown(), conditions: ConditionGroupSchema.optional(), options: z.object({ ttl: TtlSchema.optional() }).optional() })).optional(),
  delete: z.array(BatchItem.extend({ conditions: ConditionGroupSchema.optional() })).optional(),
  check: z.array(BatchItem.extend({ conditions: ConditionGroupSchema })).optional(),
});

const IndexCursor = z.object({ r: z.union([z.string(), z.number(), z.boolean()]), k: z.string() });

export interface KvsResponse {
  readonly status: number;
  readonly body?: unknown;
}

const TTL_UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;
const SECRET_NS = 'secret';
const PLAIN_NS = 'kvs';

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new KvsError(400, 'BAD_REQUEST', `Provided request body is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}

function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeCursor<T>(schema: z.ZodType<T>, cursor: string): T {
  try {
    return parse(schema, JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new KvsError(400, 'INVALID_CURSOR', 'The provided cursor is invalid.');
  }
}

function decodeValue(row: StoredRow): unknown {
  return JSON.parse(row.value);
}

function withMetadata(row: StoredRow): Record<string, unknown> {
  return {
    key: row.key,
    value: decodeValue(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...(row.expireAt === null ? {} : { expireTime: new Date(row.expireAt).toISOString() }),
  };
}

function limitOf(requested: number | undefined): number {
  if (requested !== undefined && requested > MAX_QUERY_LIMIT) throw new KvsError(400, 'BAD_REQUEST', `The limit must not exceed ${MAX_QUERY_LIMIT}.`);
  return requested ?? DEFAULT_QUERY_LIMIT;
}

/**
 * The Forge KVS / Custom Entity Store service as @forge/kvs calls it (`POST /api/v1/...` with a JSON body), backed
 * by {@link KvsDatabase}. Every handler returns the status and body the real service would.
 */
export class KvsService {
  private readonly entities: ReadonlyMap<string, EntityDef>;

  constructor(
    private readonly db: KvsDatabase,
    entities: readonly EntityDef[],
    private readonly now: () => number,
  ) {
    this.entities = new Map(entities.map((e) => [e.name, e]));
  }

  handle(path: string, body: unknown): KvsResponse {
    try {
      return this.route(path, body);
    } catch (error) {
      if (error instanceof KvsError) return { status: error.status, body: { code: error.code, message: error.message } };
      throw error;
    }
  }

  private route(path: string, body: unknown): KvsResponse {
    switch (path) {
      case '/api/v1/get':
        return this.get(PLAIN_NS, parse(GetBody, body).key);
      case '/api/v1/set': {
        const b = parse(SetBody, body);
        return this.set(PLAIN_NS, b.key, b.value, b.options, MAX_VALUE_BYTES);
      }
      case '/api/v1/delete':
        return this.remove(PLAIN_NS, parse(KeyBody, body).key);
      case '/api/v1/query':
        return this.query(parse(QueryBody, body));
      case '/api/v1/secret/get':
        return this.get(SECRET_NS, parse(GetBody, body).key);
      case '/api/v1/secret/set': {
        const b = parse(SetBody, body);
        return this.set(SECRET_NS, b.key, b.value, b.options, MAX_SECRET_VALUE_BYTES);
      }
      case '/api/v1/secret/delete':
        return this.remove(SECRET_NS, parse(KeyBody, body).key);
      case '/api/v1/entity/get': {
        const b = parse(EntityGetBody, body);
        return this.get(this.entityNs(b.entityName), b.key);
      }
      case '/api/v1/entity/set': {
        const b = parse(EntitySetBody, body);
        this.checkEntityValue(b.entityName, b.value);
        return this.set(this.entityNs(b.entityName), b.key, b.value, b.options, MAX_VALUE_BYTES);
      }
      case '/api/v1/entity/delete': {
        const b = parse(EntityKeyBody, body);
        return this.remove(this.entityNs(b.entityName), b.key);
      }
      case '/api/v1/entity/query':
        return this.queryEntity(parse(EntityQueryBody, body));
      case '/api/v1/batch/set':
        return this.batchSet(parse(BatchSetBody, body));
      case '/api/v1/batch/get':
        return this.batchGet(parse(BatchKeysBody, body));
      case '/api/v1/batch/delete':
        return this.batchDelete(parse(BatchKeysBody, body));
      case '/api/v1/transaction':
        return this.transact(parse(TransactionBody, body));
      default:
        throw new KvsError(404, 'NOT_FOUND', `No KVS operation at ${path}.`);
    }
  }

  private entityNs(entityName: string): string {
    if (!this.entities.has(entityName)) throw new KvsError(400, 'ENTITY_NOT_DEFINED', `Entity '${entityName}' is not declared in app.storage.entities.`);
    return `entity/${entityName}`;
  }

  private checkEntityValue(entityName: string, value: unknown): void {
    const entity = this.entities.get(entityName);
    if (!entity) throw new KvsError(400, 'ENTITY_NOT_DEFINED', `Entity '${entityName}' is not declared in app.storage.entities.`);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new KvsError(400, 'INVALID_ENTITY_VALUE', 'An entity value must be an object.');
    for (const [name, attr] of Object.entries(value)) {
      const declared = entity.attributes[name];
      if (!declared) throw new KvsError(400, 'INVALID_ENTITY_ATTRIBUTE', `Attribute '${name}' is not declared for entity '${entityName}'.`);
      const ok =
        declared.type === 'any' ||
        attr === null ||
        (declared.type === 'string' && typeof attr === 'string') ||
        (declared.type === 'boolean' && typeof attr === 'boolean') ||
        (declared.type === 'float' && typeof attr === 'number') ||
        (declared.type === 'integer' && Number.isInteger(attr));
      if (!ok) throw new KvsError(400, 'INVALID_ENTITY_ATTRIBUTE', `Attribute '${name}' of entity '${entityName}' must be of type ${declared.type}.`);
    }
  }

  private get(ns: string, key: string): KvsResponse {
    checkKey(key);
    const row = this.db.get(ns, key, this.now());
    if (!row) throw new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
    return { status: 200, body: withMetadata(row) };
  }

  private makeRow(key: string, text: string, previous: StoredRow | undefined, ttl: z.infer<typeof TtlSchema> | undefined): StoredRow {
    const now = this.now();
    return { key, value: text, createdAt: previous?.createdAt ?? now, updatedAt: now, expireAt: ttl ? now + ttl.value * TTL_UNIT_MS[ttl.unit] : null };
  }

  private set(ns: string, key: string, value: unknown, options: z.infer<typeof SetOptionsSchema>, maxBytes: number): KvsResponse {
    checkKey(key);
    const text = encodeValue(value, maxBytes);
    return this.db.atomically(() => {
      const previous = this.db.get(ns, key, this.now());
      if (previous && options?.keyPolicy === 'FAIL_IF_EXISTS') throw new KvsError(409, 'KEY_ALREADY_EXISTS', `The key '${key}' already exists.`);
      const row = this.makeRow(key, text, previous, options?.ttl);
      this.db.put(ns, row);
      if (options?.returnValue === 'LATEST') return { status: 200, body: withMetadata(row) };
      if (options?.returnValue === 'PREVIOUS' && previous) return { status: 200, body: withMetadata(previous) };
      return { status: 204 };
    });
  }

  private remove(ns: string, key: string): KvsResponse {
    checkKey(key);
    this.db.delete(ns, key);
    return { status: 204 };
  }

  private query(body: z.infer<typeof QueryBody>): KvsResponse {
    const limit = limitOf(body.limit);
    const prefix = body.where?.[0]?.values[0] ?? '';
    const after = body.after === undefined ? undefined : decodeCursor(z.string(), body.after);
    const rows = this.db.scan(PLAIN_NS, prefix, after, limit + 1, this.now());
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { status: 200, body: { data: page.map(withMetadata), ...(rows.length > limit && last ? { cursor: encodeCursor(last.key) } : {}) } };
  }

  private indexOf(entityName: string, indexName: string): EntityIndexDef {
    const entity = this.entities.get(entityName);
    if (!entity) throw new KvsError(400, 'ENTITY_NOT_DEFINED', `Entity '${entityName}' is not declared in app.storage.entities.`);
    const index = entityIndexes(entity).find((i) => i.name === indexName);
    if (!index) throw new KvsError(400, 'INDEX_NOT_DEFINED', `Index '${indexName}' is not declared for entity '${entityName}'.`);
    return index;
  }

  private queryEntity(body: z.infer<typeof EntityQueryBody>): KvsResponse {
    const index = this.indexOf(body.entityName, body.indexName);
    const limit = limitOf(body.limit);
    if (index.partition.length > 0 && body.partition?.length !== index.partition.length) {
      throw new KvsError(400, 'BAD_REQUEST', `Index '${index.name}' is partitioned by [${index.partition.join(', ')}]: give one partition value for each.`);
    }
    const descending = body.sort === 'DESC';
    const entries = this.db
      .all(this.entityNs(body.entityName), this.now())
      .map((row) => ({ row, value: decodeValue(row) }))
      .flatMap(({ row, value }) => {
        if (value === null || typeof value !== 'object') return [];
        const rangeValue: unknown = Reflect.get(value, index.range);
        if (typeof rangeValue !== 'string' && typeof rangeValue !== 'number' && typeof rangeValue !== 'boolean') return [];
        const inPartition = index.partition.every((attr, i) => compare(Reflect.get(value, attr), body.partition?.[i]) === 0);
        if (!inPartition) return [];
        if (body.range && !matchesCondition(rangeValue, body.range.condition, body.range.values)) return [];
        if (body.filters && !matchesGroup(value, body.filters)) return [];
        return [{ row, rangeValue }];
      })
      .sort((a, b) => {
        const byRange = compare(a.rangeValue, b.rangeValue) ?? String(a.rangeValue).localeCompare(String(b.rangeValue));
        const order = byRange !== 0 ? byRange : a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0;
        return descending ? -order : order;
      });
    let start = 0;
    if (body.cursor !== undefined) {
      const cursor = decodeCursor(IndexCursor, body.cursor);
      const position = entries.findIndex((e) => e.row.key === cursor.k && compare(e.rangeValue, cursor.r) === 0);
      start = position >= 0 ? position + 1 : entries.findIndex((e) => (compare(e.rangeValue, cursor.r) ?? 0) * (descending ? -1 : 1) > 0);
      if (start < 0) start = entries.length;
    }
    const page = entries.slice(start, start + limit);
    const last = page.at(-1);
    const more = start + limit < entries.length;
    return {
      status: 200,
      body: { data: page.map((e) => withMetadata(e.row)), ...(more && last ? { cursor: encodeCursor({ r: last.rangeValue, k: last.row.key }) } : {}) },
    };
  }

  private nsOf(item: { entityName?: string | undefined }): string {
    return item.entityName === undefined ? PLAIN_NS : this.entityNs(item.entityName);
  }

  private static checkDistinct(items: readonly { key: string; entityName?: string | undefined }[], what: string): void {
    const seen = new Set<string>();
    for (const item of items) {
      const id = `${item.entityName ?? ''}\u0000${item.key}`;
      if (seen.has(id)) throw new KvsError(400, 'DUPLICATE_KEYS', `The ${what} contains the key '${item.key}' more than once.`);
      seen.add(id);
    }
  }

  private batchSet(items: z.infer<typeof BatchSetBody>): KvsResponse {
    if (items.length > 0) KvsService.checkDistinct(items, 'batch');
    return this.batch(items, (item, id) => {
      if (item.entityName !== undefined) this.checkEntityValue(item.entityName, item.value);
      const ns = this.nsOf(item);
      this.db.put(ns, this.makeRow(item.key, encodeValue(item.value), this.db.get(ns, item.key, this.now()), item.options?.ttl));
      return id;
    });
  }

  private batchGet(items: z.infer<typeof BatchKeysBody>): KvsResponse {
    return this.batch(items, (item, id) => {
      const row = this.db.get(this.nsOf(item), item.key, this.now());
      if (!row) throw new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
      return { ...withMetadata(row), ...id };
    });
  }

  private batchDelete(items: z.infer<typeof BatchKeysBody>): KvsResponse {
    return this.batch(items, (item, id) => {
      this.db.delete(this.nsOf(item), item.key);
      return id;
    });
  }

  /** The batch endpoints' shared contract: each item succeeds or fails on its own, with the platform's error shape. */
  private batch<T extends { readonly key: string; readonly entityName?: string | undefined }>(
    items: readonly T[],
    each: (item: T, id: { key: string; entityName?: string }) => unknown,
  ): KvsResponse {
    if (items.length === 0) throw new KvsError(400, 'BAD_REQUEST', 'A batch must contain at least one request.');
    const successfulKeys: unknown[] = [];
    const failedKeys: unknown[] = [];
    for (const item of items) {
      const id = { key: item.key, ...(item.entityName === undefined ? {} : { entityName: item.entityName }) };
      try {
        checkKey(item.key);
        successfulKeys.push(each(item, id));
      } catch (error) {
        if (!(error instanceof KvsError)) throw error;
        failedKeys.push({ ...id, error: { code: error.code, message: error.message } });
      }
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private transact(body: z.infer<typeof TransactionBody>): KvsResponse {
    const sets = body.set ?? [];
    const deletes = body.delete ?? [];
    const checks = body.check ?? [];
    const all = [...sets, ...deletes, ...checks];
    if (all.length === 0) throw new KvsError(400, 'BAD_REQUEST', 'A transaction must contain at least one operation.');
    if (all.length > MAX_TRANSACTION_OPS) {
      throw new KvsError(400, 'TOO_MANY_OPERATIONS', `A transaction may contain at most ${MAX_TRANSACTION_OPS} operations; this one has ${all.length}.`);
    }
    KvsService.checkDistinct(all, 'transaction');
    const conditional: { ns: string; key: string; conditions: ConditionGroup }[] = [];
    for (const op of all) {
      checkKey(op.key);
      const conditions = 'conditions' in op ? op.conditions : undefined;
      if (conditions === undefined) continue;
      if (op.entityName === undefined) throw new KvsError(400, 'BAD_REQUEST', 'Conditions are only supported on custom entity operations.');
      conditional.push({ ns: this.entityNs(op.entityName), key: op.key, conditions });
    }
    const writes = sets.map((op) => {
      if (op.entityName !== undefined) this.checkEntityValue(op.entityName, op.value);
      return { ns: this.nsOf(op), key: op.key, text: encodeValue(op.value), ttl: op.options?.ttl };
    });
    const removals = deletes.map((op) => ({ ns: this.nsOf(op), key: op.key }));
    this.db.atomically(() => {
      const now = this.now();
      for (const c of conditional) {
        const row = this.db.get(c.ns, c.key, now);
        if (!matchesGroup(row ? decodeValue(row) : {}, c.conditions)) {
          throw new KvsError(409, 'CONDITIONAL_CHECK_FAILED', `The transaction was cancelled: the conditions on key '${c.key}' were not met.`);
        }
      }
      for (const w of writes) this.db.put(w.ns, this.makeRow(w.key, w.text, this.db.get(w.ns, w.key, now), w.ttl));
      for (const r of removals) this.db.delete(r.ns, r.key);
    });
    return { status: 204 };
  }
}
