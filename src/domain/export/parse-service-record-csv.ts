import { CsvError, parse } from 'csv-parse/sync';
import { LOCALES, type Locale } from '../config';
import { err, ok, type DomainError, type Result } from '../result';
import { unguardFormula } from './csv-field';
import {
  headerRow,
  SERVICE_RECORD_COLUMNS,
  SERVICE_RECORD_HEADERS,
  type ServiceRecordCells,
  type ServiceRecordColumn,
} from './service-record-columns';

export interface ParsedServiceRecordCsv {
  readonly locale: Locale;
  readonly rows: readonly ServiceRecordCells[];
}

const invalid = (message: string, path: string): Result<ParsedServiceRecordCsv> =>
  err<DomainError>({ code: 'invalid-csv', message: `${path}: ${message}`, path });

const toCells = (record: readonly string[]): ServiceRecordCells => {
  const at = (column: ServiceRecordColumn): string => unguardFormula(record[SERVICE_RECORD_COLUMNS.indexOf(column)] ?? '');
  return {
    serviceNumber: at('serviceNumber'),
    requester: at('requester'),
    contact: at('contact'),
    department: at('department'),
    category: at('category'),
    description: at('description'),
    urgency: at('urgency'),
    receivedAt: at('receivedAt'),
    handler: at('handler'),
    progress: at('progress'),
    resolvedAt: at('resolvedAt'),
    solution: at('solution'),
    confirmation: at('confirmation'),
    satisfaction: at('satisfaction'),
    operations: at('operations'),
  };
};

/**
 * Reads a service record CSV back into cell text (the inverse of `serviceRecordCsv` at the text level:
 * names and dates stay as written). The header decides the locale; a header that is neither is refused
 * naming the first wrong column.
 */
export const parseServiceRecordCsv = (text: string): Result<ParsedServiceRecordCsv> => {
  let records: string[][];
  try {
    records = parse(text, { bom: true });
  } catch (error) {
    if (error instanceof CsvError) return invalid(error.message, `line ${typeof error.lines === 'number' ? error.lines : '?'}`);
    throw error;
  }
  const [header, ...body] = records;
  if (header === undefined) return invalid('the file is empty', 'header');
  const locale = LOCALES.find((candidate) => headerRow(candidate).every((name, index) => header[index] === name) && header.length === SERVICE_RECORD_COLUMNS.length);
  if (locale === undefined) {
    const guess = LOCALES.find((candidate) => header[0] === SERVICE_RECORD_HEADERS[candidate].serviceNumber) ?? 'zh-CN';
    const expected = headerRow(guess);
    const index = expected.findIndex((name, i) => header[i] !== name);
    const at = index === -1 ? expected.length : index;
    return invalid(`expected ${JSON.stringify(expected[at] ?? '(end of line)')}, got ${JSON.stringify(header[at] ?? '(nothing)')}`, `header[${at}]`);
  }
  return ok({ locale, rows: body.map(toCells) });
};
