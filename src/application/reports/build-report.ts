import { addToReport, emptyReport, finishReport, type FollowUpFact, type ReportAccumulator } from '../../domain/reports';
import { SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY, SurveyPropertySchema } from '../../shared/issue-properties';
import { failure, success, type Envelope } from '../../shared/envelope';
import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type ReportResult } from '../../shared/rpc';
import type { AppDeps } from '../deps';
import type { IssueHit } from '../ports';
import { forEachPeriodPage, PAGE_SIZE, type PeriodFilter } from './period-pages';
import { keysJql } from './report-jql';
import { toRequestFacts } from './to-request-facts';

export interface ReportInput extends PeriodFilter {
  readonly timezone: string;
}

const REPORT_PROPERTIES = [SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY];

/**
 * Due and closing time of the open follow-ups a page refers to: one extra search for the page, only when
 * it has open follow-ups (closed ones are already final in the request's `survey` property).
 */
const openFollowUps = async (deps: AppDeps, hits: readonly IssueHit[]): Promise<Map<string, FollowUpFact>> => {
  const keys: string[] = [];
  for (const hit of hits) {
    const survey = SurveyPropertySchema.safeParse(hit.properties[SURVEY_PROPERTY]);
    if (survey.success && survey.data.followUp?.status === 'open') keys.push(survey.data.followUp.issueKey);
  }
  const facts = new Map<string, FollowUpFact>();
  if (keys.length === 0) return facts;
  const page = await deps.loopJira.search(keysJql(keys), [FOLLOW_UP_PROPERTY], null, PAGE_SIZE);
  for (const task of page.items) {
    const followUp = FollowUpPropertySchema.safeParse(task.properties[FOLLOW_UP_PROPERTY]);
    if (!followUp.success) continue;
    facts.set(followUp.data.originalKey, {
      status: followUp.data.status,
      due: Date.parse(followUp.data.due),
      closedAt: followUp.data.closedAt === undefined ? null : Date.parse(followUp.data.closedAt),
    });
  }
  return facts;
};

/**
 * The reports page's figures: the period's requests read with token paging (100 a page, the properties
 * in the same call) and folded page by page, so memory stays flat whatever the period holds.
 */
export const buildReport = async (deps: AppDeps, input: ReportInput): Promise<Envelope<ReportResult>> => {
  const start = emptyReport({ from: input.from, to: input.to, timezone: input.timezone, now: deps.clock.now() });
  if (!start.ok) return failure('invalid-payload', start.error.message, [{ path: start.error.path ?? '', message: start.error.message }]);
  let acc: ReportAccumulator = start.value;
  let lookups = 0;
  const pages = await forEachPeriodPage(deps, input, REPORT_PROPERTIES, async (hits) => {
    const followUps = await openFollowUps(deps, hits);
    if (followUps.size > 0) lookups += 1;
    acc = addToReport(acc, hits.map((hit) => toRequestFacts(hit, followUps.get(hit.key) ?? null)));
  });
  return success({ report: finishReport(acc), pages: pages + lookups, computedAt: new Date(deps.clock.now()).toISOString() });
};
