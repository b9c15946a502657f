import { z } from 'zod';
import { ServiceRecordSchema, SlaPropertySchema, SurveyPropertySchema } from '../../shared/issue-properties';
import { AppConfigSchema } from '../config';

export const APP_DATA_FORMAT = 'support-standard/app-data';
export const APP_DATA_VERSION = 1;

const isRealCompactDate = (yyyymmdd: string): boolean => {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

/** The app's properties of one issue; the issue itself stays in Jira. */
export const AppDataIssueSchema = z.strictObject({
  id: z.string().min(1),
  key: z.string().min(1),
  serviceRecord: ServiceRecordSchema.nullable(),
  sla: SlaPropertySchema.nullable(),
  survey: SurveyPropertySchema.nullable(),
});
export type AppDataIssue = z.infer<typeof AppDataIssueSchema>;

/** The service-number sequence of one day (`YYYYMMDD` in the numbering zone): the last number handed out. */
export const ServiceNumberCounterSchema = z.strictObject({
  date: z
    .string()
    .regex(/^\d{8}$/, { error: 'expected YYYYMMDD' })
    .refine(isRealCompactDate, { error: 'not a calendar date' }),
  last: z.int().min(1),
});
export type ServiceNumberCounter = z.infer<typeof ServiceNumberCounterSchema>;

const envelope = {
  format: z.literal(APP_DATA_FORMAT, { error: `expected "${APP_DATA_FORMAT}"` }),
  version: z.literal(APP_DATA_VERSION, { error: `unsupported version (this app reads version ${APP_DATA_VERSION})` }),
  exportedAt: z.iso.datetime(),
  issues: z.array(AppDataIssueSchema),
  counters: z.array(ServiceNumberCounterSchema),
};

/** Everything the app itself stores, versioned, for export → wipe → re-import. */
export const AppDataBundleSchema = z.strictObject({ ...envelope, config: AppConfigSchema });
export type AppDataBundle = z.infer<typeof AppDataBundleSchema>;

/** The envelope as read from a file: the configuration goes through `parseConfig` (migrations, field paths). */
export const AppDataEnvelopeSchema = z.strictObject({ ...envelope, config: z.unknown() });
