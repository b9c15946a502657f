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
import type { JiraPort } from './ports';

/** Reads the app's issue properties, treating anything that does not parse as absent. */
export const readRecord = async (jira: JiraPort, issue: string): Promise<ServiceRecord | null> => {
  const parsed = ServiceRecordSchema.safeParse(await jira.getProperty(issue, SERVICE_RECORD_PROPERTY));
  return parsed.success ? parsed.data : null;
};

export const readSla = async (jira: JiraPort, issue: string): Promise<SlaProperty | null> => {
  const parsed = SlaPropertySchema.safeParse(await jira.getProperty(issue, SLA_PROPERTY));
  return parsed.success ? parsed.data : null;
};

export const readSurvey = async (jira: JiraPort, issue: string): Promise<SurveyProperty | null> => {
  const parsed = SurveyPropertySchema.safeParse(await jira.getProperty(issue, SURVEY_PROPERTY));
  return parsed.success ? parsed.data : null;
};

export const writeRecord = (jira: JiraPort, issue: string, record: ServiceRecord): Promise<void> =>
  jira.setProperty(issue, SERVICE_RECORD_PROPERTY, record);
