import { slaOverview, type OverviewClock, type OverviewRequest } from '../../domain/overview';
import { ServiceRecordSchema, SlaPropertySchema, type Urgency } from '../../shared/issue-properties';
import { success, type Envelope } from '../../shared/envelope';
import type { SlaOverview } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { Needs, WithJira } from '../deps';
import type { IssueSearch, NamedPerson } from '../ports';
import { withStoredProperties } from '../stored-hits';

const PAGE_SIZE = 100;
/** One overview reads at most this many open requests (10 searches); a desk with more is told it is cut. */
const MAX_PAGES = 10;

export interface SlaOverviewInput {
  readonly projectId: string;
  readonly clock: OverviewClock | null;
  readonly priority: Urgency | null;
  readonly category: string | null;
  readonly mine: boolean;
  readonly assignee: string | null;
}

/**
 * The SLA overview of one project (issue 12 point 9): its open requests ranked by the time left on their most
 * urgent running clock, as of now, from app storage (JQL over the mirrors only selects the candidates; the sweep keeps the stored clocks
 * within five minutes).
 */
export const getSlaOverview = async (
  deps: Needs<'clock' | 'config' | 'truth'> & WithJira<IssueSearch>,
  caller: string,
  input: SlaOverviewInput,
): Promise<Envelope<SlaOverview>> => {
  const { config } = await currentConfig(deps.config);
  const jql = `project = ${input.projectId} AND tsNumber IS NOT EMPTY AND statusCategory != Done ORDER BY key ASC`;
  const requests: OverviewRequest[] = [];
  const extra = new Map<string, { readonly serviceNumber: string | null; readonly priority: Urgency | null; readonly assignee: NamedPerson | null }>();
  let token: string | null = null;
  let pages = 0;
  do {
    const page = await deps.jira.search(jql, ['sla', 'service-record'], token, PAGE_SIZE);
    for (const hit of await withStoredProperties(deps, page.items, ['sla', 'service-record'], 'service-record')) {
      const sla = SlaPropertySchema.safeParse(hit.properties.sla);
      const record = ServiceRecordSchema.safeParse(hit.properties['service-record']);
      const clockOf = (clock: OverviewClock) => {
        const state = sla.success ? sla.data[clock] : null;
        return state === null ? null : { due: state.due === null ? null : Date.parse(state.due), thresholdsReached: state.thresholdsReached };
      };
      const clocks = { response: clockOf('response'), resolution: clockOf('resolution'), onsite: clockOf('onsite') };
      requests.push({
        key: hit.key,
        summary: hit.summary,
        priority: record.success ? record.data.priority : null,
        category: record.success ? record.data.category : null,
        assignee: hit.assignee?.accountId ?? null,
        clocks,
      });
      extra.set(hit.key, { serviceNumber: record.success ? record.data.serviceNumber : null, priority: record.success ? record.data.priority : null, assignee: hit.assignee });
    }
    token = page.nextPageToken;
    pages += 1;
  } while (token !== null && pages < MAX_PAGES);

  const now = deps.clock.now();
  // "Mine" and a named engineer must both hold: someone else's name with "mine" leaves nothing.
  const contradictory = input.mine && input.assignee !== null && input.assignee !== caller;
  const assignee = input.mine ? caller : input.assignee;
  const rows = contradictory ? [] : slaOverview(requests, now, { clock: input.clock, priority: input.priority, category: input.category, assignee });
  const assignees = new Map<string, string>();
  for (const { assignee: person } of extra.values()) if (person !== null) assignees.set(person.accountId, person.displayName);
  const categoryName = (id: string | null) => {
    const category = id === null ? undefined : config.taxonomy.categories.find((c) => c.id === id);
    return category === undefined ? null : category.name;
  };
  return success({
    computedAt: new Date(now).toISOString(),
    truncated: token !== null,
    rows: rows.map((row) => ({
      key: row.key,
      summary: row.summary,
      serviceNumber: extra.get(row.key)?.serviceNumber ?? null,
      priority: extra.get(row.key)?.priority ?? null,
      category: row.category,
      categoryName: categoryName(row.category),
      assignee: extra.get(row.key)?.assignee ?? null,
      clock: row.clock,
      due: new Date(row.due).toISOString(),
      tone: row.tone,
    })),
    categories: config.taxonomy.categories.map((c) => ({ id: c.id, name: c.name })),
    assignees: [...assignees].map(([accountId, displayName]) => ({ accountId, displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN')),
  });
};
