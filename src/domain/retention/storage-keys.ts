/**
 * Every kind of key the app writes to app storage, classified. `record`: part of the service records the
 * standard keeps (kept at least the retention policy; the app deletes none and sets no TTL on them).
 * `transient`: claims, leases, cursors and de-duplication ledgers that are not records and may expire or be deleted.
 * A key matching no entry counts as a record, so a new kind of key is kept until someone classifies it.
 */
export type StorageKind = 'record' | 'transient';

export interface StorageKeyClass {
  readonly prefix: string;
  readonly kind: StorageKind;
  readonly holds: string;
}

/** Longest prefix wins (`lifecycle:started:` before `lifecycle:`). Entities are listed as `entity:<name>`. */
export const STORAGE_KEYS: readonly StorageKeyClass[] = [
  { prefix: 'truth:service-record:', kind: 'record', holds: 'service record (intake, verification, operation log, remedies, confirmation, on-site visits)' },
  { prefix: 'truth:survey:', kind: 'record', holds: 'satisfaction survey' },
  { prefix: 'truth:follow-up:', kind: 'record', holds: 'low-score follow-up' },
  { prefix: 'entity:request-sla', kind: 'record', holds: 'SLA snapshot per request (clocks, cycles, breaches)' },
  { prefix: 'slaev:', kind: 'record', holds: 'clock event log (the events the SLA clocks are computed from)' },
  { prefix: 'config:v:', kind: 'record', holds: 'configuration history (every saved version, who and when)' },
  { prefix: 'config:head', kind: 'record', holds: 'pointer to the newest configuration version' },
  { prefix: 'audit:', kind: 'record', holds: 'admin-visible audit log (numbers left unused, mirrors rewritten)' },
  { prefix: 'seq:', kind: 'record', holds: 'sequence values handed out (service numbers, round-robin turns): never reused' },
  { prefix: 'seqowner:', kind: 'record', holds: 'who holds each sequence value' },
  { prefix: 'seqhint:', kind: 'record', holds: 'last service number of each day' },
  { prefix: 'lifecycle:finished:', kind: 'record', holds: 'outcome of each request creation' },
  { prefix: 'lifecycle:since', kind: 'record', holds: 'since when creations are watched' },
  { prefix: 'followup:', kind: 'record', holds: 'which follow-up task answers which survey cycle' },
  { prefix: 'once:', kind: 'transient', holds: 'exactly-once marker of a notice or step; forgotten when the notice failed so it is retried' },
  { prefix: 'oncei:', kind: 'transient', holds: 'lease of a two-step exactly-once attempt' },
  { prefix: 'lifecycle:started:', kind: 'transient', holds: 'creation under way; deleted when it finishes' },
  { prefix: 'reconcile:patrol', kind: 'transient', holds: "the reconciler's page cursor; deleted at the end of a pass" },
  { prefix: 'catchup:', kind: 'transient', holds: 'changelog/comment cursor of the event catch-up' },
  { prefix: 'route:', kind: 'transient', holds: 'routing decision de-duplication (7-day TTL)' },
  { prefix: 'report:', kind: 'transient', holds: 'report job cache and steps (24-hour TTL)' },
  { prefix: 'confirm:', kind: 'transient', holds: "claim on one confirmation per cycle while it is recorded (60-second TTL)" },
  { prefix: 'exact:', kind: 'transient', holds: 'one delayed exact-time check per crossing (TTL: the delay plus an hour)' },
  { prefix: 'survey-link:used:', kind: 'transient', holds: 'single-use ledger of confirmation-and-survey links (never deleted; a link expires within 90 days)' },
  { prefix: 'profile:', kind: 'transient', holds: "a user's name, language and time zone as Jira gave them (24-hour TTL)" },
  { prefix: 'im:origin:', kind: 'record', holds: 'the IM group a request came from (where its survey link is sent)' },
  { prefix: 'im:', kind: 'transient', holds: 'IM delivery ledgers, intake de-duplication and replay guards (TTL up to 7 days)' },
];

const BY_LENGTH = [...STORAGE_KEYS].sort((a, b) => b.prefix.length - a.prefix.length);

/** The class of a stored key, or null when no entry matches (which counts as a record). */
export const storageKeyClass = (key: string): StorageKeyClass | null => BY_LENGTH.find((c) => key.startsWith(c.prefix)) ?? null;

export const storageKindOf = (key: string): StorageKind => storageKeyClass(key)?.kind ?? 'record';
