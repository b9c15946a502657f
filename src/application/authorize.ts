import { failure, type Envelope } from '../shared/envelope';
import type { CallerDeps, WithJira } from './deps';
import { MIRRORED } from './mirrors';
import type { IssueReader, IssueSnapshot } from './ports';

export type PortalRole = 'reporter' | 'participant';

/** The issue behind an issue-view module, as the platform's extension context names it. */
export interface IssueContext {
  readonly issueKey: string;
  readonly projectId: string;
}

const forbidden = (): Envelope<never> => failure('forbidden', 'You are not allowed to do this on this request.');

/** Agents of the issue's service project only; the issue must really belong to the project the context names. */
export const authorizeAgent = async (deps: Pick<CallerDeps, 'access'> & WithJira<IssueReader>, ctx: IssueContext): Promise<Envelope<IssueSnapshot>> => {
  if (!(await deps.access.isAgentOfProject(ctx.projectId))) return forbidden();
  const issue = await deps.jira.getIssue(ctx.issueKey);
  if (issue === null) return failure('not-found', `Request ${ctx.issueKey} was not found.`);
  if (issue.projectId !== ctx.projectId) return forbidden();
  return { ok: true, data: issue };
};

/** The request's reporter or a participant, as Jira shows the request to the caller. */
export const authorizePortal = async (
  deps: Pick<CallerDeps, 'access' | 'accountId'> & WithJira<IssueReader>,
  requestKey: string,
  allowed: readonly PortalRole[],
): Promise<Envelope<{ issue: IssueSnapshot; role: PortalRole }>> => {
  const parties = await deps.access.requestParties(requestKey);
  if (parties === null) return forbidden();
  const role: PortalRole | null =
    parties.reporter === deps.accountId ? 'reporter' : parties.participants.includes(deps.accountId) ? 'participant' : null;
  if (role === null || !allowed.includes(role)) return forbidden();
  // With the mirrors, which every portal call heals: one read instead of two.
  const issue = await deps.jira.getIssue(requestKey, MIRRORED);
  if (issue === null) return failure('not-found', `Request ${requestKey} was not found.`);
  if (issue.reporterAccountId !== parties.reporter) return forbidden();
  return { ok: true, data: { issue, role } };
};

export const authorizeAdmin = async (deps: Pick<CallerDeps, 'access'>): Promise<Envelope<true>> =>
  (await deps.access.isJiraAdmin()) ? { ok: true, data: true } : failure('forbidden', 'Only Jira administrators can do this.');

/**
 * Reports: an agent of the named project, or any Jira administrator (who alone may read across every project,
 * `projectId` null). The project id is only a filter the caller chose; the check is made as the caller.
 */
export const authorizeReader = async (deps: Pick<CallerDeps, 'access'>, projectId: string | null): Promise<Envelope<true>> =>
  (projectId !== null && (await deps.access.isAgentOfProject(projectId))) || (await deps.access.isJiraAdmin())
    ? { ok: true, data: true }
    : failure('forbidden', 'Only agents of the project and Jira administrators can see these reports.');
