import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type FollowUpProperty } from '../../shared/rpc';
import type { JiraPort } from '../ports';

/** The `follow-up` property of a task, or null when the issue is not a follow-up task (or it does not parse). */
export const readFollowUp = async (jira: JiraPort, issueKey: string): Promise<FollowUpProperty | null> => {
  const parsed = FollowUpPropertySchema.safeParse(await jira.getProperty(issueKey, FOLLOW_UP_PROPERTY));
  return parsed.success ? parsed.data : null;
};

export const writeFollowUp = (jira: JiraPort, issueKey: string, value: FollowUpProperty): Promise<void> =>
  jira.setProperty(issueKey, FOLLOW_UP_PROPERTY, value);
