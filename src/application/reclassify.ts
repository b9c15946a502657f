import { findCategory, subcategoryBelongsTo } from '../domain/taxonomy';
import type { AppConfig } from '../domain/config';
import { failure, success, type Envelope, type FieldError } from '../shared/envelope';
import type { Classification, ServiceRecord } from '../shared/issue-properties';
import type { AgentState } from '../shared/rpc';
import { bestEffort } from './best-effort';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { decideForRecord, storePriorityChange, withDecision } from './reprioritise';
import { routeRequest } from './route-request';
import { readRecord } from './service-record-store';

/** What the taxonomy allows: a known category, one of its subcategories when it has any, a known impact level. */
const classificationErrors = (config: AppConfig, to: Classification): FieldError[] => {
  const category = findCategory(config.taxonomy, to.category);
  if (category === undefined) return [{ path: 'category', message: 'unknown category' }];
  const errors: FieldError[] = [];
  if (to.subcategory === null && category.subcategories.length > 0) errors.push({ path: 'subcategory', message: 'choose a subcategory of this category' });
  if (to.subcategory !== null && !subcategoryBelongsTo(config.taxonomy, to.category, to.subcategory)) errors.push({ path: 'subcategory', message: 'not a subcategory of this category' });
  if (to.impact === null || !config.impactLevels.some((l) => l.id === to.impact)) errors.push({ path: 'impact', message: 'unknown impact level' });
  return errors;
};

const sameClassification = (a: Classification, b: Classification): boolean => a.category === b.category && a.subcategory === b.subcategory && a.impact === b.impact;

/**
 * An agent corrects the category, subcategory or impact, giving a reason. Audited on the record (who, when,
 * from → to); the priority rules run again (new "why", clocks moved by the configured priority-change rule,
 * Jira's field, escalation when it becomes urgent); the request is routed again by the new category when it has
 * no assignee, or always when the admin configured so.
 */
export const reclassify = async (
  deps: AppDeps,
  issue: IssueSnapshot,
  by: string,
  input: Classification & { readonly reason: string },
): Promise<Envelope<AgentState>> => {
  const { config } = await currentConfig(deps.config);
  const to: Classification = { category: input.category, subcategory: input.subcategory, impact: input.impact };
  const errors = classificationErrors(config, to);
  if (errors.length > 0) return failure('invalid-payload', 'The classification does not fit the configured categories and impact levels.', errors);
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const from: Classification = { category: record.category, subcategory: record.subcategory, impact: record.impact };
  if (sameClassification(from, to)) return failure('invalid-payload', 'Nothing to change: this is the current classification.', [{ path: 'category', message: 'unchanged' }]);

  const at = deps.clock.now();
  const reroute = issue.assigneeAccountId === null || (config.routing.rerouteOnReclassify === true && to.category !== from.category);
  const routedTo = reroute ? await routeRequest(deps, config, issue, to.category) : null;
  if (routedTo !== null && routedTo !== issue.assigneeAccountId) await bestEffort(deps, `assigning ${issue.key}`, () => deps.jira.assign(issue.key, routedTo));

  const reclassified: ServiceRecord = {
    ...record,
    ...to,
    // The agent has now stated what intake had to assume.
    assumed: record.assumed.filter((field) => field !== 'category' && field !== 'subcategory' && field !== 'impact'),
    reclassifications: [...(record.reclassifications ?? []), { by, at: new Date(at).toISOString(), from, to, reason: input.reason, routedTo }],
  };
  await storePriorityChange(deps, config, issue, record, withDecision(reclassified, decideForRecord(config, reclassified)), {
    path: 'reclassification',
    eventId: `reclassify-${at}`,
    at,
  });
  await refreshRequest(deps, issue);
  return success(await getAgentState(deps, issue));
};
