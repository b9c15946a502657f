import { exportAppData, type AppDataIssue, type ServiceNumberCounter } from '../../domain/export';
import { SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY, ServiceRecordSchema, SlaPropertySchema, SurveyPropertySchema } from '../../shared/issue-properties';
import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type AppDataDocument } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { AppDeps } from '../deps';
import type { IssueHit } from '../ports';
import { withStoredProperties } from '../stored-hits';
import { COUNTER_PREFIX } from './counter-keys';

const PAGE = 100;

const everyHit = async (deps: AppDeps, jql: string): Promise<IssueHit[]> => {
  const hits: IssueHit[] = [];
  let token: string | null = null;
  do {
    const page = await deps.loopJira.search(jql, [], token, PAGE);
    hits.push(...page.items);
    token = page.nextPageToken;
  } while (token !== null);
  return hits;
};

const orNull = <T>(result: { success: true; data: T } | { success: false }): T | null => (result.success ? result.data : null);

/**
 * Everything the app stores: configuration, the stored records of every numbered request (JQL finds the
 * candidates, values come from app storage, never the mirrors), the follow-ups and the service-number counters.
 */
export const exportAppDocument = async (deps: AppDeps): Promise<AppDataDocument> => {
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
  return { appData: exportAppData({ config, issues, counters }, deps.clock.now()), followUps };
};
