import { failure, success, type Envelope } from '../shared/envelope';
import type { AgentState } from '../shared/rpc';
import type { AppDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { readRecord, writeRecord } from './service-record-store';

/**
 * Records a temporary workaround or a permanent fix with its expected date. A workaround is also a clock
 * event: the policy decides whether it satisfies the resolution target for the request's priority.
 */
export const recordRemedy = async (
  deps: AppDeps,
  issue: IssueSnapshot,
  by: string,
  kind: 'workaround' | 'fix',
  input: { readonly text: string; readonly expectedAt: string | null },
): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const at = deps.clock.now();
  const remedy = { text: input.text, expectedAt: input.expectedAt, by, at: new Date(at).toISOString() };
  await writeRecord(deps, issue, kind === 'workaround' ? { ...record, workaround: remedy } : { ...record, fix: remedy });
  if (kind === 'workaround') await deps.events.append(issue.id, [{ id: `workaround-${at}`, event: { at, type: 'workaround' } }]);
  await refreshRequest(deps, issue);
  return success(await getAgentState(deps, issue));
};
