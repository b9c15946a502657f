import '@support-standard/ui-kit/src/tokens.css';
import { invoke, view } from '@forge/bridge';
import { contractInvoke, createGateway, startApp } from '@support-standard/ui-kit';
import { PortalRecordSchema } from '../../../src/shared/rpc';
import { RequestPage } from './request-page';

const gateway = createGateway(contractInvoke(invoke), {
  'portal/getRecord': PortalRecordSchema,
  'portal/confirm': PortalRecordSchema,
  'portal/submitSurvey': PortalRecordSchema,
});

void startApp(view, () => <RequestPage gateway={gateway} />);
