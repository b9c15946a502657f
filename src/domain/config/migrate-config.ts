import { err, ok, type Result } from '../result';
import { CONFIG_VERSION } from './app-config-schema';
import { configError, type ConfigError } from './config-error';

/** One step per stored version: `MIGRATIONS.get(n)` turns a version-n config into version n + 1. */
type Migration = (input: Readonly<Record<string, unknown>>) => Record<string, unknown>;
const MIGRATIONS: ReadonlyMap<number, Migration> = new Map();

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'string' ? JSON.stringify(value) : typeof value;

/** Brings a stored config of any known version up to the current one; the schema then validates it. */
export const migrateConfig = (input: unknown): Result<unknown, ConfigError> => {
  if (!isRecord(input)) return err(configError([{ path: '', message: 'expected a configuration object' }]));
  let current = input;
  for (;;) {
    const version = current['version'];
    if (version === CONFIG_VERSION) return ok(current);
    const step = typeof version === 'number' ? MIGRATIONS.get(version) : undefined;
    if (step === undefined) {
      return err(configError([{ path: 'version', message: `unknown configuration version ${describe(version)} (this app reads versions up to ${CONFIG_VERSION})` }]));
    }
    current = step(current);
  }
};
