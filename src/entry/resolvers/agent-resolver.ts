import { closeConsultation } from '../../application/close-consultation';
import { currentConfig } from '../../application/current-config';
import { getAgentState } from '../../application/get-agent-state';
import { getConsultationOptions } from '../../application/get-consultation-options';
import { getIntakeOptions } from '../../application/get-intake-options';
import { openConsultation } from '../../application/open-consultation';
import { draftKnowledge } from '../../application/knowledge-draft';
import { reclassify } from '../../application/reclassify';
import { recordConsultationOutcome } from '../../application/record-consultation-outcome';
import { recordIntake } from '../../application/record-intake';
import { recordOperation } from '../../application/record-operation';
import { recordOnsite } from '../../application/record-onsite';
import { recordRemedy } from '../../application/record-remedy';
import { replyConsultation } from '../../application/reply-consultation';
import { solvedBefore } from '../../application/solved-before';
import { verifyUrgency } from '../../application/verify-urgency';
import { confluenceKnowledgeBase } from '../../adapters/confluence-knowledge-base';
import { forgeResolver } from '../../adapters/forge-handlers';
import { success } from '../../shared/envelope';
import { followUpHandlers } from './follow-up-handlers';
import { asAgent } from './as-agent';
import { rpcHandler, type AreaHandlers } from './rpc-handler';

export const agentHandlers: AreaHandlers<'agent'> = {
  'agent/getState': rpcHandler('agent/getState', (_payload, context) =>
    asAgent(context, async (deps, issue) => success(await getAgentState(deps, issue))),
  ),
  'agent/verifyUrgency': rpcHandler('agent/verifyUrgency', (payload, context) =>
    asAgent(context, (deps, issue, by) => verifyUrgency(deps, issue, by, payload)),
  ),
  'agent/recordWorkaround': rpcHandler('agent/recordWorkaround', (payload, context) =>
    asAgent(context, (deps, issue, by) => recordRemedy(deps, issue, by, 'workaround', payload)),
  ),
  'agent/recordFix': rpcHandler('agent/recordFix', (payload, context) =>
    asAgent(context, (deps, issue, by) => recordRemedy(deps, issue, by, 'fix', payload)),
  ),
  'agent/onsiteRequested': rpcHandler('agent/onsiteRequested', (_payload, context) =>
    asAgent(context, (deps, issue, by) => recordOnsite(deps, issue, by, { step: 'requested' })),
  ),
  'agent/departed': rpcHandler('agent/departed', (payload, context) =>
    asAgent(context, (deps, issue, by) => recordOnsite(deps, issue, by, { step: 'departed', ...payload })),
  ),
  'agent/onsiteArrived': rpcHandler('agent/onsiteArrived', (payload, context) =>
    asAgent(context, (deps, issue, by) => recordOnsite(deps, issue, by, { step: 'arrived', ...payload })),
  ),
  'agent/onsiteFinished': rpcHandler('agent/onsiteFinished', (payload, context) =>
    asAgent(context, (deps, issue, by) => recordOnsite(deps, issue, by, { step: 'finished', ...payload })),
  ),
  'agent/getIntakeOptions': rpcHandler('agent/getIntakeOptions', (_payload, context) =>
    asAgent(context, async (deps) => success(getIntakeOptions((await currentConfig(deps.config)).config))),
  ),
  'agent/reclassify': rpcHandler('agent/reclassify', (payload, context) =>
    asAgent(context, (deps, issue, by) => reclassify(deps, issue, by, payload)),
  ),
  'agent/recordIntake': rpcHandler('agent/recordIntake', (payload, context) =>
    asAgent(context, (deps, issue, by) => recordIntake(deps, issue, by, payload)),
  ),
  'agent/recordOperation': rpcHandler('agent/recordOperation', (payload, context) =>
    asAgent(context, (deps, issue, by) => recordOperation(deps, issue, by, payload)),
  ),
  'agent/getConsultationOptions': rpcHandler('agent/getConsultationOptions', (_payload, context) =>
    asAgent(context, async (deps, _issue, by) => success(await getConsultationOptions(deps, by))),
  ),
  'agent/openConsultation': rpcHandler('agent/openConsultation', (payload, context) =>
    asAgent(context, (deps, issue, by) => openConsultation(deps, issue, by, payload)),
  ),
  'agent/replyConsultation': rpcHandler('agent/replyConsultation', (payload, context) =>
    asAgent(context, (deps, issue, by) => replyConsultation(deps, issue, by, payload)),
  ),
  'agent/recordConsultationOutcome': rpcHandler('agent/recordConsultationOutcome', (payload, context) =>
    asAgent(context, (deps, issue, by) => recordConsultationOutcome(deps, issue, by, payload)),
  ),
  'agent/closeConsultation': rpcHandler('agent/closeConsultation', (payload, context) =>
    asAgent(context, (deps, issue, by) => closeConsultation(deps, issue, by, payload)),
  ),
  'agent/draftKnowledge': rpcHandler('agent/draftKnowledge', (payload, context) =>
    asAgent(context, (deps, issue, by) => draftKnowledge(deps, confluenceKnowledgeBase(), issue, by, payload)),
  ),
  'agent/solvedBefore': rpcHandler('agent/solvedBefore', (_payload, context) =>
    asAgent(context, (deps, issue) => solvedBefore(deps, issue)),
  ),
  ...followUpHandlers,
};

export const agentResolver = forgeResolver(agentHandlers);
