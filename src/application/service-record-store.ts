import type { z } from 'zod';
import {
  SERVICE_RECORD_PROPERTY,
  SLA_PROPERTY,
  SURVEY_PROPERTY,
  ServiceRecordSchema,
  SlaPropertySchema,
  SurveyPropertySchema,
  type ServiceRecord,
  type SlaProperty,
  type SurveyProperty,
} from '../shared/issue-properties';
import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type FollowUpProperty } from '../shared/rpc';
import type { Needs, WithJira } from './deps';
import { sameJson } from './same-json';
import type { IssueEditor, MirroredProperty } from './ports';

/** A request as the stores need it: the id keys app storage (it survives a move), the key names the mirror. */
export interface IssueRef {
  readonly id: string;
  readonly key: string;
}

/** Reads need app storage only; writes also rewrite the issue property that mirrors it. */
type ReadDeps = Needs<'truth'>;
type WriteDeps = Needs<'truth'> & WithJira<IssueEditor>;

const read = async <T>(deps: ReadDeps, issueId: string, property: MirroredProperty, schema: z.ZodType<T>): Promise<T | null> => {
  const parsed = schema.safeParse(await deps.truth.get(issueId, property));
  return parsed.success ? parsed.data : null;
};

/**
 * App storage first, then the issue property as its mirror: if the mirror write fails the truth is already
 * safe, and the next touch of the request (or the reconciler) rewrites the mirror from it.
 */
const write = async (deps: WriteDeps, issue: IssueRef, property: MirroredProperty, value: unknown, nextCheckAt?: number | null, mirror = true): Promise<void> => {
  await deps.truth.set(issue.id, issue.key, property, value, nextCheckAt);
  if (mirror) await deps.jira.setProperty(issue.key, property, value);
};

/**
 * The request's records, read from app storage only, never from the issue properties: anyone who can edit
 * the issue can write those (a copied `service-record` on a new issue must not give it another's number).
 * Anything that does not parse counts as absent.
 */
export const readRecord = (deps: ReadDeps, issue: IssueRef): Promise<ServiceRecord | null> => read(deps, issue.id, SERVICE_RECORD_PROPERTY, ServiceRecordSchema);

export const readSla = (deps: ReadDeps, issue: IssueRef): Promise<SlaProperty | null> => read(deps, issue.id, SLA_PROPERTY, SlaPropertySchema);

export const readSurvey = (deps: ReadDeps, issueId: string): Promise<SurveyProperty | null> => read(deps, issueId, SURVEY_PROPERTY, SurveyPropertySchema);

/** The follow-up of a task (keyed by the task's id), or null when the issue is not a follow-up task. */
export const readFollowUp = (deps: ReadDeps, taskId: string): Promise<FollowUpProperty | null> => read(deps, taskId, FOLLOW_UP_PROPERTY, FollowUpPropertySchema);

export const writeRecord = (deps: WriteDeps, issue: IssueRef, record: ServiceRecord): Promise<void> => write(deps, issue, SERVICE_RECORD_PROPERTY, record);

/**
 * App storage only; the caller writes the mirror itself, after this (creation carries it in its one `PUT issue`).
 * Should the caller die first, the next touch of the request (or the reconciler) rewrites the mirror from storage.
 */
export const storeRecord = (deps: WriteDeps, issue: IssueRef, record: ServiceRecord): Promise<void> => write(deps, issue, SERVICE_RECORD_PROPERTY, record, undefined, false);

/**
 * The SLA snapshot. `sweepAt` (by default its `nextCheckAt`) is what puts the request in the sweep's due set; it
 * may come before the crossing (see planNextLook).
 */
export const writeSla = async (deps: WriteDeps, issue: IssueRef, sla: SlaProperty, sweepAt: number | null = sla.nextCheckAt, mirror = true): Promise<StoredSla> => {
  // A snapshot that differs from the stored one only in when it was computed (a change that moved no clock, a close
  // after the resolution) keeps the stored one, whose mirror already shows it: one Jira call saved (issue 15), and
  // `computedAt` says when the clocks last changed. The sweep's index still moves to `sweepAt`.
  const stored = await readSla(deps, issue);
  if (stored !== null && sameClocks(stored, sla)) {
    await write(deps, issue, SLA_PROPERTY, stored, sweepAt, false);
    return { sla: stored, changed: false };
  }
  await write(deps, issue, SLA_PROPERTY, sla, sweepAt, mirror);
  return { sla, changed: true };
};

/** The snapshot as stored, and whether its clocks differ from what was stored before (so its mirror is out of date). */
export interface StoredSla {
  readonly sla: SlaProperty;
  readonly changed: boolean;
}

const sameClocks = (stored: SlaProperty | null, next: SlaProperty): boolean =>
  stored !== null && sameJson({ ...stored, computedAt: null }, { ...next, computedAt: null });

export const writeSurvey = (deps: WriteDeps, issue: IssueRef, survey: SurveyProperty): Promise<void> => write(deps, issue, SURVEY_PROPERTY, survey);

export const writeFollowUp = (deps: WriteDeps, task: IssueRef, followUp: FollowUpProperty): Promise<void> => write(deps, task, FOLLOW_UP_PROPERTY, followUp);
