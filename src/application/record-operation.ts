import { failure, success, type Envelope } from '../shared/envelope';
import type { OperationStep } from '../shared/issue-properties';
import type { AgentState } from '../shared/rpc';
import type { AgentActionDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { readRecord, writeRecord } from './service-record-store';

export interface OperationInput {
  readonly id: string | null;
  readonly action: string;
  readonly tool: string | null;
  readonly sessionId: string | null;
  readonly result: string | null;
}

/**
 * The operation log (操作步骤, issue 12 point 5): agents add timestamped steps — action, remote-assistance tool and
 * session id, result — kept on the record (so the archive and the CSV export carry them). An edit never rewrites
 * silently: the replaced version stays in the step's `previous`, with who and when.
 */
export const recordOperation = async (deps: AgentActionDeps, issue: IssueSnapshot, by: string, input: OperationInput): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const log = record.operationLog ?? [];
  const at = new Date(deps.clock.now()).toISOString();
  const version = { by, at, action: input.action, tool: input.tool, sessionId: input.sessionId, result: input.result };
  let next: OperationStep[];
  if (input.id === null) {
    next = [...log, { id: String(log.length + 1), ...version }];
  } else {
    const step = log.find((s) => s.id === input.id);
    if (step === undefined) return failure('invalid-payload', 'No such step in the operation log.', [{ path: 'id', message: 'unknown step' }]);
    const { id, previous = [], ...replaced } = step;
    next = log.map((s) => (s.id === id ? { id, ...version, previous: [...previous, replaced] } : s));
  }
  await writeRecord(deps, issue, { ...record, operationLog: next });
  return success(await getAgentState(deps, issue));
};
