import { getFollowUpState, recordFollowUp } from '../../application/follow-up/record-follow-up';
import { success } from '../../shared/envelope';
import { asAgent } from './as-agent';
import { rpcHandler, type AreaHandlers } from './rpc-handler';

/** The follow-up section of the agent panel, on the follow-up task: agents of the task's project only. */
export const followUpHandlers: Pick<AreaHandlers<'agent'>, 'agent/getFollowUp' | 'agent/recordFollowUp'> = {
  'agent/getFollowUp': rpcHandler('agent/getFollowUp', (_payload, context) =>
    asAgent(context, async (deps, task) => success(await getFollowUpState(deps, task))),
  ),
  'agent/recordFollowUp': rpcHandler('agent/recordFollowUp', (payload, context) =>
    asAgent(context, (deps, task, by) => recordFollowUp(deps, task, by, payload)),
  ),
};
