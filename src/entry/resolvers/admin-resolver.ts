import { currentConfig } from '../../application/current-config';
import { exportConfig } from '../../application/export-config';
import { getAudit } from '../../application/get-audit';
import { getStoredConfig } from '../../application/get-config';
import { importConfig } from '../../application/import-config';
import { holidayCoverageNow } from '../../application/holiday-coverage-now';
import { previewNotice, saveNotice } from '../../application/holiday-notice';
import { importIcs } from '../../application/import-ics';
import { listCloseTransitions } from '../../application/list-close-transitions';
import { previewPriority } from '../../application/preview-priority';
import { saveConfig } from '../../application/save-config';
import { forgeResolver } from '../../adapters/forge-handlers';
import { success } from '../../shared/envelope';
import { appDataHandlers } from './app-data-handlers';
import { asAdmin } from './guards';
import { rpcHandler, type AreaHandlers } from './rpc-handler';

export const adminHandlers: AreaHandlers<'admin'> = {
  'admin/getConfig': rpcHandler('admin/getConfig', (_payload, context) =>
    asAdmin(context, async (deps) => success(await getStoredConfig(deps))),
  ),
  'admin/saveConfig': rpcHandler('admin/saveConfig', (payload, context) =>
    asAdmin(context, (deps, by) => saveConfig(deps, by, { config: payload.config, expectedVersion: payload.expectedVersion })),
  ),
  'admin/previewPriority': rpcHandler('admin/previewPriority', (payload, context) =>
    asAdmin(context, async (deps) => success(previewPriority((await currentConfig(deps.config)).config, payload))),
  ),
  'admin/importIcs': rpcHandler('admin/importIcs', (payload, context) =>
    asAdmin(context, () => Promise.resolve(importIcs(payload.ics))),
  ),
  'admin/exportConfig': rpcHandler('admin/exportConfig', (_payload, context) =>
    asAdmin(context, async (deps) => success(exportConfig(await currentConfig(deps.config), deps.clock.now()))),
  ),
  'admin/importConfig': rpcHandler('admin/importConfig', (payload, context) =>
    asAdmin(context, (deps, by) => importConfig(deps, by, { document: payload.document, expectedVersion: payload.expectedVersion })),
  ),
  'admin/getCoverage': rpcHandler('admin/getCoverage', (_payload, context) =>
    asAdmin(context, async (deps) => success(holidayCoverageNow((await currentConfig(deps.config)).config, deps.clock.now()))),
  ),
  'admin/previewNotice': rpcHandler('admin/previewNotice', (payload, context) =>
    asAdmin(context, (deps) => previewNotice(deps, payload.text)),
  ),
  'admin/saveNotice': rpcHandler('admin/saveNotice', (payload, context) =>
    asAdmin(context, (deps, by) => saveNotice(deps, by, { text: payload.text, expectedVersion: payload.expectedVersion })),
  ),
  'admin/getAudit': rpcHandler('admin/getAudit', (payload, context) =>
    asAdmin(context, (deps) => getAudit(deps, payload.cursor)),
  ),
  'admin/closeTransitions': rpcHandler('admin/closeTransitions', (_payload, context) =>
    asAdmin(context, async (deps) => success(await listCloseTransitions(deps, (await currentConfig(deps.config)).config))),
  ),
  ...appDataHandlers,
};

export const adminResolver = forgeResolver(adminHandlers);
