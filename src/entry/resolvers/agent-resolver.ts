import { authorizeAgent } from '../../application/authorize';
import type { CallerDeps } from '../../application/deps';
import { getAgentState } from '../../application/get-agent-state';
import type { IssueSnapshot } from '../../application/ports';
import { recordOnsite } from '../../application/record-onsite';
import { recordRemedy } from '../../application/record-remedy';
import { verifyUrgency } from '../../application/verify-urgency';
import { callerInvocation } from '../../adapters/compose';
import { forgeResolver } from '../../adapters/forge-handlers';
import { failure, success, type Envelope } from '../../shared/envelope';
import type { AgentState } from '../../shared/rpc';
import { followUpHandlers } from './follow-up-handlers';
import type { ResolverContext } from './resolver-context';
import { rpcHandler, rpcPayloads, type AreaHandlers } from './rpc-handler';

/** Identity from the issue-view context → agent of that project → the use case, with the app's rights only then. */
const asAgent = async (
  context: ResolverContext,
  run: (deps: CallerDeps, issue: IssueSnapshot, accountId: string) => Promise<Envelope<AgentState>>,
): Promise<Envelope<AgentState>> => {
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

export const agentHandlers: AreaHandlers<'agent'> = {
  'agent/getState': rpcHandler('agent/getState', rpcPayloads['agent/getState'], (_payload, context) =>
    asAgent(context, async (deps, issue) => success(await getAgentState(deps, issue))),
  ),
  'agent/verifyUrgency': rpcHandler('agent/verifyUrgency', rpcPayloads['agent/verifyUrgency'], (payload, context) =>
    asAgent(context, (deps, issue, by) => verifyUrgency(deps, issue, by, payload)),
  ),
  'agent/recordWorkaround': rpcHandler('agent/recordWorkaround', rpcPayloads['agent/recordWorkaround'], (payload, context) =>
    asAgent(context, (deps, issue, by) => recordRemedy(deps, issue, by, 'workaround', payload)),
  ),
  'agent/recordFix': rpcHandler('agent/recordFix', rpcPayloads['agent/recordFix'], (payload, context) =>
    asAgent(context, (deps, issue, by) => recordRemedy(deps, issue, by, 'fix', payload)),
  ),
  'agent/onsiteRequested': rpcHandler('agent/onsiteRequested', rpcPayloads['agent/onsiteRequested'], (_payload, context) =>
    asAgent(context, (deps, issue) => recordOnsite(deps, issue, 'requested')),
  ),
  'agent/departed': rpcHandler('agent/departed', rpcPayloads['agent/departed'], (_payload, context) =>
    asAgent(context, (deps, issue) => recordOnsite(deps, issue, 'departed')),
  ),
  ...followUpHandlers,
};

export const agentResolver = forgeResolver(agentHandlers);
