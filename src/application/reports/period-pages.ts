import type { AppDeps } from '../deps';
import type { IssueHit } from '../ports';
import { periodJql } from './report-jql';

export interface PeriodFilter {
  readonly from: number;
  readonly to: number;
  readonly projectId: string | null;
}

/** Jira's page limit when fields are requested. */
export const PAGE_SIZE = 100;

/**
 * Walks the period's requests page by page (token paging), handing each page's in-period hits to `onPage`.
 * Returns the number of search calls made.
 */
export const forEachPeriodPage = async (
  deps: AppDeps,
  filter: PeriodFilter,
  properties: readonly string[],
  onPage: (hits: readonly IssueHit[]) => Promise<void>,
): Promise<number> => {
  const jql = periodJql(filter.projectId, filter.from, filter.to);
  let token: string | null = null;
  let pages = 0;
  do {
    const page = await deps.loopJira.search(jql, properties, token, PAGE_SIZE);
    pages += 1;
    await onPage(page.items.filter((hit) => hit.created >= filter.from && hit.created < filter.to));
    token = page.nextPageToken;
  } while (token !== null);
  return pages;
};
