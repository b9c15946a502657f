import type { Locale } from '../../domain/config';
import { localDateTime, serviceRecordCsvHeader, serviceRecordCsvLines, type ServiceRecordRow } from '../../domain/export';
import { isKnownTimeZone } from '../../domain/calendar';
import { SERVICE_RECORD_PROPERTY, SURVEY_PROPERTY, ServiceRecordSchema, SurveyPropertySchema } from '../../shared/issue-properties';
import { failure, success, type Envelope } from '../../shared/envelope';
import type { CsvExport } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { Needs, WithJira } from '../deps';
import type { IssueHit, IssueSearch, People } from '../ports';
import { withStoredProperties } from '../stored-hits';
import { decodeCsvPageToken, encodeCsvPageToken } from './csv-page-token';
import { forEachPeriodPage, type PeriodFilter } from '../reports/period-pages';

export interface CsvInput extends PeriodFilter {
  readonly timezone: string;
  readonly locale: Locale;
  /** Null for the first chunk. */
  readonly pageToken: string | null;
}

/** ~2,000 records per call keep one resolver call well inside 25 s. */
const PAGES_PER_CHUNK = 20;

/** Display names of the people who confirmed, looked up once each (usually the reporter, already known). */
const confirmerName = async (deps: WithJira<People>, hit: IssueHit, accountId: string, cache: Map<string, string | null>): Promise<string | null> => {
  if (hit.reporter?.accountId === accountId) return hit.reporter.displayName;
  if (!cache.has(accountId)) cache.set(accountId, (await deps.jira.getUser(accountId))?.displayName ?? null);
  return cache.get(accountId) ?? null;
};

const toRow = async (deps: WithJira<People>, hit: IssueHit, cache: Map<string, string | null>): Promise<ServiceRecordRow> => {
  const record = ServiceRecordSchema.safeParse(hit.properties[SERVICE_RECORD_PROPERTY]);
  const survey = SurveyPropertySchema.safeParse(hit.properties[SURVEY_PROPERTY]);
  const confirmation = record.success ? record.data.confirmation : null;
  return {
    key: hit.key,
    created: hit.created,
    summary: hit.summary,
    description: hit.description,
    requester: hit.reporter?.displayName ?? null,
    handler: hit.assignee?.displayName ?? null,
    status: hit.status,
    resolved: hit.resolved,
    confirmedBy: confirmation === null ? null : await confirmerName(deps, hit, confirmation.by, cache),
    serviceRecord: record.success ? record.data : null,
    survey: survey.success ? survey.data : null,
  };
};

/**
 * The service record table (服务记录表) of a period as CSV text, UTF-8 with BOM and localized headers, in
 * chunks the caller appends (the first has the BOM and header).
 */
export const exportServiceRecords = async (deps: Needs<'config' | 'truth'> & WithJira<People & IssueSearch>, input: CsvInput): Promise<Envelope<CsvExport>> => {
  if (!isKnownTimeZone(input.timezone)) return failure('invalid-payload', 'timezone: expected an IANA time zone', [{ path: 'timezone', message: 'unknown time zone' }]);
  if (input.from >= input.to) return failure('invalid-payload', 'to: the period must end after it starts', [{ path: 'to', message: 'before from' }]);
  const jiraToken = input.pageToken === null ? null : decodeCsvPageToken(input.pageToken, input);
  if (input.pageToken !== null && jiraToken === null) {
    return failure('invalid-payload', 'pageToken: not a page token of this export', [{ path: 'pageToken', message: 'not a page token this export handed out for this period' }]);
  }
  const { config } = await currentConfig(deps.config);
  const options = { locale: input.locale, timezone: input.timezone, config };
  const chunks = input.pageToken === null ? [serviceRecordCsvHeader(input.locale)] : [];
  const cache = new Map<string, string | null>();
  let rows = 0;
  let next: string | null;
  try {
    next = await forEachPeriodPage(deps, input, [], { token: jiraToken, maxPages: PAGES_PER_CHUNK }, async (candidates) => {
      const page: ServiceRecordRow[] = [];
      for (const hit of await withStoredProperties(deps, candidates, [SERVICE_RECORD_PROPERTY, SURVEY_PROPERTY], SERVICE_RECORD_PROPERTY)) page.push(await toRow(deps, hit, cache));
      rows += page.length;
      chunks.push(serviceRecordCsvLines(page, options));
    });
  } catch (error) {
    // A token of the right shape whose inner Jira token Jira refuses (crafted, or expired after 7 days).
    if (jiraToken !== null && rows === 0 && Reflect.get(Object(error), 'status') === 400) {
      return failure('invalid-payload', 'pageToken: Jira no longer accepts this page token', [{ path: 'pageToken', message: 'expired or not valid; start the export again' }]);
    }
    throw error;
  }
  const day = (ms: number) => localDateTime(ms, input.timezone).slice(0, 10);
  return success({ filename: `service-records_${day(input.from)}_${day(input.to - 1)}.csv`, csv: chunks.join(''), rows, nextPageToken: next === null ? null : encodeCsvPageToken(next, input) });
};
