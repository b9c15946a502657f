import type { AppDeps, CallerDeps } from '../application/deps';
import type { JiraPort } from '../application/ports';
import { currentConfig } from '../application/current-config';
import { accessAsUser } from './access-as-user';
import { consoleLogger } from './console-logger';
import { forgeQueue } from './forge-queue';
import { imNotifier } from './im-notifier';
import { appUuid, remainingTimeFn } from './invocation-budget';
import { jiraClient } from './jira-client';
import { jiraHttp } from './jira-http';
import { jiraLoopClient } from './jira-loop-client';
import { kvsAppStore } from './kvs-app-store';
import { withProfileCache } from './profile-cache';
import { kvsArchive } from './kvs-archive';
import { surveyLinks } from './survey-links';
import { kvsAuditLog } from './kvs-audit';
import { kvsConfigRepository } from './kvs-config-repository';
import { kvsLifecycleLedger } from './kvs-lifecycle';
import { kvsOnce } from './kvs-once';
import { kvsSequences } from './kvs-sequences';
import { kvsSlaEvents } from './kvs-sla-events';
import { kvsTruthStore } from './kvs-truth-store';
import { systemClock } from './system-clock';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface Invocation {
  readonly deps: AppDeps;
  readonly remainingMs: () => number;
}

/** Wires the adapters for one invocation (each gets its own time budget). */
export const appInvocation = (): Invocation => {
  const clock = systemClock;
  const remainingMs = remainingTimeFn(clock.now(), () => clock.now());
  const appHttp = jiraHttp({ as: 'app', remainingMs, sleep, random: Math.random });
  const store = kvsAppStore();
  // Two adapters over one HTTP budget together implement JiraPort: the everyday calls and creation/search.
  const jira: JiraPort = withProfileCache({ ...jiraClient(appHttp), ...jiraLoopClient(appHttp) }, store);
  const config = kvsConfigRepository();
  const deps: AppDeps = {
    clock,
    logger: consoleLogger,
    jira,
    config,
    sequences: kvsSequences(),
    once: kvsOnce(clock),
    events: kvsSlaEvents(),
    queue: forgeQueue(),
    im: imNotifier(async () => (await currentConfig(config)).config.notifications, clock, consoleLogger),
    store,
    truth: kvsTruthStore(),
    audit: kvsAuditLog(),
    archive: kvsArchive(),
    lifecycle: kvsLifecycleLedger(),
    appUuid: appUuid(),
    exactChecks: process.env.SLA_EXACT_CHECKS !== 'off',
    links: surveyLinks(),
  };
  return { deps, remainingMs };
};

/** A resolver invocation: the app's deps plus asUser access checks for the calling account. */
export const callerInvocation = (accountId: string): Invocation & { readonly deps: CallerDeps } => {
  const base = appInvocation();
  const access = accessAsUser(jiraHttp({ as: 'user', remainingMs: base.remainingMs, sleep, random: Math.random }));
  return { deps: { ...base.deps, access, accountId }, remainingMs: base.remainingMs };
};
