import { z } from 'zod';
import { isValidTimeZone } from '../numbering';
import { err, ok, type DomainError, type Result } from '../result';
import { formatIssuePath } from '../calendar/spec';

export const DEFAULT_BREACH_LIMIT = 1000;

/** A report covers the requests created in [from, to); months are local months in `timezone`. */
export const ReportQuerySchema = z
  .object({
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    timezone: z.string().refine(isValidTimeZone, { error: 'expected an IANA time zone such as Asia/Shanghai' }),
    /** Decides which open follow-ups are overdue and which running clocks are already past due. */
    now: z.number().int().min(0),
    /** The breach list keeps the newest `breachLimit` entries; the total is always counted. */
    breachLimit: z.int().min(0).max(100_000).default(DEFAULT_BREACH_LIMIT),
  })
  .refine((query) => query.from < query.to, { error: 'the period must end after it starts', path: ['to'] });
export type ReportQuery = z.output<typeof ReportQuerySchema>;
export type ReportQueryInput = z.input<typeof ReportQuerySchema>;

export const parseReportQuery = (input: unknown): Result<ReportQuery> => {
  const parsed = ReportQuerySchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const path = issue === undefined ? '' : formatIssuePath(issue.path);
  return err<DomainError>({
    code: 'invalid-report-query',
    message: `${path === '' ? 'query' : path}: ${issue?.message ?? 'invalid report query'}`,
    path,
  });
};
