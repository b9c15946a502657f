import '@support-standard/ui-kit/src/tokens.css';
import { invoke, view } from '@forge/bridge';
import { contractInvoke, createGateway, startApp } from '@support-standard/ui-kit';
import { CsvExportSchema, ReportResultSchema, SlaOverviewSchema } from '../../../src/shared/rpc';
import { projectIdOf } from './project-id';
import { ReportsPage } from './reports-page';

const gateway = createGateway(contractInvoke(invoke), {
  'reports/get': ReportResultSchema,
  'reports/exportCsv': CsvExportSchema,
  'reports/slaOverview': SlaOverviewSchema,
});

void startApp(view, (context) => <ReportsPage gateway={gateway} projectId={projectIdOf(context)} />);
