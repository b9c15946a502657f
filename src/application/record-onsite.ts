import { failure, success, type Envelope } from '../shared/envelope';
import type { AgentState } from '../shared/rpc';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { readRecord, readSla } from './service-record-store';

/** On-site visit: "requested" starts the departure timer (priorities with an on-site target), "departed" stops it. */
export const recordOnsite = async (deps: AppDeps, issue: IssueSnapshot, step: 'requested' | 'departed'): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const { config } = await currentConfig(deps.config);
  const sla = await readSla(deps, issue);
  const running = sla?.onsite?.state === 'running' || sla?.onsite?.state === 'breached';
  if (step === 'requested') {
    if (config.priorities[record.priority].onsite === undefined) {
      return failure('invalid-state', `Priority ${record.priority} has no on-site departure target.`);
    }
    if (running) return failure('invalid-state', 'An on-site visit is already requested.');
  } else if (!running) {
    return failure('invalid-state', 'No on-site visit is waiting for departure.');
  }
  const at = deps.clock.now();
  await deps.events.append(issue.id, [
    step === 'requested' ? { id: `onsite-${at}`, event: { at, type: 'onsiteRequested' } } : { id: `departed-${at}`, event: { at, type: 'departed' } },
  ]);
  await refreshRequest(deps, issue);
  return success(await getAgentState(deps, issue));
};
