import type { AppConfig } from '../domain/config';
import { decidePriority, type PriorityDecision } from '../domain/priority';
import type { EscalationPath, ServiceRecord } from '../shared/issue-properties';
import type { Needs, WithJira } from './deps';
import type { IssueEditor } from './ports';
import { escalateIfUrgent } from './escalate-urgent';
import { JIRA_PRIORITY_NAME } from './jira-priority';
import { writeRecord } from './service-record-store';

/** The rules' decision for a record's classification and urgency (verified once an agent has verified it). */
export const decideForRecord = (
  config: AppConfig,
  record: Pick<ServiceRecord, 'category' | 'subcategory' | 'impact' | 'urgency' | 'verification'>,
): PriorityDecision =>
  decidePriority(config, {
    category: record.category,
    urgency: record.urgency,
    urgencyVerified: record.verification !== null,
    ...(record.subcategory === null ? {} : { subcategory: record.subcategory }),
    ...(record.impact === null ? {} : { impact: record.impact }),
  });

/** The record's priority fields as a decision gives them; a decision by the rules ends any hand-set override. */
export const withDecision = (record: ServiceRecord, decision: PriorityDecision): ServiceRecord => {
  const { priorityOverride: _ended, ...rest } = record;
  return {
    ...rest,
    priority: decision.priority,
    priorityRule: decision.rule === null ? null : { id: decision.rule.id, name: decision.rule.name.en },
    priorityReason: { en: decision.reason.en, 'zh-CN': decision.reason.zh },
  };
};

/**
 * Stores a record whose priority may have changed and makes everything follow: a priority clock event (the
 * configured priority-change rule moves the clocks), Jira's priority field, and the supervisor's escalation
 * when it is now urgent. `eventId` must be stable for one change so a retried call does not add a second event.
 */
export const storePriorityChange = async (
  deps: Needs<'clock' | 'events' | 'im' | 'once' | 'truth'> & WithJira<IssueEditor>,
  config: AppConfig,
  issue: { readonly id: string; readonly key: string; readonly summary: string },
  before: ServiceRecord,
  after: ServiceRecord,
  change: { readonly path: EscalationPath; readonly eventId: string; readonly at: number },
): Promise<ServiceRecord> => {
  await writeRecord(deps, issue, after);
  if (after.priority !== before.priority) {
    await deps.events.append(issue.id, [{ id: change.eventId, event: { at: change.at, type: 'priority', priority: after.priority } }]);
    await deps.jira.setJiraPriority(issue.key, JIRA_PRIORITY_NAME[after.priority]);
  }
  return escalateIfUrgent(deps, config, issue, after, change.path);
};
