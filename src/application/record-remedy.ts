import { isPastExpectation } from '../domain/dates';
import { failure, success, type Envelope } from '../shared/envelope';
import type { Remedy } from '../shared/issue-properties';
import type { AgentState } from '../shared/rpc';
import type { AppDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { bestEffort } from './best-effort';
import { readRecord, writeRecord } from './service-record-store';
import { tellPlan } from './tell-plan';

/** The new version on top, the one it replaces kept (with its own earlier versions) in `previous`. */
const nextVersion = (current: Remedy | null, latest: Omit<Remedy, 'previous'>): Remedy => {
  if (current === null) return latest;
  const { previous = [], ...replaced } = current;
  return { ...latest, previous: [...previous, replaced] };
};

/**
 * Records a temporary workaround or a permanent fix with its expected date. A workaround is also a clock
 * event: the policy decides whether it satisfies the resolution target for the request's priority. An
 * expected date in the past is refused and nothing is written.
 */
export const recordRemedy = async (
  deps: AppDeps,
  issue: IssueSnapshot,
  by: string,
  kind: 'workaround' | 'fix',
  input: { readonly text: string; readonly expectedAt: string | null },
): Promise<Envelope<AgentState>> => {
  const at = deps.clock.now();
  if (input.expectedAt !== null && isPastExpectation(Date.parse(input.expectedAt), at)) {
    return failure('invalid-payload', 'The expected date lies in the past.', [{ path: 'expectedAt', message: 'must not be in the past' }]);
  }
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const remedy = nextVersion(record[kind], { text: input.text, expectedAt: input.expectedAt, by, at: new Date(at).toISOString() });
  await writeRecord(deps, issue, kind === 'workaround' ? { ...record, workaround: remedy } : { ...record, fix: remedy });
  if (kind === 'workaround') await deps.events.append(issue.id, [{ id: `workaround-${at}`, event: { at, type: 'workaround' } }]);
  await refreshRequest(deps, issue);
  // A workaround or fix is (part of) the plan the requester is told (issue 13 point 1); the remedy is saved either way.
  await bestEffort(deps, `telling the plan of ${issue.key}`, async () => {
    await tellPlan(deps, issue);
  });
  return success(await getAgentState(deps, issue));
};
