import type { AppConfig } from '../domain/config';
import { needsEscalation } from '../domain/priority';
import type { EscalationPath, ServiceRecord } from '../shared/issue-properties';
import type { Needs, WithJira } from './deps';
import type { IssueEditor } from './ports';
import { once, sendNotice } from './notify';
import { writeRecord } from './service-record-store';
import { evaluateSlaProperty } from './sla-service';

const PATH_TEXT: Readonly<Record<EscalationPath, { readonly en: string; readonly zh: string }>> = {
  intake: { en: 'raised as urgent', zh: '受理即为紧急' },
  verification: { en: 'urgency verified as urgent', zh: '核实后升级为紧急' },
  reclassification: { en: 'reclassified to urgent', zh: '重新分类后升级为紧急' },
  rules: { en: 'priority rules changed to urgent', zh: '优先级规则变更后升级为紧急' },
  jira: { en: 'Jira priority set to Highest', zh: 'Jira 优先级被设为最高' },
};

/** The exactly-once marker per request and cycle; cycle 1 keeps the key creation always used. */
const markerKey = (issueId: string, cycle: number): string => (cycle <= 1 ? `urgent:${issueId}` : `urgent:${issueId}:cycle:${cycle}`);

/**
 * The one place that tells the duty supervisor about an urgent request (mail + the configured IM robots),
 * whatever made it urgent: intake, verification, reclassification, a rule change or Jira's priority field.
 * Once per resolution cycle (an exactly-once marker), and the record lists each escalation. `record` is the
 * request's record as just written by the caller; returns the record as stored afterwards.
 */
export const escalateIfUrgent = async (
  deps: Needs<'clock' | 'events' | 'im' | 'once' | 'truth'> & WithJira<IssueEditor>,
  config: AppConfig,
  issue: { readonly id: string; readonly key: string; readonly summary: string },
  record: ServiceRecord,
  path: EscalationPath,
): Promise<ServiceRecord> => {
  if (record.priority !== 'urgent') return record;
  const now = deps.clock.now();
  const cycle = evaluateSlaProperty(config, await deps.events.list(issue.id), now)?.snapshot.resolution?.cycle ?? 1;
  const escalations = record.escalations ?? [];
  if (!needsEscalation(record.priority, cycle, escalations.map((e) => e.cycle))) return record;
  const supervisor = config.routing.dutySupervisor ?? null;
  const how = PATH_TEXT[path];
  await once(deps, markerKey(issue.id, cycle), () =>
    sendNotice(deps, config, {
      event: 'urgentRaised',
      issueKey: issue.key,
      recipients: supervisor === null ? [] : [supervisor],
      subject:
        path === 'intake'
          ? `[${record.serviceNumber}] Urgent request raised / 紧急请求`
          : `[${record.serviceNumber}] Request now urgent: ${how.en} / 请求升级为紧急：${how.zh}`,
      text: `${issue.key} ${issue.summary}`,
    }),
  );
  // Written even when the marker was taken earlier: a retry after a failed write completes the record.
  const escalated: ServiceRecord = { ...record, escalations: [...escalations, { cycle, at: new Date(now).toISOString(), path, supervisor }] };
  await writeRecord(deps, issue, escalated);
  return escalated;
};
