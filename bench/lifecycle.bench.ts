/**
 * What one request costs the app over its life: Jira REST calls (asApp and asUser), KVS operations and
 * invocations (triggers, queue consumers, resolvers), from the portal intake to the answered survey:
 * created → first public reply → resolved → confirmed by the customer → survey submitted. High priority, routed
 * by category, acknowledged publicly — the standard path. Beside it, the floor: the Jira calls no design can
 * avoid (see FLOOR below). `LIFECYCLE_DEBUG=1` lists the calls of each step.
 */
import { costBetween, createAppHarness, PEOPLE, type Costs } from './support/app-harness';

/**
 * The Jira calls no design can avoid, one per effect the standard demands of Jira itself (the event payloads
 * carry neither the intake panel's submission nor the reporter's locale; every mirror write is a write, and a
 * comment can ride in the same `PUT issue` or transition):
 */
const FLOOR = [
  'created: read the issue with its intake and any copied properties',
  "created: the reporter's locale and time zone for the acknowledgement (a new requester; later ones are kept a day)",
  'created: one PUT issue carrying priority, assignee, the service-record and sla mirrors and the public acknowledgement',
  'reply: the sla mirror (the response clock stopped; the reply is the assignee’s, an agent by JSM’s rule)',
  'resolved: one PUT issue carrying the sla mirror and the public comment with the confirmation link',
  'confirmed: may the caller see the request (asUser)',
  'confirmed: the transitions the workflow offers now (closeTransition auto)',
  'confirmed: the transition, carrying the service-record mirror',
  'surveyed: may the caller see the request (asUser)',
  'surveyed: the survey mirror',
] as const;

/** Issue 15's goal for one request's life. */
const GOAL_JIRA_CALLS = 12;

const SCORES = { responseSpeed: 5, attitude: 5, expertise: 4, effectiveness: 5, recurrence: 4 };

export const measureLifecycle = async (): Promise<Costs> => {
  const harness = await createAppHarness();
  try {
    const before = harness.costs();
    let seen = before.jiraCalls.length;
    const mark = (phase: string): void => {
      if (process.env.LIFECYCLE_DEBUG === undefined) return;
      const calls = harness.costs().jiraCalls;
      console.log(`-- ${phase}: ${calls.length - seen} Jira calls\n${calls.slice(seen).join('\n')}`);
      seen = calls.length;
    };
    const { key } = await harness.raise('CRM系统无法新建客户', [
      { key: 'category', value: 'software' },
      { key: 'urgency', value: 'high' },
      { key: 'impact', value: 'department' },
    ]);
    await harness.runtime.settle();
    mark('created');
    harness.advanceMs(30 * 60_000);
    await harness.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: '您好，正在处理。', public: true });
    await harness.runtime.settle();
    mark('reply');
    harness.advanceMs(60 * 60_000);
    const resolved = await harness.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } });
    if (resolved.status !== 204) throw new Error(`lifecycle bench: resolve failed ${resolved.status}`);
    await harness.runtime.settle();
    mark('resolved');
    harness.advanceMs(10 * 60_000);
    await harness.portal(key, 'portal/confirm', { resolved: true, comment: null });
    await harness.runtime.settle();
    mark('confirmed');
    await harness.portal(key, 'portal/submitSurvey', { scores: SCORES, comment: null });
    await harness.runtime.settle();
    mark('surveyed');
    return costBetween(before, harness.costs());
  } finally {
    await harness.dispose();
  }
};

export const run = async (): Promise<string[]> => {
  const cost = await measureLifecycle();
  return [
    `lifecycle: ${cost.jira} Jira calls, ${cost.kvs} KVS ops, ${cost.invocations} invocations per request (created → reply → resolved → confirmed → surveyed); floor ${FLOOR.length} Jira calls; goal ≤ ${GOAL_JIRA_CALLS}: ${cost.jira <= GOAL_JIRA_CALLS ? 'met' : 'NOT met'}`,
  ];
};
