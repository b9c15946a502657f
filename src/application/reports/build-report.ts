import { addToReport, emptyReport, finishReport, type FollowUpFact, type ReportAccumulator } from '../../domain/reports';
import { SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY, SurveyPropertySchema } from '../../shared/issue-properties';
import { failure, success, type Envelope } from '../../shared/envelope';
import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type ReportResult } from '../../shared/rpc';
import type { Needs, WithJira } from '../deps';
import type { IssueHit, IssueSearch, MirroredProperty } from '../ports';
import { withStoredProperties } from '../stored-hits';
import { PAGE_SIZE } from './period-pages';
import { JOB_TTL_SECONDS, FRESH_MS, ReportJobSchema, STALE_MS, reportJobKey, type ReportInput, type ReportJob } from './report-job';
import { keysJql, periodJql } from './report-jql';
import { toRequestFacts } from './to-request-facts';

const REPORT_PROPERTIES: readonly MirroredProperty[] = [SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY];
/** Kept small so a computing job (accumulator included) stays far below the KVS value limit. */
const BREACH_LIST = 200;

/**
 * Due and closing time of the open follow-ups a page refers to: one extra search for the page, only when
 * it has open follow-ups (closed ones are already final in the request's stored survey). Values from app storage.
 */
const openFollowUps = async (deps: Needs<'truth'> & WithJira<IssueSearch>, hits: readonly IssueHit[]): Promise<Map<string, FollowUpFact>> => {
  const keys: string[] = [];
  for (const hit of hits) {
    const survey = SurveyPropertySchema.safeParse(hit.properties[SURVEY_PROPERTY]);
    if (survey.success && survey.data.followUp?.status === 'open') keys.push(survey.data.followUp.issueKey);
  }
  const facts = new Map<string, FollowUpFact>();
  if (keys.length === 0) return facts;
  const page = await deps.jira.search(keysJql(keys), [], null, PAGE_SIZE);
  for (const task of await withStoredProperties(deps, page.items, [FOLLOW_UP_PROPERTY], FOLLOW_UP_PROPERTY)) {
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

interface Progress {
  readonly acc: ReportAccumulator;
  readonly token: string | null;
  readonly calls: number;
}

/** Folds up to `maxPages` search pages (token paging; the records from app storage) into the accumulator. */
const foldPages = async (deps: Needs<'truth'> & WithJira<IssueSearch>, input: ReportInput, start: Progress, maxPages: number): Promise<Progress> => {
  const jql = periodJql(input.projectId, input.from, input.to);
  let { acc, token, calls } = start;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await deps.jira.search(jql, [], token, PAGE_SIZE);
    calls += 1;
    const inPeriod = result.items.filter((hit) => hit.created >= input.from && hit.created < input.to);
    const hits = await withStoredProperties(deps, inPeriod, REPORT_PROPERTIES, SERVICE_RECORD_PROPERTY);
    const followUps = await openFollowUps(deps, hits);
    if (followUps.size > 0) calls += 1;
    acc = addToReport(acc, hits.map((hit) => toRequestFacts(hit, followUps.get(hit.key) ?? null)));
    token = result.nextPageToken;
    if (token === null) break;
  }
  return { acc, token, calls };
};

const toResult = (job: ReportJob): ReportResult =>
  job.state === 'ready'
    ? { status: 'ready', report: job.report, pages: job.pages, computedAt: new Date(job.computedAt).toISOString() }
    : { status: 'computing', requestsSoFar: job.acc.requests, pages: job.pages, startedAt: new Date(job.startedAt).toISOString() };

/** Stores where the fold got to: finished → the cached report; otherwise the job to continue. */
const save = async (deps: Needs<'clock' | 'store'>, input: ReportInput, progress: Progress, startedAt: number): Promise<ReportJob> => {
  const now = deps.clock.now();
  const job: ReportJob =
    progress.token === null
      ? { state: 'ready', report: finishReport(progress.acc), pages: progress.calls, computedAt: now }
      : { state: 'computing', input, acc: progress.acc, token: progress.token, pages: progress.calls, startedAt, updatedAt: now };
  await deps.store.set(reportJobKey(input), job, JOB_TTL_SECONDS);
  return job;
};

export type ReportStep = { readonly result: ReportResult; readonly continueAt: number | null };

/**
 * The reports page's figures. A fresh cached report is returned as it is; otherwise up to `maxPages` pages
 * are folded here and, if the period holds more, the rest is left to the queue (`continueAt` is the step
 * the continuation must carry). Memory stays flat whatever the period holds.
 */
export const buildReport = async (
  deps: Needs<'clock' | 'store' | 'truth'> & WithJira<IssueSearch>,
  input: ReportInput,
  maxPages: number,
): Promise<Envelope<ReportStep>> => {
  const now = deps.clock.now();
  const cached = ReportJobSchema.safeParse(await deps.store.get(reportJobKey(input)));
  if (cached.success) {
    const job = cached.data;
    if (job.state === 'ready' && now - job.computedAt < FRESH_MS) return success({ result: toResult(job), continueAt: null });
    if (job.state === 'computing' && now - job.updatedAt < STALE_MS) return success({ result: toResult(job), continueAt: null });
  }
  const start = emptyReport({ from: input.from, to: input.to, timezone: input.timezone, now, breachLimit: BREACH_LIST });
  if (!start.ok) return failure('invalid-payload', start.error.message, [{ path: start.error.path ?? '', message: start.error.message }]);
  const progress = await foldPages(deps, input, { acc: start.value, token: null, calls: 0 }, maxPages);
  // A period that fits one call is always computed live; only queue-computed reports are cached.
  if (progress.token === null) {
    return success({ result: { status: 'ready', report: finishReport(progress.acc), pages: progress.calls, computedAt: new Date(now).toISOString() }, continueAt: null });
  }
  const job = await save(deps, input, progress, now);
  return success({ result: toResult(job), continueAt: job.state === 'computing' ? job.pages : null });
};

/**
 * One queue step of a computing report. Only the step the job is at runs (a redelivered event finds the
 * job moved on, or the step already claimed), so no page is folded twice. Returns the next step, or null.
 */
export const continueReport = async (
  deps: Needs<'clock' | 'store' | 'truth'> & WithJira<IssueSearch>,
  key: string,
  step: number,
  maxPages: number,
): Promise<number | null> => {
  const parsed = ReportJobSchema.safeParse(await deps.store.get(key));
  if (!parsed.success || parsed.data.state !== 'computing' || parsed.data.pages !== step) return null;
  if (!(await deps.store.create(`${key}:step:${step}`, { at: deps.clock.now() }, JOB_TTL_SECONDS))) return null;
  const job = parsed.data;
  const progress = await foldPages(deps, job.input, { acc: job.acc, token: job.token, calls: job.pages }, maxPages);
  const saved = await save(deps, job.input, progress, job.startedAt);
  return saved.state === 'computing' ? saved.pages : null;
};
