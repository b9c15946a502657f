import { authorizePortal, type PortalRole } from '../../application/authorize';
import { bestEffort } from '../../application/best-effort';
import { confirmResolution } from '../../application/confirm-resolution';
import { currentConfig } from '../../application/current-config';
import type { CallerDeps } from '../../application/deps';
import { getIntakeOptions } from '../../application/get-intake-options';
import { getPortalRecord } from '../../application/get-portal-record';
import { repairIssueMirrors } from '../../application/mirrors';
import type { IssueSnapshot } from '../../application/ports';
import { submitSurvey } from '../../application/submit-survey';
import { appInvocation, callerInvocation } from '../../adapters/compose';
import { forgeResolver } from '../../adapters/forge-handlers';
import { failure, success, type Envelope } from '../../shared/envelope';
import type { PortalRecord } from '../../shared/rpc';
import { callerAccountId, signedIn } from './guards';
import type { ResolverContext } from './resolver-context';
import { rpcHandler, type AreaHandlers } from './rpc-handler';

/** Identity from the portal context → reporter or participant of that request → the use case. */
const asParty = async (
  context: ResolverContext,
  allowed: readonly PortalRole[],
  run: (deps: CallerDeps, issue: IssueSnapshot, role: PortalRole, accountId: string) => Promise<Envelope<PortalRecord>>,
): Promise<Envelope<PortalRecord>> => {
  const caller = signedIn(context, 'Sign in to see this request.');
  if (!caller.ok) return caller;
  const accountId = caller.data;
  const requestKey = context.extension?.request?.key;
  if (requestKey === undefined) return failure('wrong-module', 'This call needs a portal request view.');
  const { deps } = callerInvocation(accountId);
  const party = await authorizePortal(deps, requestKey, allowed);
  if (!party.ok) return party;
  // A person's look heals what the request shows (issues 10, 15); a failed repair must not cost the requester the page.
  await bestEffort(deps, `repairing the mirrors of ${requestKey}`, async () => {
    await repairIssueMirrors(deps, party.data.issue);
  });
  return run(deps, party.data.issue, party.data.role, accountId);
};

const PARTIES: readonly PortalRole[] = ['reporter', 'participant'];

export const portalHandlers: AreaHandlers<'portal'> = {
  // The create form is open to anyone the portal lets in (even anonymous visitors); it reveals only the taxonomy.
  // Whether the viewer is an agent (who raises on a customer's behalf) is asked of Jira as the viewer.
  'portal/getIntakeOptions': rpcHandler('portal/getIntakeOptions', async (_payload, context) => {
    const accountId = callerAccountId(context);
    const portalId = context.extension?.portal?.id;
    const forAgent = accountId !== null && portalId !== undefined && (await callerInvocation(accountId).deps.access.isAgentOfServiceDesk(portalId));
    const { deps } = appInvocation();
    return success(getIntakeOptions((await currentConfig(deps.config)).config, forAgent));
  }),
  'portal/getRecord': rpcHandler('portal/getRecord', (_payload, context) =>
    asParty(context, PARTIES, async (deps, issue, role) => success(await getPortalRecord(deps, issue, role))),
  ),
  'portal/confirm': rpcHandler('portal/confirm', (payload, context) =>
    asParty(context, PARTIES, (deps, issue, role, by) => confirmResolution(deps, issue, role, by, payload)),
  ),
  'portal/submitSurvey': rpcHandler('portal/submitSurvey', (payload, context) =>
    asParty(context, ['reporter'], (deps, issue, _role, by) => submitSurvey(deps, issue, by, payload)),
  ),
};

export const portalResolver = forgeResolver(portalHandlers);
