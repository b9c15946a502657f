import type { AgentState } from '../shared/rpc';
import type { AppDeps } from './deps';
import type { IssueSnapshot } from './ports';
import { readRecord, readSla, readSurvey } from './service-record-store';

/** What the agent panel shows: the service record, the clocks and the survey, as stored on the issue. */
export const getAgentState = async (deps: AppDeps, issue: IssueSnapshot): Promise<AgentState> => {
  const [record, sla, survey] = await Promise.all([
    readRecord(deps.jira, issue.key),
    readSla(deps.jira, issue.key),
    readSurvey(deps.jira, issue.key),
  ]);
  return { issueKey: issue.key, record, sla, survey };
};
