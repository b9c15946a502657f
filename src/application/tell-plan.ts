import { currentPlan, planFingerprint } from '../domain/consultation';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import { once } from './notify';
import { isPlanComment, planText } from './plan-text';
import type { IssueEditor, IssueReader, IssueSnapshot, People } from './ports';
import { readRecord, writeRecord } from './service-record-store';

export type PlanTelling = 'told' | 'unchanged' | 'none' | 'busy';

/**
 * Tells the requester the current plan in a public comment (issue 13 point 1) when it differs from the plan told
 * last: each change once (a marker per change and content), never the same plan twice in a row. Called after
 * anything that changes the plan (a consultation's outcome, a workaround or fix).
 */
export const tellPlan = async (
  deps: Needs<'clock' | 'config' | 'once' | 'truth'> & WithJira<IssueReader & IssueEditor & People>,
  issue: IssueSnapshot,
): Promise<PlanTelling> => {
  const record = await readRecord(deps, issue);
  if (record === null) return 'none';
  const plan = currentPlan(record);
  if (plan === null) return 'none';
  const fingerprint = planFingerprint(plan);
  if (record.planTold?.fingerprint === fingerprint) return 'unchanged';
  const count = (record.planTold?.count ?? 0) + 1;
  const { config } = await currentConfig(deps.config);
  const requester = issue.reporterAccountId === null ? null : await deps.jira.getUser(issue.reporterAccountId);
  const text = planText(plan, record.serviceNumber, { locale: requester?.locale ?? null, timeZone: requester?.timeZone ?? null }, config.numbering.timezone);
  const outcome = await once(deps, `plan:${issue.id}:${String(count)}:${fingerprint}`, () => deps.jira.addComment(issue.key, text, 'public'), {
    // A dead attempt's comment may have reached Jira: look for it before posting again.
    alreadyDone: async () => (await deps.jira.listCommentTexts(issue.key)).some((c) => c.isPublic && isPlanComment(c.text, text)),
  });
  if (outcome === 'busy') return 'busy';
  const latest = (await readRecord(deps, issue)) ?? record;
  await writeRecord(deps, issue, { ...latest, planTold: { fingerprint, at: new Date(deps.clock.now()).toISOString(), count } });
  return 'told';
};
