import { authorizeAdmin } from '../../application/authorize';
import { exportAppDocument } from '../../application/export/export-app-data';
import { importAppDocument } from '../../application/export/import-app-data';
import { callerInvocation } from '../../adapters/compose';
import { failure, success } from '../../shared/envelope';
import { rpcHandler, rpcPayloads, type AreaHandlers } from './rpc-handler';

/** Export / import of the app's own data on the admin page: Jira administrators only. */
export const appDataHandlers: Pick<AreaHandlers<'admin'>, 'admin/exportAppData' | 'admin/importAppData'> = {
  'admin/exportAppData': rpcHandler('admin/exportAppData', rpcPayloads['admin/exportAppData'], async (_payload, context) => {
    if (context.accountId === undefined || context.accountId === null) return failure('unauthenticated', 'Sign in as a Jira administrator.');
    const { deps } = callerInvocation(context.accountId);
    const allowed = await authorizeAdmin(deps);
    if (!allowed.ok) return allowed;
    return success(await exportAppDocument(deps));
  }),
  'admin/importAppData': rpcHandler('admin/importAppData', rpcPayloads['admin/importAppData'], async (payload, context) => {
    if (context.accountId === undefined || context.accountId === null) return failure('unauthenticated', 'Sign in as a Jira administrator.');
    const { deps } = callerInvocation(context.accountId);
    const allowed = await authorizeAdmin(deps);
    if (!allowed.ok) return allowed;
    return importAppDocument(deps, context.accountId, payload.document);
  }),
};
