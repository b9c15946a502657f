import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import type { IssueEditor, IssueReader } from './ports';
import { decideForRecord, storePriorityChange, withDecision } from './reprioritise';
import { readRecord } from './service-record-store';

/**
 * After the admin changed the priority rules: re-decide an open request's priority by the new rules and let
 * clocks, Jira's field and the escalation follow. A priority an agent set by hand in Jira is left alone. The
 * clock event is named after the configuration version, so a retried check adds nothing.
 */
export const reapplyPriorityRules = async (
  deps: Needs<'clock' | 'config' | 'events' | 'im' | 'once' | 'truth'> & WithJira<IssueReader & IssueEditor>,
  ref: { readonly id: string; readonly key: string },
): Promise<void> => {
  const record = await readRecord(deps, ref);
  if (record === null || record.priorityOverride !== undefined) return;
  const { config, version } = await currentConfig(deps.config);
  const after = withDecision(record, decideForRecord(config, record));
  if (after.priority === record.priority && after.priorityRule?.id === record.priorityRule?.id) return;
  const issue = await deps.jira.getIssue(ref.key);
  if (issue === null) return;
  await storePriorityChange(deps, config, issue, record, after, { path: 'rules', eventId: `rules-v${version}`, at: deps.clock.now() });
};
