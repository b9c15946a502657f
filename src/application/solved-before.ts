import { success, type Envelope } from '../shared/envelope';
import { SERVICE_RECORD_PROPERTY, ServiceRecordSchema } from '../shared/issue-properties';
import type { SolvedBefore } from '../shared/rpc';
import type { Needs, WithJira } from './deps';
import type { IssueSearch, IssueSnapshot } from './ports';
import { readRecord } from './service-record-store';

/** How many earlier solved requests the panel lists. */
export const SOLVED_BEFORE_LIMIT = 5;

/** Configuration ids are kebab-case; anything else cannot be put in a JQL string safely and finds nothing. */
const JQL_SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Earlier requests of the same subcategory (the same category when the request has none) that were resolved
 * with a permanent fix, newest resolution first, this request excluded. JQL over the indexed mirrors selects
 * the candidates; what is shown is read from app storage, and a candidate whose stored record does not match
 * (a tampered mirror) is dropped (trust model, issue 10).
 */
export const solvedBefore = async (deps: Needs<'truth'> & WithJira<IssueSearch>, issue: IssueSnapshot): Promise<Envelope<SolvedBefore>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return success({ items: [] });
  const sameKind = record.subcategory === null ? record.category : record.subcategory;
  if (!JQL_SAFE_ID.test(sameKind) || !/^\d+$/.test(issue.projectId) || !/^[A-Z][A-Z0-9_]*-\d+$/.test(issue.key)) return success({ items: [] });
  const kindClause = record.subcategory === null ? `tsCategory = "${sameKind}" AND tsSubcategory IS EMPTY` : `tsSubcategory = "${sameKind}"`;
  const jql = `project = ${issue.projectId} AND ${kindClause} AND tsFixedAt IS NOT EMPTY AND statusCategory = Done AND key != ${issue.key} ORDER BY resolved DESC`;
  // A few more than shown, so dropping tampered candidates still leaves a full list.
  const page = await deps.jira.search(jql, [], null, SOLVED_BEFORE_LIMIT * 2);
  const stored = await deps.truth.getMany(page.items.map((h) => h.id), SERVICE_RECORD_PROPERTY);
  const items = page.items.flatMap((hit) => {
    const parsed = ServiceRecordSchema.safeParse(stored.get(hit.id));
    if (!parsed.success) return [];
    const truth = parsed.data;
    if (truth.fix === null || truth.category !== record.category || truth.subcategory !== record.subcategory) return [];
    return [{ key: hit.key, serviceNumber: truth.serviceNumber, summary: hit.summary, resolvedAt: hit.resolved === null ? null : new Date(hit.resolved).toISOString(), fix: truth.fix.text }];
  });
  return success({ items: items.slice(0, SOLVED_BEFORE_LIMIT) });
};
