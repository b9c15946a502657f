import type { Locale } from '../config';
import { BOM, csvLine } from './csv-field';
import { serviceRecordCells, type ServiceRecordCsvOptions } from './service-record-cells';
import { headerRow, SERVICE_RECORD_COLUMNS } from './service-record-columns';
import type { ServiceRecordRow } from './service-record-row';

/** The first chunk of the file: byte order mark and localized header line. */
export const serviceRecordCsvHeader = (locale: Locale): string => `${BOM}${csvLine(headerRow(locale))}`;

/** Record lines only, so a caller paging through requests can append chunk after chunk to the header. */
export const serviceRecordCsvLines = (rows: readonly ServiceRecordRow[], options: ServiceRecordCsvOptions): string =>
  rows
    .map((row) => {
      const cells = serviceRecordCells(row, options);
      return csvLine(SERVICE_RECORD_COLUMNS.map((column) => cells[column]));
    })
    .join('');

/** The service record table as CSV: UTF-8 with BOM, CRLF line ends, RFC 4180 quoting, formula cells guarded. */
export const serviceRecordCsv = (rows: readonly ServiceRecordRow[], options: ServiceRecordCsvOptions): string =>
  `${serviceRecordCsvHeader(options.locale)}${serviceRecordCsvLines(rows, options)}`;
