import { PriorityPreviewSchema, type RpcInvoke } from '../../../src/shared/rpc';
import { createGateway, readError } from './gateway';

const preview = { priority: 'high', rule: null, reason: { en: 'urgency', 'zh-CN': '紧急程度' } };

/** A fake bridge `invoke` answering every call with `answer` and recording what it was sent. */
const fakeInvoke = (answer: () => Promise<unknown>, calls: unknown[] = []): RpcInvoke =>
  ((key: string, payload: unknown) => {
    calls.push([key, payload]);
    return answer();
  }) as RpcInvoke;

describe('createGateway', () => {
  it('sends the key and payload to invoke and returns the data', async () => {
    const calls: unknown[] = [];
    const gateway = createGateway(fakeInvoke(() => Promise.resolve({ ok: true, data: preview }), calls));
    const payload = { category: 'software', subcategory: null, urgency: 'high', impact: null } as const;
    expect(await gateway.call('admin/previewPriority', payload)).toEqual({ ok: true, data: preview });
    expect(calls).toEqual([['admin/previewPriority', payload]]);
  });

  it('checks the data against a schema when the app asks for it, naming the path', async () => {
    const gateway = createGateway(fakeInvoke(() => Promise.resolve({ ok: true, data: { ...preview, priority: 3 } })), {
      'admin/previewPriority': PriorityPreviewSchema,
    });
    const result = await gateway.call('admin/previewPriority', { category: 'x', subcategory: null, urgency: 'low', impact: null });
    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'bad-response', message: expect.stringContaining('priority') });
  });

  it('keeps the backend error code, message and field errors', async () => {
    const error = { code: 'invalid-config', message: 'bad', fieldErrors: [{ path: 'numbering.prefix', message: 'x' }] };
    const gateway = createGateway(fakeInvoke(() => Promise.resolve({ ok: false, error })));
    expect(await gateway.call('admin/getConfig', {})).toEqual({ ok: false, error });
  });

  it('turns a failing bridge call into a transport error', async () => {
    const gateway = createGateway(fakeInvoke(() => Promise.reject(new Error('bridge down'))));
    expect(await gateway.call('admin/getConfig', {})).toEqual({ ok: false, error: { code: 'transport', message: 'bridge down' } });
  });

  it('rejects an answer that is not an envelope', async () => {
    const gateway = createGateway(fakeInvoke(() => Promise.resolve('oops')));
    const result = await gateway.call('admin/getConfig', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('bad-response');
  });
});

describe('readError', () => {
  it('refuses an unknown error code', () => {
    expect(readError({ code: 'teapot', message: 'x' }).code).toBe('bad-response');
  });

  it('drops malformed field errors but keeps the code', () => {
    expect(readError({ code: 'conflict', message: 'stale', fieldErrors: [{ path: 1 }] })).toEqual({ code: 'conflict', message: 'stale' });
  });
});
