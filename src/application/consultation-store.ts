import { pendingInvitees } from '../domain/consultation';
import type { Consultation, ServiceRecord } from '../shared/issue-properties';
import type { Needs, WithJira } from './deps';
import type { IssueEditor } from './ports';
import type { IssueRef } from './service-record-store';
import { writeRecord } from './service-record-store';

/** Stores the consultations with the derived `consultationPending` (the indexed "waiting for me" list) kept in step. */
export const writeConsultations = (
  deps: Needs<'truth'> & WithJira<IssueEditor>,
  issue: IssueRef,
  record: ServiceRecord,
  consultations: readonly Consultation[],
): Promise<void> =>
  writeRecord(deps, issue, { ...record, consultations: [...consultations], consultationPending: pendingInvitees(consultations) });


export const findConsultation = (record: ServiceRecord, id: string): Consultation | undefined => (record.consultations ?? []).find((c) => c.id === id);
