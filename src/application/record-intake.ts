import { isFutureOccurrence } from '../domain/dates';
import { failure, success, type Envelope } from '../shared/envelope';
import type { IntakeDetails } from '../shared/issue-properties';
import type { AgentState } from '../shared/rpc';
import type { AgentActionDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { readRecord, writeRecord } from './service-record-store';

const FIELDS = ['channel', 'department', 'contact', 'occurredAt'] as const;

/**
 * An agent records how a request reached the desk (phone, walk-in, …) and the intake details it arrived without
 * (issue 12 point 2), e.g. when raising it on a requester's behalf. Each change is kept (who, when, from → to); the
 * fields stop counting as assumed defaults. A time of occurrence in the future is refused and nothing is written.
 */
export const recordIntake = async (deps: AgentActionDeps, issue: IssueSnapshot, by: string, input: IntakeDetails): Promise<Envelope<AgentState>> => {
  const at = deps.clock.now();
  if (input.occurredAt !== null && isFutureOccurrence(Date.parse(input.occurredAt), at)) {
    return failure('invalid-payload', 'The time of occurrence lies in the future.', [{ path: 'occurredAt', message: 'must not be in the future' }]);
  }
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const from: IntakeDetails = { channel: record.channel, department: record.department, contact: record.contact, occurredAt: record.occurredAt };
  const to: IntakeDetails = { channel: input.channel, department: input.department, contact: input.contact, occurredAt: input.occurredAt };
  if (FIELDS.every((f) => from[f] === to[f])) return failure('invalid-payload', 'Nothing to change.', [{ path: 'channel', message: 'unchanged' }]);
  await writeRecord(deps, issue, {
    ...record,
    ...to,
    assumed: record.assumed.filter((field) => !(FIELDS as readonly string[]).includes(field)),
    intakeCorrections: [...(record.intakeCorrections ?? []), { by, at: new Date(at).toISOString(), from, to }],
  });
  return success(await getAgentState(deps, issue));
};
