import { defaultConfig } from './default-config';
import { migrateConfig } from './migrate-config';

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
