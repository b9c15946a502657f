import type { TransitionOption } from '../domain/closure';
import type { AppConfig } from '../domain/config';
import type { WithJira } from './deps';
import type { IssueSearch, Workflow } from './ports';

export interface CloseTransitions {
  /** The request the workflow was read from (the latest one in the first done status), or null when none exists yet. */
  readonly sampleKey: string | null;
  readonly fromStatus: string | null;
  readonly transitions: TransitionOption[];
}

const quote = (text: string): string => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * What the admin can pick for `confirmation.closeTransition`: the transitions the workflow offers from the first
 * configured done status (where a request stands when the requester confirms), read on the latest such request.
 */
export const listCloseTransitions = async (deps: WithJira<IssueSearch & Workflow>, config: AppConfig): Promise<CloseTransitions> => {
  const fromStatus = config.sla.doneStatuses[0] ?? null;
  if (fromStatus === null) return { sampleKey: null, fromStatus, transitions: [] };
  const page = await deps.jira.search(`status = ${quote(fromStatus)} ORDER BY updated DESC`, [], null, 1);
  const sample = page.items[0];
  if (sample === undefined) return { sampleKey: null, fromStatus, transitions: [] };
  return { sampleKey: sample.key, fromStatus, transitions: [...(await deps.jira.listTransitions(sample.key))] };
};
