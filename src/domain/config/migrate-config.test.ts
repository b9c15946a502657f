import { defaultConfig } from './default-config';
import { makeMigrator, migrateConfig } from './migrate-config';

describe('migrateConfig', () => {
  it('returns a version-1 config as it is', () => {
    const config = defaultConfig();
    expect(migrateConfig(config)).toEqual({ ok: true, value: config });
  });

  it.each([[0], [2], ['1'], [null]])('refuses version %p, naming the version field', (version) => {
    const result = migrateConfig({ ...defaultConfig(), version });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-config');
    expect(result.error.issues.map((i) => i.path)).toEqual(['version']);
    expect(result.error.message).toContain('version');
  });

  it('refuses a config without a version', () => {
    const { version: _version, ...rest } = defaultConfig();
    const result = migrateConfig(rest);
    expect(result.ok ? null : result.error.path).toBe('version');
  });
});

describe('makeMigrator', () => {
  const steps = new Map([
    [1, (c: Readonly<Record<string, unknown>>) => ({ ...c, version: 2, renamed: c['old'] })],
    [2, (c: Readonly<Record<string, unknown>>) => ({ ...c, version: 3 })],
  ]);
  const migrate = makeMigrator(steps, 3);

  it('chains the steps from the stored version to the target', () => {
    expect(migrate({ version: 1, old: 'x' })).toEqual({ ok: true, value: { version: 3, old: 'x', renamed: 'x' } });
    expect(migrate({ version: 2 })).toEqual({ ok: true, value: { version: 3 } });
  });

  it('refuses versions without a path to the target', () => {
    for (const version of [0, 4]) {
      const result = migrate({ version });
      expect(result.ok ? null : result.error.path).toBe('version');
    }
  });
});
