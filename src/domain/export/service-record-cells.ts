import type { AppConfig, Locale } from '../config';
import { categoryName, subcategoryName } from '../taxonomy';
import { localDateTime } from '../time';
import type { ServiceRecordCells } from './service-record-columns';
import type { ServiceRecordRow } from './service-record-row';
import { statusName } from './status-name';

export interface ServiceRecordCsvOptions {
  readonly locale: Locale;
  /** Zone the dates are written in (the reader's or the desk's). */
  readonly timezone: string;
  readonly config: Pick<AppConfig, 'taxonomy' | 'urgencies'>;
}

const LABELS = {
  'zh-CN': { workaround: '临时方案：', fix: '永久方案：', resolved: '已确认解决', notResolved: '确认未解决', open: '（', sep: '，', close: '）', result: ' → ', session: '会话 ' },
  en: { workaround: 'Workaround: ', fix: 'Permanent fix: ', resolved: 'Confirmed resolved', notResolved: 'Not resolved', open: ' (', sep: ', ', close: ')', result: ' → ', session: 'session ' },
} as const;

const iso = (value: string, timezone: string): string => localDateTime(Date.parse(value), timezone);

/** The row's cells as the export writes them: localized names, dates in the zone, empty when unknown. */
export const serviceRecordCells = (row: ServiceRecordRow, options: ServiceRecordCsvOptions): ServiceRecordCells => {
  const { locale, timezone, config } = options;
  const labels = LABELS[locale];
  const record = row.serviceRecord;
  const category =
    record === null
      ? ''
      : [categoryName(config.taxonomy, record.category, locale), ...(record.subcategory === null ? [] : [subcategoryName(config.taxonomy, record.subcategory, locale)])].join(' / ');
  const solution = [
    ...(record?.workaround ? [`${labels.workaround}${record.workaround.text}`] : []),
    ...(record?.fix ? [`${labels.fix}${record.fix.text}`] : []),
  ].join('\n');
  const confirmation = record?.confirmation;
  // One line per step of the operation log, its current version: `time action (tool, session id) → result`.
  const operations = (record?.operationLog ?? [])
    .map((step) => {
      const how = [step.tool, step.sessionId === null ? null : `${labels.session}${step.sessionId}`].filter((part) => part !== null);
      return `${iso(step.at, timezone)} ${step.action}${how.length === 0 ? '' : `${labels.open}${how.join(labels.sep)}${labels.close}`}${step.result === null ? '' : `${labels.result}${step.result}`}`;
    })
    .join('\n');
  return {
    // Without a record (intake not processed yet) the issue key is the only identifier a reader can look up.
    serviceNumber: record?.serviceNumber ?? row.key,
    requester: row.requester ?? '',
    contact: record?.contact ?? '',
    department: record?.department ?? '',
    category,
    description: row.description === null || row.description === '' ? row.summary : `${row.summary}\n${row.description}`,
    urgency: record === null ? '' : config.urgencies[record.urgency].name[locale],
    receivedAt: record === null ? localDateTime(row.created, timezone) : iso(record.receivedAt, timezone),
    handler: row.handler ?? '',
    progress: statusName(row.status, locale),
    resolvedAt: row.resolved === null ? '' : localDateTime(row.resolved, timezone),
    solution,
    confirmation: confirmation
      ? `${confirmation.resolved ? labels.resolved : labels.notResolved}${labels.open}${row.confirmedBy ?? confirmation.by}${labels.sep}${iso(confirmation.at, timezone)}${labels.close}`
      : '',
    satisfaction: row.survey === null ? '' : row.survey.avg.toFixed(1),
    operations,
  };
};
