import { defaultConfig } from '../domain/config';
import { fakeDeps } from '../../test/backend/fakes/in-memory-deps';
import { saveConfig } from './save-config';

describe('saveConfig', () => {
  it('saves on top of the version read and refuses a stale one', async () => {
    const fakes = fakeDeps(1000);
    const first = await saveConfig(fakes.deps, 'admin', { config: defaultConfig(), expectedVersion: 0 });
    expect(first).toMatchObject({ ok: true, data: { version: 1, updatedBy: 'admin' } });
    const stale = await saveConfig(fakes.deps, 'other', { config: defaultConfig(), expectedVersion: 0 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await fakes.config.load())?.updatedBy).toBe('admin');
  });

  it('names every invalid field and saves nothing', async () => {
    const fakes = fakeDeps(1000);
    const config = defaultConfig();
    const broken = { ...config, numbering: { ...config.numbering, prefix: 'ts' }, priorities: { ...config.priorities, high: { ...config.priorities.high, response: -5 } } };
    const result = await saveConfig(fakes.deps, 'admin', { config: broken, expectedVersion: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-config');
    expect(result.error.fieldErrors?.map((e) => e.path).sort()).toEqual(['numbering.prefix', 'priorities.high.response']);
    expect(await fakes.config.load()).toBeNull();
  });

  it('queues a recomputation of open requests only when running clocks are affected', async () => {
    const fakes = fakeDeps(1000);
    const config = defaultConfig();
    await saveConfig(fakes.deps, 'admin', { config, expectedVersion: 0 });
    await saveConfig(fakes.deps, 'admin', { config: { ...config, numbering: { ...config.numbering, padding: 4 } }, expectedVersion: 1 });
    expect(fakes.queued).toEqual([]);
    const faster = { ...config, numbering: { ...config.numbering, padding: 4 }, priorities: { ...config.priorities, low: { ...config.priorities.low, resolution: 600 } } };
    await saveConfig(fakes.deps, 'admin', { config: faster, expectedVersion: 2 });
    expect(fakes.queued).toEqual([{ kind: 'rescan', pageToken: null }]);
  });
});
