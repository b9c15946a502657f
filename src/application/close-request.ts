import { planClose, type ClosePlan } from '../domain/closure';
import type { AppConfig } from '../domain/config';
import type { Needs, WithJira } from './deps';
import type { IssueSnapshot, Workflow } from './ports';

/** What "resolved" would do to this request right now, from the workflow's offered transitions. */
export const closePlanFor = async (deps: WithJira<Workflow>, config: AppConfig, issue: IssueSnapshot): Promise<ClosePlan> => {
  if (config.confirmation.closeTransition.trim().toLowerCase() === 'none') return planClose(config.confirmation, issue.status, []);
  return planClose(config.confirmation, issue.status, await deps.jira.listTransitions(issue.key));
};

export type CloseOutcome = { readonly closedWith: string; readonly toStatus: string } | { readonly closeFailed: string } | null;

/**
 * Closes a confirmed request as `plan` says (the plan the requester's view was decided on, so the workflow is asked
 * once), as the app. `null` when configured to record only. A transition the workflow does not offer, or one Jira
 * refuses, is a `closeFailed` with the reason. `mirrorsOf(closedWith)` gives the mirrors that say it closed: they
 * ride in the transition's own call, set only if it is made (issue 15).
 */
export const closeConfirmed = async (
  deps: Needs<'logger'> & WithJira<Workflow>,
  plan: ClosePlan,
  issue: IssueSnapshot,
  mirrorsOf: (closedWith: string) => Readonly<Record<string, unknown>> = () => ({}),
): Promise<CloseOutcome> => {
  if (plan.kind === 'record-only') return null;
  if (plan.kind === 'unavailable') {
    return { closeFailed: `The workflow offers no transition "${plan.wanted}" from ${issue.status}. / 工作流在“${issue.status}”状态下没有可用的关闭转换“${plan.wanted}”。` };
  }
  try {
    await deps.jira.transition(issue.key, plan.transition.id, mirrorsOf(plan.transition.name));
  } catch (error) {
    deps.logger.warn('closing a confirmed request failed', { issue: issue.key, error: String(error) });
    return { closeFailed: `Jira refused the transition "${plan.transition.name}". / Jira 拒绝了转换“${plan.transition.name}”。` };
  }
  return { closedWith: plan.transition.name, toStatus: plan.transition.toStatus };
};
