import '@support-standard/ui-kit/src/tokens.css';
import { view } from '@forge/bridge';
import { startApp } from '@support-standard/ui-kit';
import { ReportsPage } from './reports-page';

void startApp(view, () => <ReportsPage figures={[]} />);
