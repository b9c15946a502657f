import { authorizeAgent } from '../../application/authorize';
import { bestEffort } from '../../application/best-effort';
import { repairIssueMirrors } from '../../application/mirrors';
import type { CallerDeps } from '../../application/deps';
import type { IssueSnapshot } from '../../application/ports';
import { callerInvocation } from '../../adapters/compose';
import { failure, type Envelope } from '../../shared/envelope';
import { signedIn } from './guards';
import type { ResolverContext } from './resolver-context';

/**
 * Identity from the issue-view context → agent of that issue's project → the use case, with the app's rights only
 * then, after healing the issue's mirrors of app storage. Serves every issue-panel call: the request's SLA panel and the follow-up task's section alike.
 */
export const asAgent = async <T>(
  context: ResolverContext,
  run: (deps: CallerDeps, issue: IssueSnapshot, accountId: string) => Promise<Envelope<T>>,
): Promise<Envelope<T>> => {
  const caller = signedIn(context, 'Sign in to use the agent panel.');
  if (!caller.ok) return caller;
  const accountId = caller.data;
  const issueKey = context.extension?.issue?.key;
  const projectId = context.extension?.project?.id;
  if (issueKey === undefined || projectId === undefined) return failure('wrong-module', 'This call needs an issue view.');
  const { deps } = callerInvocation(accountId);
  const allowed = await authorizeAgent(deps, { issueKey, projectId });
  if (!allowed.ok) return allowed;
  // A person's look heals what the panel's issue shows (issues 10, 15); a failed repair must not cost the agent the panel.
  await bestEffort(deps, `repairing the mirrors of ${issueKey}`, async () => {
    await repairIssueMirrors(deps, allowed.data);
  });
  return run(deps, allowed.data, accountId);
};
