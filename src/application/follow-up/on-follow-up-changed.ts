import type { Needs, WithJira } from '../deps';
import type { IssueEditor, IssueSearch } from '../ports';
import { readFollowUp } from '../service-record-store';
import { closeFollowUp } from './close-follow-up';

/**
 * An issue's status changed (updated-issue trigger): if it is a follow-up task now in a done status, the
 * follow-up (from app storage) is closed.
 */
export const onFollowUpChanged = async (
  deps: Needs<'clock' | 'truth'> & WithJira<IssueEditor & IssueSearch>,
  issueKey: string,
  issueId?: string,
): Promise<void> => {
  if (!/^[A-Z][A-Z0-9_]*-\d+$/.test(issueKey)) return;
  // Most status changes are not of follow-up tasks: app storage says so without a Jira search (issue 15).
  if (issueId !== undefined && (await readFollowUp(deps, issueId)) === null) return;
  const page = await deps.jira.search(`key = ${issueKey}`, [], null, 1);
  const hit = page.items[0];
  if (hit === undefined || !hit.done) return;
  const followUp = await readFollowUp(deps, hit.id);
  if (followUp === null) return;
  await closeFollowUp(deps, hit, followUp, null);
};
