import { exportAppData, type AppDataIssue, type ServiceNumberCounter } from '../../domain/export';
import { SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY, ServiceRecordSchema, SlaPropertySchema, SurveyPropertySchema } from '../../shared/issue-properties';
import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type AppDataDocument } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { AppDeps } from '../deps';
import type { IssueHit } from '../ports';
import { COUNTER_PREFIX } from './counter-keys';

const PAGE = 100;

const everyHit = async (deps: AppDeps, jql: string, properties: readonly string[]): Promise<IssueHit[]> => {
  const hits: IssueHit[] = [];
  let token: string | null = null;
  do {
    const page = await deps.loopJira.search(jql, properties, token, PAGE);
    hits.push(...page.items);
    token = page.nextPageToken;
  } while (token !== null);
  return hits;
};

const orNull = <T>(result: { success: true; data: T } | { success: false }): T | null => (result.success ? result.data : null);

/**
 * Everything the app stores: configuration, the issue properties of every numbered request, the follow-up
 * tasks' properties and the service-number counters. Records stay with the issues; this is the copy.
 */
export const exportAppDocument = async (deps: AppDeps): Promise<AppDataDocument> => {
  const { config } = await currentConfig(deps.config);
  const requests = await everyHit(deps, 'tsNumber IS NOT EMPTY ORDER BY created ASC', [SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY]);
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
  for (const hit of await everyHit(deps, 'fuOriginal IS NOT EMPTY ORDER BY created ASC', [FOLLOW_UP_PROPERTY])) {
    const value = FollowUpPropertySchema.safeParse(hit.properties[FOLLOW_UP_PROPERTY]);
    if (value.success) followUps.push({ key: hit.key, value: value.data });
  }
  return { appData: exportAppData({ config, issues, counters }, deps.clock.now()), followUps };
};
