import { createHash } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { AuditEntry, ConfigVersionRow, RecordArchive } from '../application/ports';
import { listByPrefix } from './kvs-claim';
import { AUDIT_PREFIX, auditKeyPrefix } from './kvs-audit';
import { CONFIG_HEAD_KEY, CONFIG_VERSION_PREFIX, configVersionKey } from './kvs-config-repository';

const VersionRowSchema = z.object({ config: z.unknown(), updatedAt: z.number(), updatedBy: z.string().nullable() });
const EntrySchema = z.object({ at: z.number(), kind: z.string(), issueKey: z.string().optional(), detail: z.string() });

const canonical = (entry: { readonly at: number; readonly kind: string; readonly issueKey?: string | undefined; readonly detail: string }): string => JSON.stringify([entry.at, entry.kind, entry.issueKey ?? null, entry.detail]);

/** Raw reads and verbatim writes of the configuration history and the audit log, for the archive. */
export const kvsArchive = (): RecordArchive => ({
  async configVersions() {
    const rows: ConfigVersionRow[] = [];
    for (const row of await listByPrefix(CONFIG_VERSION_PREFIX)) {
      const parsed = VersionRowSchema.safeParse(row.value);
      if (parsed.success) rows.push({ version: Number(row.key.slice(CONFIG_VERSION_PREFIX.length)), ...parsed.data });
    }
    return rows.sort((a, b) => a.version - b.version);
  },
  async restoreConfigVersions(rows) {
    for (const row of rows) await kvs.set(configVersionKey(row.version), { config: row.config, updatedAt: row.updatedAt, updatedBy: row.updatedBy });
    const newest = Math.max(0, ...rows.map((r) => r.version));
    if (newest > 0) await kvs.set(CONFIG_HEAD_KEY, newest);
  },
  async restoreAudit(entries) {
    const present = new Map<string, number>();
    for (const row of await listByPrefix(AUDIT_PREFIX)) {
      const parsed = EntrySchema.safeParse(row.value);
      if (parsed.success) present.set(canonical(parsed.data), (present.get(canonical(parsed.data)) ?? 0) + 1);
    }
    const wanted = new Map<string, { entry: AuditEntry; count: number }>();
    for (const entry of entries) {
      const id = canonical(entry);
      wanted.set(id, { entry, count: (wanted.get(id)?.count ?? 0) + 1 });
    }
    let added = 0;
    for (const [id, { entry, count }] of wanted) {
      // Restored keys derive from the content (and the copy number), so importing twice writes the same keys.
      const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 32);
      for (let copy = present.get(id) ?? 0; copy < count; copy += 1) {
        await kvs.set(`${auditKeyPrefix(entry.at)}:r${hash}${copy === 0 ? '' : `-${copy}`}`, entry);
        added += 1;
      }
    }
    return added;
  },
});
