import { exportAppDocument } from '../../application/export/export-app-data';
import { importAppDocument } from '../../application/export/import-app-data';
import { success } from '../../shared/envelope';
import { asAdmin } from './guards';
import { rpcHandler, type AreaHandlers } from './rpc-handler';

/** Export / import of the app's own data on the admin page: Jira administrators only. */
export const appDataHandlers: Pick<AreaHandlers<'admin'>, 'admin/exportAppData' | 'admin/importAppData'> = {
  'admin/exportAppData': rpcHandler('admin/exportAppData', (_payload, context) =>
    asAdmin(context, async (deps) => success(await exportAppDocument(deps))),
  ),
  'admin/importAppData': rpcHandler('admin/importAppData', (payload, context) =>
    asAdmin(context, (deps, by) => importAppDocument(deps, by, payload.document)),
  ),
};
