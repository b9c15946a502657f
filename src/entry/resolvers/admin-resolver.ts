import { authorizeAdmin } from '../../application/authorize';
import { currentConfig } from '../../application/current-config';
import type { CallerDeps } from '../../application/deps';
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
import { callerInvocation } from '../../adapters/compose';
import { forgeResolver } from '../../adapters/forge-handlers';
import { failure, success, type Envelope } from '../../shared/envelope';
import { appDataHandlers } from './app-data-handlers';
import type { ResolverContext } from './resolver-context';
import { rpcHandler, rpcPayloads, type AreaHandlers } from './rpc-handler';

/** Jira administrators only, whatever the module: the admin page's display condition is not a check. */
const asAdmin = async <T>(context: ResolverContext, run: (deps: CallerDeps, accountId: string) => Promise<Envelope<T>>): Promise<Envelope<T>> => {
  const accountId = context.accountId;
  if (accountId === undefined || accountId === null) return failure('unauthenticated', 'Sign in as a Jira administrator.');
  const { deps } = callerInvocation(accountId);
  const allowed = await authorizeAdmin(deps);
  if (!allowed.ok) return allowed;
  return run(deps, accountId);
};

export const adminHandlers: AreaHandlers<'admin'> = {
  'admin/getConfig': rpcHandler('admin/getConfig', rpcPayloads['admin/getConfig'], (_payload, context) =>
    asAdmin(context, async (deps) => success(await getStoredConfig(deps))),
  ),
  'admin/saveConfig': rpcHandler('admin/saveConfig', rpcPayloads['admin/saveConfig'], (payload, context) =>
    asAdmin(context, (deps, by) => saveConfig(deps, by, { config: payload.config, expectedVersion: payload.expectedVersion })),
  ),
  'admin/previewPriority': rpcHandler('admin/previewPriority', rpcPayloads['admin/previewPriority'], (payload, context) =>
    asAdmin(context, async (deps) => success(previewPriority((await currentConfig(deps.config)).config, payload))),
  ),
  'admin/importIcs': rpcHandler('admin/importIcs', rpcPayloads['admin/importIcs'], (payload, context) =>
    asAdmin(context, () => Promise.resolve(importIcs(payload.ics))),
  ),
  'admin/exportConfig': rpcHandler('admin/exportConfig', rpcPayloads['admin/exportConfig'], (_payload, context) =>
    asAdmin(context, async (deps) => success(exportConfig(await currentConfig(deps.config), deps.clock.now()))),
  ),
  'admin/importConfig': rpcHandler('admin/importConfig', rpcPayloads['admin/importConfig'], (payload, context) =>
    asAdmin(context, (deps, by) => importConfig(deps, by, { document: payload.document, expectedVersion: payload.expectedVersion })),
  ),
  'admin/getCoverage': rpcHandler('admin/getCoverage', rpcPayloads['admin/getCoverage'], (_payload, context) =>
    asAdmin(context, async (deps) => success(holidayCoverageNow((await currentConfig(deps.config)).config, deps.clock.now()))),
  ),
  'admin/previewNotice': rpcHandler('admin/previewNotice', rpcPayloads['admin/previewNotice'], (payload, context) =>
    asAdmin(context, (deps) => previewNotice(deps, payload.text)),
  ),
  'admin/saveNotice': rpcHandler('admin/saveNotice', rpcPayloads['admin/saveNotice'], (payload, context) =>
    asAdmin(context, (deps, by) => saveNotice(deps, by, { text: payload.text, expectedVersion: payload.expectedVersion })),
  ),
  'admin/getAudit': rpcHandler('admin/getAudit', rpcPayloads['admin/getAudit'], (payload, context) =>
    asAdmin(context, (deps) => getAudit(deps, payload.cursor)),
  ),
  'admin/closeTransitions': rpcHandler('admin/closeTransitions', rpcPayloads['admin/closeTransitions'], (_payload, context) =>
    asAdmin(context, async (deps) => success(await listCloseTransitions(deps, (await currentConfig(deps.config)).config))),
  ),
  ...appDataHandlers,
};

export const adminResolver = forgeResolver(adminHandlers);
