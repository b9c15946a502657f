import { isFutureOccurrence } from '../../domain/dates';
import { lowItems } from '../../domain/survey';
import { failure, success, type Envelope } from '../../shared/envelope';
import type { FollowUpProperty, FollowUpState } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { Needs, WithJira } from '../deps';
import type { IssueEditor, IssueSnapshot, Workflow } from '../ports';
import { closeFollowUp } from './close-follow-up';
import { readFollowUp, writeFollowUp } from '../service-record-store';

export interface FollowUpInput {
  readonly contactAt: string | null;
  readonly outcome: string | null;
  readonly improvement: string | null;
  readonly close: boolean;
}

const DONE_STATUSES = ['Done', 'Resolved', 'Closed'];

/** The follow-up task's state with the items the configured low-score rule marks low (the panel only shows them). */
const followUpState = async (deps: Needs<'config'>, task: IssueSnapshot, followUp: FollowUpProperty | null): Promise<FollowUpState> => ({
  issueKey: task.key,
  followUp,
  lowItems: followUp === null ? [] : lowItems((await currentConfig(deps.config)).config.survey, followUp.scores),
});

export const getFollowUpState = async (deps: Needs<'config' | 'truth'>, task: IssueSnapshot): Promise<FollowUpState> =>
  followUpState(deps, task, await readFollowUp(deps, task.id));

/**
 * The agent records the follow-up call (contact time, outcome, improvement action). Closing needs all
 * three: the standard's loop is closed by an improvement, not by a call alone.
 */
export const recordFollowUp = async (
  deps: Needs<'clock' | 'config' | 'truth'> & WithJira<IssueEditor & Workflow>,
  task: IssueSnapshot,
  by: string,
  input: FollowUpInput,
): Promise<Envelope<FollowUpState>> => {
  if (input.contactAt !== null && isFutureOccurrence(Date.parse(input.contactAt), deps.clock.now())) {
    return failure('invalid-payload', 'The contact time lies in the future.', [{ path: 'contactAt', message: 'must not be in the future' }]);
  }
  const current = await readFollowUp(deps, task.id);
  if (current === null) return failure('invalid-state', `${task.key} is not a follow-up task.`);
  if (current.status === 'closed') return failure('invalid-state', 'This follow-up is closed.');
  const next: FollowUpProperty = {
    ...current,
    ...(input.contactAt === null ? {} : { contactAt: input.contactAt }),
    ...(input.outcome === null || input.outcome === '' ? {} : { outcome: input.outcome }),
    ...(input.improvement === null || input.improvement === '' ? {} : { improvement: input.improvement }),
  };
  if (input.close && (next.contactAt === undefined || next.outcome === undefined || next.improvement === undefined)) {
    return failure('invalid-state', 'Record the contact time, the outcome and the improvement action before closing.');
  }
  await writeFollowUp(deps, task, next);
  if (!input.close) return success(await followUpState(deps, task, next));
  const closed = await closeFollowUp(deps, task, next, by);
  for (const status of DONE_STATUSES) if (await deps.jira.transitionTo(task.key, status)) break;
  return success(await followUpState(deps, task, closed));
};
