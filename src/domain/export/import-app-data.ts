import type { z } from 'zod';
import { formatIssuePath } from '../calendar/spec';
import { parseConfig } from '../config';
import { parseServiceNumber } from '../numbering';
import { err, ok, type DomainError, type Result } from '../result';
import { AppDataEnvelopeSchema, type AppDataBundle } from './app-data-bundle';

export interface BundleProblem {
  /** Field path such as `issues[3].serviceRecord.urgency` or `config.numbering.prefix`. */
  readonly path: string;
  readonly message: string;
}

export interface BundleError extends DomainError {
  readonly code: 'invalid-bundle';
  readonly problems: readonly BundleProblem[];
}

const bundleError = (problems: readonly BundleProblem[]): BundleError => {
  const first = problems[0] ?? { path: '', message: 'invalid bundle' };
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return {
    code: 'invalid-bundle',
    message: `Invalid app data: ${first.path === '' ? '(root)' : first.path}: ${first.message}${more}`,
    path: first.path,
    problems,
  };
};

const zodProblems = (issue: z.core.$ZodIssue): BundleProblem[] =>
  issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({ path: formatIssuePath([...issue.path, key]), message: 'unknown field' }))
    : [{ path: formatIssuePath(issue.path), message: issue.message }];

/** Cross-record rules the schemas cannot see: unique issues and numbers, counters ahead of the numbers in use. */
const consistencyProblems = (bundle: Omit<AppDataBundle, 'config'>): BundleProblem[] => {
  const problems: BundleProblem[] = [];
  const counters = new Map<string, number>();
  bundle.counters.forEach((counter, i) => {
    if (counters.has(counter.date)) problems.push({ path: `counters[${i}].date`, message: `second counter for ${counter.date}` });
    counters.set(counter.date, counter.last);
  });
  const seen = { id: new Map<string, number>(), key: new Map<string, number>(), number: new Map<string, number>() };
  bundle.issues.forEach((issue, i) => {
    for (const field of ['id', 'key'] as const) {
      const earlier = seen[field].get(issue[field]);
      if (earlier !== undefined) problems.push({ path: `issues[${i}].${field}`, message: `same ${field} as issues[${earlier}]` });
      seen[field].set(issue[field], i);
    }
    if (issue.serviceRecord === null) return;
    const path = `issues[${i}].serviceRecord.serviceNumber`;
    const text = issue.serviceRecord.serviceNumber;
    const earlier = seen.number.get(text);
    if (earlier !== undefined) problems.push({ path, message: `${text} is also the number of issues[${earlier}]` });
    seen.number.set(text, i);
    const parsed = parseServiceNumber(text);
    if (!parsed.ok) {
      problems.push({ path, message: parsed.error.message });
      return;
    }
    const last = counters.get(parsed.value.date);
    if (last === undefined) problems.push({ path, message: `no counter for ${parsed.value.date}` });
    else if (last < parsed.value.seq) problems.push({ path, message: `${text} is beyond the counter for ${parsed.value.date} (${last})` });
  });
  return problems;
};

/**
 * Validates a downloaded bundle (JSON text or parsed value) before anything is written: every problem is
 * reported with the path of the offending field, the configuration is migrated to the current version.
 */
export const importAppData = (input: unknown): Result<AppDataBundle, BundleError> => {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return err(bundleError([{ path: '', message: 'not JSON' }]));
    }
  }
  const envelope = AppDataEnvelopeSchema.safeParse(value);
  if (!envelope.success) return err(bundleError(envelope.error.issues.flatMap(zodProblems)));
  const { config: rawConfig, ...rest } = envelope.data;
  const config = parseConfig(rawConfig);
  const problems = [
    ...(config.ok ? [] : config.error.issues.map((issue) => ({ path: issue.path === '' ? 'config' : `config.${issue.path}`, message: issue.message }))),
    ...consistencyProblems(rest),
  ];
  if (!config.ok || problems.length > 0) return err(bundleError(problems));
  return ok({ ...rest, config: config.value });
};
