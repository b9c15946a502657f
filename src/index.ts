/** The handlers manifest.yml names (function → handler `index.<export>`), and nothing else. */
export { adminResolver } from './entry/resolvers/admin-resolver';
export { agentResolver } from './entry/resolvers/agent-resolver';
export { portalResolver } from './entry/resolvers/portal-resolver';
export { reportsResolver } from './entry/resolvers/reports-resolver';
export { onRequestCreated } from './entry/triggers/on-request-created';
export { onRequestChanged } from './entry/triggers/on-request-changed';
export { onInstalled } from './entry/lifecycle/on-installed';
export { sweep } from './entry/scheduled/sweep';
export { reconcile } from './entry/scheduled/reconcile';
export { workConsumer } from './entry/consumers/work-consumer';
export { imIntake } from './entry/webtriggers/im-intake';
export { surveyLink } from './entry/webtriggers/survey-link';
export { imRetry } from './entry/consumers/im-retry-consumer';
export { reportWork } from './entry/consumers/report-consumer';
export { holidayCoverageCheck } from './entry/scheduled/holiday-coverage';
