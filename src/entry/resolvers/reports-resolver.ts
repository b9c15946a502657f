import { exportServiceRecords } from '../../application/export/export-service-records';
import { buildReport } from '../../application/reports/build-report';
import { RESOLVER_PAGES, reportJobKey } from '../../application/reports/report-job';
import { getSlaOverview } from '../../application/reports/sla-overview';
import { forgeResolver } from '../../adapters/forge-handlers';
import { pushReportStep } from '../../adapters/report-work-queue';
import { success } from '../../shared/envelope';
import { asReader } from './guards';
import { rpcHandler, type AreaHandlers } from './rpc-handler';

export const reportsHandlers: AreaHandlers<'reports'> = {
  'reports/get': rpcHandler('reports/get', (payload, context) =>
    asReader(context, payload.projectId, async (deps) => {
      const built = await buildReport(deps, payload, RESOLVER_PAGES);
      if (!built.ok) return built;
      if (built.data.continueAt !== null) await pushReportStep(reportJobKey(payload), built.data.continueAt);
      return success(built.data.result);
    }),
  ),
  'reports/exportCsv': rpcHandler('reports/exportCsv', (payload, context) =>
    asReader(context, payload.projectId, (deps) => exportServiceRecords(deps, payload)),
  ),
  'reports/slaOverview': rpcHandler('reports/slaOverview', (payload, context) =>
    asReader(context, payload.projectId, (deps) => getSlaOverview(deps, deps.accountId, payload)),
  ),
};

export const reportsResolver = forgeResolver(reportsHandlers);
