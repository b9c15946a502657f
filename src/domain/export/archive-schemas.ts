import { z } from 'zod';

const At = z.number();

/** One event of a request's clock event log, as the SLA engine stored it (the clocks are recomputed from these). */
export const SlaEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ at: At, type: z.literal('created'), priority: z.string() }),
  z.strictObject({ at: At, type: z.literal('status'), status: z.string() }),
  z.strictObject({ at: At, type: z.literal('comment'), public: z.boolean(), author: z.enum(['agent', 'customer']) }),
  z.strictObject({ at: At, type: z.literal('priority'), priority: z.string() }),
  z.strictObject({ at: At, type: z.literal('onsiteRequested') }),
  z.strictObject({ at: At, type: z.literal('departed') }),
  z.strictObject({ at: At, type: z.literal('workaround') }),
]);
export const StoredSlaEventSchema = z.strictObject({ id: z.string().min(1), event: SlaEventSchema });

/** The clock event log of one request, keyed like app storage by the issue id (the key is for people). */
export const ClockEventLogSchema = z.strictObject({ issueId: z.string().min(1), issueKey: z.string().min(1), events: z.array(StoredSlaEventSchema) });
export type ClockEventLog = z.infer<typeof ClockEventLogSchema>;

/** One saved configuration version as stored (older versions may predate the current format; import migrates them to check). */
export const ConfigVersionSchema = z.strictObject({
  version: z.int().min(1),
  config: z.unknown(),
  updatedAt: z.number(),
  updatedBy: z.string().nullable(),
});
export type ConfigVersion = z.infer<typeof ConfigVersionSchema>;

export const AuditRecordSchema = z.strictObject({ at: z.number(), kind: z.string(), issueKey: z.string().optional(), detail: z.string() });
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** A stable order for audit entries (by time, then content), so the same log always exports the same way. */
export const auditOrder = (a: AuditRecord, b: AuditRecord): number => {
  if (a.at !== b.at) return a.at - b.at;
  const x = JSON.stringify([a.kind, a.issueKey ?? null, a.detail]);
  const y = JSON.stringify([b.kind, b.issueKey ?? null, b.detail]);
  return x < y ? -1 : x > y ? 1 : 0;
};
