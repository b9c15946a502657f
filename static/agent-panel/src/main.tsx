import '@support-standard/ui-kit/src/tokens.css';
import { events, invoke, view } from '@forge/bridge';
import { contractInvoke, createGateway, startApp } from '@support-standard/ui-kit';
import { AgentPanel, type OnIssueChanged } from './agent-panel';
import { FollowUpPanel } from './follow-up-panel';

const gateway = createGateway(contractInvoke(invoke));

/** Jira tells an issue panel when its issue changed (status, priority, comments): reload then, not on a timer. */
const onIssueChanged: OnIssueChanged = (reload) => {
  const subscription = events.on('JIRA_ISSUE_CHANGED', reload);
  return () => {
    void subscription.then((s) => {
      s.unsubscribe();
    });
  };
};

void startApp(view, () => (
  <FollowUpPanel gateway={gateway}>
    <AgentPanel gateway={gateway} onIssueChanged={onIssueChanged} />
  </FollowUpPanel>
));
