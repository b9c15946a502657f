import { decidePriority } from '../domain/priority';
import { failure, success, type Envelope } from '../shared/envelope';
import type { Urgency } from '../shared/issue-properties';
import type { AgentState } from '../shared/rpc';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { getAgentState } from './get-agent-state';
import { JIRA_PRIORITY_NAME } from './jira-priority';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { readRecord, writeRecord } from './service-record-store';

/** An agent verifies (or corrects) the requester's urgency: recorded who/when/from→to, and the priority follows. */
export const verifyUrgency = async (
  deps: AppDeps,
  issue: IssueSnapshot,
  by: string,
  input: { readonly urgency: Urgency; readonly note: string | null },
): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const { config } = await currentConfig(deps.config);
  const at = deps.clock.now();
  const decision = decidePriority(config, {
    category: record.category,
    urgency: input.urgency,
    urgencyVerified: true,
    ...(record.subcategory === null ? {} : { subcategory: record.subcategory }),
    ...(record.impact === null ? {} : { impact: record.impact }),
  });
  await writeRecord(deps, issue, {
    ...record,
    urgency: input.urgency,
    verification: { by, at: new Date(at).toISOString(), from: record.urgency, to: input.urgency, note: input.note },
    priority: decision.priority,
    priorityRule: decision.rule === null ? null : { id: decision.rule.id, name: decision.rule.name.en },
    priorityReason: { en: decision.reason.en, 'zh-CN': decision.reason.zh },
  });
  if (decision.priority !== record.priority) {
    await deps.events.append(issue.id, [{ id: `verify-${at}`, event: { at, type: 'priority', priority: decision.priority } }]);
    await deps.jira.setJiraPriority(issue.key, JIRA_PRIORITY_NAME[decision.priority]);
  }
  await refreshRequest(deps, issue);
  return success(await getAgentState(deps, issue));
};
