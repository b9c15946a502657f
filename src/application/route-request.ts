import { z } from 'zod';
import type { AppConfig } from '../domain/config';
import { chooseAssignee } from '../domain/routing';
import type { Needs, WithJira } from './deps';
import type { IssueSearch, IssueSnapshot } from './ports';

const PAGE_SIZE = 100;
/** Long enough for any re-delivery of the creation event; the decision is worthless once the request is assigned. */
const DECISION_TTL_SECONDS = 7 * 24 * 3600;
const DecisionSchema = z.object({ assignee: z.string() });

const jqlString = (value: string): string => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** Open requests the app numbered, assigned to one of `members`: what "load" means for least-loaded routing. */
export const openLoadJql = (members: readonly string[]): string =>
  `assignee in (${members.map(jqlString).join(', ')}) AND tsNumber IS NOT EMPTY AND statusCategory != Done ORDER BY key ASC`;

/** Counts each member's open assigned requests with one paged JQL search over the whole group. */
const openCounts = async (deps: WithJira<IssueSearch>, members: readonly string[]): Promise<Map<string, number>> => {
  const counts = new Map<string, number>(members.map((m) => [m, 0]));
  const jql = openLoadJql(members);
  let token: string | null = null;
  do {
    const page = await deps.jira.search(jql, [], token, PAGE_SIZE);
    for (const hit of page.items) {
      const id = hit.assignee?.accountId;
      if (id !== undefined && counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    token = page.nextPageToken;
  } while (token !== null);
  return counts;
};

/**
 * The member of the category's group a new request goes to, by the configured strategy. The round-robin turn
 * is a claimed sequence value, so a re-delivered event gets the same turn; a least-loaded decision depends on
 * the loads at the time and is therefore kept (create-if-absent) so that a re-delivery picks the same member.
 */
export const routeRequest = async (
  deps: Needs<'sequences' | 'store'> & WithJira<IssueSearch>,
  config: AppConfig,
  issue: IssueSnapshot,
  category: string,
): Promise<string | null> => {
  const members = config.routing.groups[category]?.members ?? [];
  if (members.length === 0) return null;
  const turn = await deps.sequences.claim(`rr:${category}`, issue.id);
  if (config.routing.strategy === 'round-robin') return chooseAssignee(members, turn, null);

  const key = `route:${issue.id}:${category}`;
  const earlier = DecisionSchema.safeParse(await deps.store.get(key));
  if (earlier.success) return earlier.data.assignee;
  const assignee = chooseAssignee(members, turn, await openCounts(deps, members));
  if (assignee === null) return null;
  if (await deps.store.create(key, { assignee }, DECISION_TTL_SECONDS)) return assignee;
  const stored = DecisionSchema.safeParse(await deps.store.get(key));
  return stored.success ? stored.data.assignee : assignee;
};
