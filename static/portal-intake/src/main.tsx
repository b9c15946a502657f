import '@support-standard/ui-kit/src/tokens.css';
import { invoke, view } from '@forge/bridge';
import { contractInvoke, createGateway, startApp } from '@support-standard/ui-kit';
import { IntakeOptionsSchema } from '../../../src/shared/rpc';
import { IntakePanel } from './intake-panel';

const gateway = createGateway(contractInvoke(invoke), { 'portal/getIntakeOptions': IntakeOptionsSchema });
const submit = (submission: Parameters<typeof view.submit>[0]) => {
  void view.submit(submission);
};

void startApp(view, () => <IntakePanel gateway={gateway} submit={submit} />);
