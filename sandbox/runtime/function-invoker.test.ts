import { FunctionInvoker, TIME_LIMIT_MS } from './function-invoker';
import { FunctionLoader } from './function-loader';
import { loadManifest } from './manifest';
import { FIXTURE_MANIFEST } from './test-support/harness';

describe('function time limits', () => {
  const manifest = loadManifest(FIXTURE_MANIFEST);
  const invoker = (scale: number): FunctionInvoker =>
    new FunctionInvoker(
      new FunctionLoader(manifest, '/nowhere'),
      { appId: 'a', appVersion: '1', environmentId: 'e', installationId: 'i', cloudId: 'c', appRoot: '/nowhere', scopes: [], external: {} },
      { forgeFetch: () => () => Promise.reject(new Error('unused')), egress: () => Promise.reject(new Error('unused')), latency: () => Promise.resolve() },
      scale,
      () => 0,
    );

  it('uses the platform limit per module type, and timeoutSeconds only for consumers and scheduled triggers', () => {
    expect(invoker(1).limitMs('resolver', 'resolver')).toBe(25_000);
    expect(invoker(1).limitMs('on-created', 'trigger')).toBe(25_000);
    expect(invoker(1).limitMs('web-hook', 'webtrigger')).toBe(55_000);
    expect(invoker(1).limitMs('scheduled-five', 'scheduledTrigger')).toBe(55_000);
    expect(invoker(1).limitMs('consumer', 'consumer')).toBe(120_000);
    expect(invoker(1).limitMs('consumer', 'trigger')).toBe(TIME_LIMIT_MS.trigger);
    expect(invoker(0.5).limitMs('consumer', 'consumer')).toBe(60_000);
  });

  it('names a missing function or source file', async () => {
    await expect(invoker(1).call({ functionKey: 'nope', moduleKey: 'm', moduleType: 'resolver', accountId: undefined, args: [] })).rejects.toThrow("no function with key 'nope'");
    await expect(invoker(1).call({ functionKey: 'resolver', moduleKey: 'm', moduleType: 'resolver', accountId: undefined, args: [] })).rejects.toThrow('no source file');
  });
});
