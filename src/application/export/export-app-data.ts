import { auditOrder, exportAppData, type AppDataIssue, type AuditRecord, type ClockEventLog, type ServiceNumberCounter } from '../../domain/export';
import { SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY, ServiceRecordSchema, SlaPropertySchema, SurveyPropertySchema } from '../../shared/issue-properties';
import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type AppDataDocument } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { Needs, WithJira } from '../deps';
import type { IssueHit, IssueSearch } from '../ports';
import { withStoredProperties } from '../stored-hits';
import { COUNTER_PREFIX } from './counter-keys';

const PAGE = 100;

const everyHit = async (deps: WithJira<IssueSearch>, jql: string): Promise<IssueHit[]> => {
  const hits: IssueHit[] = [];
  let token: string | null = null;
  do {
    const page = await deps.jira.search(jql, [], token, PAGE);
    hits.push(...page.items);
    token = page.nextPageToken;
  } while (token !== null);
  return hits;
};

const orNull = <T>(result: { success: true; data: T } | { success: false }): T | null => (result.success ? result.data : null);

/** The whole audit log, in the archive's stable order. */
const everyAuditEntry = async (deps: Needs<'audit'>): Promise<AuditRecord[]> => {
  const entries: AuditRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.audit.list(cursor);
    entries.push(...page.items);
    cursor = page.nextPageToken;
  } while (cursor !== null);
  return entries.sort(auditOrder);
};

/**
 * Everything the app stores: configuration and its history, the stored records of every numbered request (JQL
 * finds the candidates, values come from app storage, never the mirrors) with their clock event logs, the
 * follow-ups, the service-number counters and the audit log.
 */
export const exportAppDocument = async (
  deps: Needs<'archive' | 'audit' | 'clock' | 'config' | 'events' | 'store' | 'truth'> & WithJira<IssueSearch>,
): Promise<AppDataDocument> => {
  const { config } = await currentConfig(deps.config);
  const candidates = await everyHit(deps, 'tsNumber IS NOT EMPTY ORDER BY created ASC');
  const requests = await withStoredProperties(deps, candidates, [SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY], SERVICE_RECORD_PROPERTY);
  const issues: AppDataIssue[] = requests.map((hit) => ({
    id: hit.id,
    key: hit.key,
    serviceRecord: orNull(ServiceRecordSchema.safeParse(hit.properties[SERVICE_RECORD_PROPERTY])),
    sla: orNull(SlaPropertySchema.safeParse(hit.properties[SLA_PROPERTY])),
    survey: orNull(SurveyPropertySchema.safeParse(hit.properties[SURVEY_PROPERTY])),
  }));
  const counters: ServiceNumberCounter[] = [];
  for (const entry of await deps.store.list(COUNTER_PREFIX)) {
    if (typeof entry.value === 'number') counters.push({ date: entry.key.slice(COUNTER_PREFIX.length), last: entry.value });
  }
  const followUps: AppDataDocument['followUps'] = [];
  const tasks = await everyHit(deps, 'fuOriginal IS NOT EMPTY ORDER BY created ASC');
  for (const hit of await withStoredProperties(deps, tasks, [FOLLOW_UP_PROPERTY], FOLLOW_UP_PROPERTY)) {
    const value = FollowUpPropertySchema.safeParse(hit.properties[FOLLOW_UP_PROPERTY]);
    if (value.success) followUps.push({ key: hit.key, value: value.data });
  }
  const clockEvents: ClockEventLog[] = [];
  for (const issue of issues) {
    const events = await deps.events.list(issue.id);
    if (events.length > 0) clockEvents.push({ issueId: issue.id, issueKey: issue.key, events: [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) });
  }
  return {
    appData: exportAppData({ config, issues, counters }, deps.clock.now()),
    followUps,
    clockEvents,
    configHistory: await deps.archive.configVersions(),
    audit: await everyAuditEntry(deps),
    retention: { months: config.retention.months },
  };
};
