import type { FollowUpFact, RequestFacts } from '../../domain/reports';
import { SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY, ServiceRecordSchema, SlaPropertySchema, SurveyPropertySchema } from '../../shared/issue-properties';
import type { IssueHit } from '../ports';

/** A stored property that does not parse counts as absent, as everywhere else in the app. */
const parsed = <T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | null => {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
};

export const toRequestFacts = (hit: IssueHit, followUp: FollowUpFact | null): RequestFacts => ({
  key: hit.key,
  created: hit.created,
  resolved: hit.resolved,
  status: hit.status,
  assignee: hit.assignee,
  reporter: hit.reporter,
  channel: null,
  serviceRecord: parsed(ServiceRecordSchema, hit.properties[SERVICE_RECORD_PROPERTY]),
  sla: parsed(SlaPropertySchema, hit.properties[SLA_PROPERTY]),
  survey: parsed(SurveyPropertySchema, hit.properties[SURVEY_PROPERTY]),
  followUp,
});
