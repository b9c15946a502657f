import { authorizeAgent } from '../../application/authorize';
import { getFollowUpState, recordFollowUp } from '../../application/follow-up/record-follow-up';
import { callerInvocation } from '../../adapters/compose';
import { failure, success, type Envelope } from '../../shared/envelope';
import type { FollowUpState } from '../../shared/rpc';
import type { CallerDeps } from '../../application/deps';
import type { IssueSnapshot } from '../../application/ports';
import type { ResolverContext } from './resolver-context';
import { rpcHandler, rpcPayloads, type AreaHandlers } from './rpc-handler';

/** The follow-up section of the agent panel, on the follow-up task: agents of the task's project only. */
const onTask = async (
  context: ResolverContext,
  run: (deps: CallerDeps, task: IssueSnapshot, accountId: string) => Promise<Envelope<FollowUpState>>,
): Promise<Envelope<FollowUpState>> => {
  const accountId = context.accountId;
  if (accountId === undefined || accountId === null) return failure('unauthenticated', 'Sign in to use the agent panel.');
  const issueKey = context.extension?.issue?.key;
  const projectId = context.extension?.project?.id;
  if (issueKey === undefined || projectId === undefined) return failure('wrong-module', 'This call needs an issue view.');
  const { deps } = callerInvocation(accountId);
  const allowed = await authorizeAgent(deps, { issueKey, projectId });
  if (!allowed.ok) return allowed;
  return run(deps, allowed.data, accountId);
};

export const followUpHandlers: Pick<AreaHandlers<'agent'>, 'agent/getFollowUp' | 'agent/recordFollowUp'> = {
  'agent/getFollowUp': rpcHandler('agent/getFollowUp', rpcPayloads['agent/getFollowUp'], (_payload, context) =>
    onTask(context, async (deps, task) => success(await getFollowUpState(deps, task))),
  ),
  'agent/recordFollowUp': rpcHandler('agent/recordFollowUp', rpcPayloads['agent/recordFollowUp'], (payload, context) =>
    onTask(context, (deps, task, by) => recordFollowUp(deps, task, by, payload)),
  ),
};
