import type { AppConfig } from '../domain/config';
import { serviceDate, formatServiceNumber } from '../domain/numbering';
import { decidePriority } from '../domain/priority';
import type { ServiceRecord } from '../shared/issue-properties';
import { portalIntakePropertyKeys } from '../shared/portal-intake';
import { bestEffort } from './best-effort';
import { isServiceRequest } from './is-service-request';
import { commitmentText } from './commitment-text';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { JIRA_PRIORITY_NAME } from './jira-priority';
import { escalateIfUrgent } from './escalate-urgent';
import { once } from './notify';
import { RetryLaterError, type IssueSnapshot } from './ports';
import { readIntake } from './read-intake';
import { recomputeSla } from './recompute-sla';
import { routeRequest } from './route-request';
import { readRecord, writeRecord } from './service-record-store';

const LOCK_TTL_MS = 120_000;
const iso = (ms: number): string => new Date(ms).toISOString();

const assumptionText = (config: AppConfig, record: ServiceRecord): string => {
  const d = config.intakeDefaults;
  return (
    `[Support Standard] Intake data was missing or invalid for: ${record.assumed.join(', ')}. ` +
    `Assumed defaults — category ${d.category}, urgency ${d.urgency}, impact ${d.impact}, channel ${record.channel}. ` +
    `Please verify. / 受理信息缺失或无效（${record.assumed.join('、')}），已按默认值处理，请核实。`
  );
};

const buildRecord = async (deps: AppDeps, config: AppConfig, issue: IssueSnapshot): Promise<ServiceRecord> => {
  const intake = await readIntake(deps.jira, issue.key, config, portalIntakePropertyKeys(deps.appUuid));
  const decision = decidePriority(config, {
    category: intake.category,
    urgency: intake.urgency,
    impact: intake.impact,
    ...(intake.subcategory === null ? {} : { subcategory: intake.subcategory }),
  });
  const day = serviceDate(issue.createdAt, config.numbering.timezone);
  const seq = await deps.sequences.claim(`svc:${day}`, issue.id);
  const record: ServiceRecord = {
    serviceNumber: formatServiceNumber(config.numbering, day, seq),
    category: intake.category,
    subcategory: intake.subcategory,
    urgency: intake.urgency,
    urgencyProposed: intake.urgency,
    impact: intake.impact,
    impactText: intake.impactText,
    priority: decision.priority,
    priorityRule: decision.rule === null ? null : { id: decision.rule.id, name: decision.rule.name.en },
    priorityReason: { en: decision.reason.en, 'zh-CN': decision.reason.zh },
    channel: intake.channel,
    department: intake.department,
    contact: intake.contact,
    occurredAt: intake.occurredAt,
    receivedAt: iso(issue.createdAt),
    assumed: [...intake.assumed],
    verification: null,
    workaround: null,
    fix: null,
    confirmation: null,
  };
  return record;
};

/**
 * A request was raised: number it, prioritise, route, start its clocks, acknowledge it to the requester and
 * alert the supervisor when urgent. Idempotent: a re-delivered event finds the number, the route and the
 * once-markers already taken and changes nothing. Duplicates running at the same time are serialised by a lock.
 */
export const onRequestCreated = async (deps: AppDeps, ref: { readonly issueId: string; readonly issueKey: string }): Promise<ServiceRecord | null> => {
  const lock = `created:${ref.issueId}`;
  if (!(await deps.locks.acquire(lock, LOCK_TTL_MS))) throw new RetryLaterError(`creation of ${ref.issueKey} is in progress elsewhere`, 30);
  try {
    return await handleCreated(deps, ref);
  } finally {
    await deps.locks.release(lock);
  }
};

const handleCreated = async (deps: AppDeps, ref: { readonly issueId: string; readonly issueKey: string }): Promise<ServiceRecord | null> => {
  const issue = await deps.jira.getIssue(ref.issueKey);
  if (issue === null) {
    deps.logger.info('request vanished before it was processed', { issue: ref.issueKey });
    return null;
  }
  if (!isServiceRequest(issue)) return null;
  const { config } = await currentConfig(deps.config);
  // A re-delivered event (or a retry after a crash) finds the record and completes whatever is missing.
  let record = await readRecord(deps.jira, issue.key);
  if (record === null) {
    record = await buildRecord(deps, config, issue);
    await writeRecord(deps.jira, issue.key, record);
  }
  const { serviceNumber, priority, assumed } = record;

  // The creation event carries the priority decided at intake; later verifications append priority events.
  if (!(await deps.events.list(issue.id)).some((e) => e.id === 'created')) {
    await deps.events.append(issue.id, [{ id: 'created', event: { at: issue.createdAt, type: 'created', priority } }]);
  }
  await bestEffort(deps, `setting the Jira priority of ${issue.key}`, () => deps.jira.setJiraPriority(issue.key, JIRA_PRIORITY_NAME[priority]));

  if (issue.assigneeAccountId === null) {
    const assignee = await routeRequest(deps, config, issue, record.category);
    if (assignee !== null) await bestEffort(deps, `assigning ${issue.key}`, () => deps.jira.assign(issue.key, assignee));
  }

  const sla = await recomputeSla(deps, issue);

  if (assumed.length > 0) {
    const text = assumptionText(config, record);
    await once(deps, `assumed:${issue.id}`, () => deps.jira.addComment(issue.key, text, 'internal'));
  }

  await once(deps, `ack:${issue.id}`, async () => {
    const requester = issue.reporterAccountId === null ? null : await deps.jira.getUser(issue.reporterAccountId);
    const text = commitmentText(
      config,
      {
        serviceNumber,
        priority,
        respondBy: sla?.snapshot.response?.due ?? null,
        resolveBy: sla?.snapshot.resolution?.due ?? null,
      },
      { locale: requester?.locale ?? null, timeZone: requester?.timeZone ?? null },
    );
    await deps.jira.addComment(issue.key, text, 'public');
  });

  return escalateIfUrgent(deps, config, issue, record, 'intake');
};
