import '@support-standard/ui-kit/src/tokens.css';
import { invoke, view } from '@forge/bridge';
import { contractInvoke, createGateway, startApp } from '@support-standard/ui-kit';
import { CsvExportSchema, ReportResultSchema, SlaOverviewSchema } from '../../../src/shared/rpc';
import { projectIdOf } from './project-id';
import { ReportsPage } from './reports-page';
import { SlaOverviewPage } from './sla-overview-page';

/** One build serves both queue pages; the module the platform opened decides which (issue 12 point 9). */
const SLA_OVERVIEW_MODULE = 'sla-overview';
const moduleKeyOf = (context: unknown): string | null =>
  typeof context === 'object' && context !== null && 'moduleKey' in context && typeof context.moduleKey === 'string' ? context.moduleKey : null;

const gateway = createGateway(contractInvoke(invoke), {
  'reports/get': ReportResultSchema,
  'reports/exportCsv': CsvExportSchema,
  'reports/slaOverview': SlaOverviewSchema,
});

void startApp(view, (context) =>
  moduleKeyOf(context) === SLA_OVERVIEW_MODULE ? (
    <SlaOverviewPage gateway={gateway} projectId={projectIdOf(context)} />
  ) : (
    <ReportsPage gateway={gateway} projectId={projectIdOf(context)} />
  ),
);
