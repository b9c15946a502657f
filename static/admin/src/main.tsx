import '@support-standard/ui-kit/src/tokens.css';
import './admin.css';
import { invoke, view } from '@forge/bridge';
import { contractInvoke, createGateway, startApp } from '@support-standard/ui-kit';
import { ConfigExportSchema, CoverageSchema, IcsImportSchema, NoticePreviewSchema, StoredConfigSchema } from '../../../src/shared/rpc';
import { AdminApp } from './admin-app';

const gateway = createGateway(contractInvoke(invoke), {
  'admin/getConfig': StoredConfigSchema,
  'admin/saveConfig': StoredConfigSchema,
  'admin/importConfig': StoredConfigSchema,
  'admin/exportConfig': ConfigExportSchema,
  'admin/importIcs': IcsImportSchema,
  'admin/getCoverage': CoverageSchema,
  'admin/previewNotice': NoticePreviewSchema,
  'admin/saveNotice': StoredConfigSchema,
});

void startApp(view, () => <AdminApp gateway={gateway} />);
