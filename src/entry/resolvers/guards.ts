import { authorizeAdmin, authorizeReader } from '../../application/authorize';
import type { CallerDeps } from '../../application/deps';
import { callerInvocation } from '../../adapters/compose';
import { failure, type Envelope } from '../../shared/envelope';
import type { ResolverContext } from './resolver-context';

/**
 * The guards every resolver starts with, in one place: identity comes only from the platform's context, and the
 * caller is authorised (as the caller) before any use case gets the app's rights.
 */

/** The caller's account id, or null for an anonymous visitor (the platform sends null or nothing). */
export const callerAccountId = (context: ResolverContext): string | null => context.accountId ?? null;

/** The signed-in caller, or the 'unauthenticated' refusal with the message the module's users understand. */
export const signedIn = (context: ResolverContext, message: string): Envelope<string> => {
  const accountId = callerAccountId(context);
  return accountId === null ? failure('unauthenticated', message) : { ok: true, data: accountId };
};

/** Jira administrators only, whatever the module: the admin page's display condition is not a check. */
export const asAdmin = async <T>(context: ResolverContext, run: (deps: CallerDeps, accountId: string) => Promise<Envelope<T>>): Promise<Envelope<T>> => {
  const caller = signedIn(context, 'Sign in as a Jira administrator.');
  if (!caller.ok) return caller;
  const { deps } = callerInvocation(caller.data);
  const allowed = await authorizeAdmin(deps);
  if (!allowed.ok) return allowed;
  return run(deps, caller.data);
};

/**
 * Reports of one project for its agents (or any Jira administrator); reports across every project for Jira
 * administrators only. The project id in the payload is only a filter: the check is made as the caller.
 */
export const asReader = async <T>(context: ResolverContext, projectId: string | null, run: (deps: CallerDeps) => Promise<Envelope<T>>): Promise<Envelope<T>> => {
  const caller = signedIn(context, 'Sign in to see the reports.');
  if (!caller.ok) return caller;
  const { deps } = callerInvocation(caller.data);
  const allowed = await authorizeReader(deps, projectId);
  if (!allowed.ok) return allowed;
  return run(deps);
};
