import type { CallerDeps } from '../../application/deps';
import { exportServiceRecords } from '../../application/export/export-service-records';
import { buildReport } from '../../application/reports/build-report';
import { RESOLVER_PAGES, reportJobKey } from '../../application/reports/report-job';
import { getSlaOverview } from '../../application/reports/sla-overview';
import { callerInvocation } from '../../adapters/compose';
import { forgeResolver } from '../../adapters/forge-handlers';
import { pushReportStep } from '../../adapters/report-work-queue';
import { failure, success, type Envelope } from '../../shared/envelope';
import type { ResolverContext } from './resolver-context';
import { rpcHandler, rpcPayloads, type AreaHandlers } from './rpc-handler';

/**
 * Reports of one project for its agents (or any Jira administrator); reports across every project for Jira
 * administrators only. The project id in the payload is only a filter: the check is made as the caller.
 */
const asReader = async <T>(context: ResolverContext, projectId: string | null, run: (deps: CallerDeps) => Promise<Envelope<T>>): Promise<Envelope<T>> => {
  const accountId = context.accountId;
  if (accountId === undefined || accountId === null) return failure('unauthenticated', 'Sign in to see the reports.');
  const { deps } = callerInvocation(accountId);
  const allowed = (projectId !== null && (await deps.access.isAgentOfProject(projectId))) || (await deps.access.isJiraAdmin());
  if (!allowed) return failure('forbidden', 'Only agents of the project and Jira administrators can see these reports.');
  return run(deps);
};

export const reportsHandlers: AreaHandlers<'reports'> = {
  'reports/get': rpcHandler('reports/get', rpcPayloads['reports/get'], (payload, context) =>
    asReader(context, payload.projectId, async (deps) => {
      const built = await buildReport(deps, payload, RESOLVER_PAGES);
      if (!built.ok) return built;
      if (built.data.continueAt !== null) await pushReportStep(reportJobKey(payload), built.data.continueAt);
      return success(built.data.result);
    }),
  ),
  'reports/exportCsv': rpcHandler('reports/exportCsv', rpcPayloads['reports/exportCsv'], (payload, context) =>
    asReader(context, payload.projectId, (deps) => exportServiceRecords(deps, payload)),
  ),
  'reports/slaOverview': rpcHandler('reports/slaOverview', rpcPayloads['reports/slaOverview'], (payload, context) =>
    asReader(context, payload.projectId, (deps) => getSlaOverview(deps, deps.accountId, payload)),
  ),
};

export const reportsResolver = forgeResolver(reportsHandlers);
