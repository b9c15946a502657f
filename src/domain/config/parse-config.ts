import type { z } from 'zod';
import { formatIssuePath } from '../calendar/spec';
import { err, ok, type Result } from '../result';
import { AppConfigSchema, type AppConfig } from './app-config-schema';
import { configError, type ConfigError, type ConfigIssue } from './config-error';
import { migrateConfig } from './migrate-config';

/** One issue per offending field: an unknown key is reported at its own path, not its parent's. */
const toConfigIssues = (issue: z.core.$ZodIssue): ConfigIssue[] => {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatIssuePath([...issue.path, key]), message: 'unknown field' }));
  }
  // zod's own text for a bad record key is generic; the key schema's message says what an id looks like.
  const message = issue.code === 'invalid_key' ? `invalid id: ${issue.issues[0]?.message ?? issue.message}` : issue.message;
  return [{ path: formatIssuePath(issue.path), message }];
};

/** Migrates, then validates untrusted config JSON; every problem is reported with its field path. */
export const parseConfig = (input: unknown): Result<AppConfig, ConfigError> => {
  const migrated = migrateConfig(input);
  if (!migrated.ok) return migrated;
  const parsed = AppConfigSchema.safeParse(migrated.value);
  if (parsed.success) return ok(parsed.data);
  const unique = new Map<string, ConfigIssue>();
  for (const issue of parsed.error.issues.flatMap(toConfigIssues)) unique.set(`${issue.path}\u0000${issue.message}`, issue);
  return err(configError([...unique.values()]));
};
