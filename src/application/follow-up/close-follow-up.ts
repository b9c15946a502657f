import { SURVEY_PROPERTY } from '../../shared/issue-properties';
import type { FollowUpProperty } from '../../shared/rpc';
import type { AppDeps } from '../deps';
import { readSurvey } from '../service-record-store';
import { writeFollowUp } from './follow-up-store';

/**
 * Marks a follow-up closed on the task and on the original request's `survey` property, so JQL and the
 * reports see it. Repeating it changes nothing.
 */
export const closeFollowUp = async (deps: AppDeps, taskKey: string, followUp: FollowUpProperty, by: string | null): Promise<FollowUpProperty> => {
  const closed: FollowUpProperty =
    followUp.status === 'closed'
      ? followUp
      : { ...followUp, status: 'closed', closedAt: new Date(deps.clock.now()).toISOString(), ...(by === null ? {} : { closedBy: by }) };
  if (closed !== followUp) await writeFollowUp(deps.jira, taskKey, closed);
  const survey = await readSurvey(deps.jira, followUp.originalKey);
  if (survey !== null && survey.cycle === followUp.cycle && survey.followUp?.status !== 'closed') {
    await deps.jira.setProperty(followUp.originalKey, SURVEY_PROPERTY, { ...survey, followUp: { issueKey: taskKey, status: 'closed' } });
  }
  return closed;
};
