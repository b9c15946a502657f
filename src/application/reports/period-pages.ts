import type { WithJira } from '../deps';
import type { IssueHit, IssueSearch } from '../ports';
import { periodJql } from './report-jql';

export interface PeriodFilter {
  readonly from: number;
  readonly to: number;
  readonly projectId: string | null;
}

/** Jira's page limit when fields are requested. */
export const PAGE_SIZE = 100;

/**
 * Walks up to `maxPages` pages of the period's requests from `token` (token paging), handing each page's
 * in-period hits to `onPage`. Returns the token to go on from, or null at the end.
 */
export const forEachPeriodPage = async (
  deps: WithJira<IssueSearch>,
  filter: PeriodFilter,
  properties: readonly string[],
  from: { readonly token: string | null; readonly maxPages: number },
  onPage: (hits: readonly IssueHit[]) => Promise<void>,
): Promise<string | null> => {
  const jql = periodJql(filter.projectId, filter.from, filter.to);
  let token = from.token;
  for (let pages = 0; pages < from.maxPages; pages += 1) {
    const page = await deps.jira.search(jql, properties, token, PAGE_SIZE);
    await onPage(page.items.filter((hit) => hit.created >= filter.from && hit.created < filter.to));
    token = page.nextPageToken;
    if (token === null) break;
  }
  return token;
};
