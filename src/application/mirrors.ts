import { SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY } from '../shared/issue-properties';
import { FOLLOW_UP_PROPERTY } from '../shared/rpc';
import type { Needs, WithJira } from './deps';
import type { IssueEditor, IssueReader, MirroredProperty } from './ports';
import type { IssueRef } from './service-record-store';
import { sameJson } from './same-json';

/** The records the app mirrors as issue properties. */
export const MIRRORED: readonly MirroredProperty[] = [SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY, FOLLOW_UP_PROPERTY];

const shorten = (value: unknown): string => {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/**
 * Rewrites every mirror (issue property) of a request that differs from app storage, and audits each
 * rewrite with what the property held. A request the app holds nothing for is left alone: it is not the
 * app's (or not yet — its creation ignores any property it carries). A mirror with no stored value on a
 * request the app does hold records for (e.g. a `survey` copied from another request) is deleted.
 * Jira does not say who wrote a property (no changelog entry, no Forge event), so the audit cannot either.
 * A snapshot carrying `properties` must have been read with every MIRRORED key. `only` limits the repair to
 * some mirrors (creation skips those it has just written itself).
 * Returns how many mirrors were rewritten.
 */
export const repairIssueMirrors = async (
  deps: Needs<'audit' | 'clock' | 'logger' | 'truth'> & WithJira<IssueReader & IssueEditor>,
  issue: IssueRef & { readonly properties?: Readonly<Record<string, unknown>> },
  only: readonly MirroredProperty[] = MIRRORED,
): Promise<number> => {
  const truths = await Promise.all(only.map((property) => deps.truth.get(issue.id, property)));
  // Not the app's request (no record at all): leave it alone. Asked about a few mirrors only, look at the record too.
  const holdsNothing = async () => only.includes(SERVICE_RECORD_PROPERTY) || (await deps.truth.get(issue.id, SERVICE_RECORD_PROPERTY)) === undefined;
  if (truths.every((t) => t === undefined) && (await holdsNothing())) return 0;
  // Mirrors read with the issue itself (getIssue with MIRRORED) save a call; otherwise they are read now.
  const mirrors = issue.properties ?? (await deps.jira.getProperties(issue.key, MIRRORED));
  let rewritten = 0;
  // Called by id alone (the reconciler's patrol): the audit names the request by its key, looked up only when needed.
  let named: string | null = issue.key === issue.id ? null : issue.key;
  const nameOf = async (): Promise<string> => (named ??= (await deps.jira.getIssue(issue.id))?.key ?? issue.id);
  for (const [i, property] of only.entries()) {
    const truth = truths[i];
    const mirror = mirrors[property];
    if (truth === undefined && mirror === undefined) continue;
    if (truth !== undefined && mirror !== undefined && sameJson(truth, mirror)) continue;
    if (truth === undefined) await deps.jira.deleteProperty(issue.key, property);
    else await deps.jira.setProperty(issue.key, property, truth);
    rewritten += 1;
    const issueKey = await nameOf();
    await deps.audit.append({
      at: deps.clock.now(),
      kind: 'mirror-rewritten',
      issueKey,
      detail:
        `The issue property '${property}' of ${issueKey} differed from app storage and was ${truth === undefined ? 'deleted' : 'rewritten from it'}; ` +
        `it held ${shorten(mirror)}. Jira does not record who writes issue properties.`,
    });
  }
  if (rewritten > 0) deps.logger.warn('rewrote tampered mirrors from app storage', { issue: issue.key, rewritten });
  return rewritten;
};

/** The reconciler's entry point (issue 10): heal the mirrors of one request by id. */
export const repairMirrors = async (
  deps: Needs<'audit' | 'clock' | 'logger' | 'truth'> & WithJira<IssueReader & IssueEditor>,
  issueId: string,
): Promise<number> => {
  const issue = await deps.jira.getIssue(issueId);
  if (issue === null) return 0;
  return repairIssueMirrors(deps, issue);
};
