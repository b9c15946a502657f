import { err, ok, type Result } from '../result';
import { CONFIG_VERSION } from './app-config-schema';
import { configError, type ConfigError } from './config-error';

/** One step per stored version: the step registered under n turns a version-n config into version n + 1. */
export type Migration = (input: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** Version 1 is the first stored format, so no step exists yet; a version-2 format adds `[1, …]` here. */
const MIGRATIONS: ReadonlyMap<number, Migration> = new Map();

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const spell = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'string' ? JSON.stringify(value) : typeof value;

/** A migrator over the given steps (exported so the chaining itself can be tested). */
export const makeMigrator =
  (migrations: ReadonlyMap<number, Migration>, target: number) =>
  (input: unknown): Result<unknown, ConfigError> => {
    if (!isRecord(input)) return err(configError([{ path: '', message: 'expected a configuration object' }]));
    let current = input;
    for (;;) {
      const version = current['version'];
      if (version === target) return ok(current);
      const step = typeof version === 'number' && version < target ? migrations.get(version) : undefined;
      if (step === undefined) {
        return err(configError([{ path: 'version', message: `unknown configuration version ${spell(version)} (this app reads versions up to ${target})` }]));
      }
      current = step(current);
    }
  };

/** Brings a stored config of any known version up to the current one; the schema then validates it. */
export const migrateConfig = makeMigrator(MIGRATIONS, CONFIG_VERSION);
