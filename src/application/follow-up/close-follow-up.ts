import type { FollowUpProperty } from '../../shared/rpc';
import type { AppDeps } from '../deps';
import { readSurvey, writeFollowUp, writeSurvey, type IssueRef } from '../service-record-store';

/**
 * Marks a follow-up closed on the task and on the original request's survey, so JQL and the reports see it.
 * Repeating it changes nothing.
 */
export const closeFollowUp = async (deps: AppDeps, task: IssueRef, followUp: FollowUpProperty, by: string | null): Promise<FollowUpProperty> => {
  const closed: FollowUpProperty =
    followUp.status === 'closed'
      ? followUp
      : { ...followUp, status: 'closed', closedAt: new Date(deps.clock.now()).toISOString(), ...(by === null ? {} : { closedBy: by }) };
  if (closed !== followUp) await writeFollowUp(deps, task, closed);
  const survey = await readSurvey(deps, followUp.originalId);
  if (survey !== null && survey.cycle === followUp.cycle && survey.followUp?.status !== 'closed') {
    await writeSurvey(deps, { id: followUp.originalId, key: followUp.originalKey }, { ...survey, followUp: { issueKey: task.key, status: 'closed' } });
  }
  return closed;
};
