export {
  APP_DATA_FORMAT,
  APP_DATA_VERSION,
  AppDataBundleSchema,
  AppDataEnvelopeSchema,
  AppDataIssueSchema,
  ServiceNumberCounterSchema,
  type AppDataBundle,
  type AppDataIssue,
  type ServiceNumberCounter,
} from './app-data-bundle';
export { BOM, csvField, guardFormula, unguardFormula } from './csv-field';
export { exportAppData, type AppData } from './export-app-data';
export { importAppData, type BundleError, type BundleProblem } from './import-app-data';
export { localDateTime } from '../time';
export { parseServiceRecordCsv, type ParsedServiceRecordCsv } from './parse-service-record-csv';
export { serviceRecordCells, type ServiceRecordCsvOptions } from './service-record-cells';
export { headerRow, SERVICE_RECORD_COLUMNS, SERVICE_RECORD_HEADERS, type ServiceRecordCells, type ServiceRecordColumn } from './service-record-columns';
export { serviceRecordCsv, serviceRecordCsvHeader, serviceRecordCsvLines } from './service-record-csv';
export { ServiceRecordRowSchema, type ServiceRecordRow } from './service-record-row';
export {
  AuditRecordSchema,
  ClockEventLogSchema,
  ConfigVersionSchema,
  SlaEventSchema,
  StoredSlaEventSchema,
  auditOrder,
  type AuditRecord,
  type ClockEventLog,
  type ConfigVersion,
} from './archive-schemas';
