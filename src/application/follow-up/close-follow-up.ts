import type { FollowUpProperty } from '../../shared/rpc';
import type { Needs, WithJira } from '../deps';
import type { IssueEditor } from '../ports';
import { readSurvey, writeFollowUp, writeSurvey, type IssueRef } from '../service-record-store';

/**
 * Marks a follow-up closed on the task and on the original request's survey, so JQL and the reports see it.
 * Repeating it changes nothing.
 */
export const closeFollowUp = async (
  deps: Needs<'clock' | 'truth'> & WithJira<IssueEditor>,
  task: IssueRef,
  followUp: FollowUpProperty,
  by: string | null,
): Promise<FollowUpProperty> => {
  const closed: FollowUpProperty =
    followUp.status === 'closed'
      ? followUp
      : { ...followUp, status: 'closed', closedAt: new Date(deps.clock.now()).toISOString(), ...(by === null ? {} : { closedBy: by }) };
  if (closed !== followUp) await writeFollowUp(deps, task, closed);
  const survey = await readSurvey(deps, followUp.originalId);
  const original = { id: followUp.originalId, key: followUp.originalKey };
  const closedPointer = { issueKey: task.key, status: 'closed' as const };
  if (survey !== null && survey.cycle === followUp.cycle && survey.followUp?.status !== 'closed') {
    await writeSurvey(deps, original, { ...survey, followUp: closedPointer });
  } else if (survey?.earlier?.some((e) => e.cycle === followUp.cycle && e.followUp?.status === 'open') === true) {
    // The follow-up of an earlier cycle's rating, closed after the request was rated again: mark it where it is kept.
    await writeSurvey(deps, original, { ...survey, earlier: survey.earlier.map((e) => (e.cycle === followUp.cycle ? { ...e, followUp: closedPointer } : e)) });
  }
  return closed;
};
