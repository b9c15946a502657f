import { RetryLaterError } from '../../application/ports';
import { rpcHandler } from './rpc-handler';

describe('rpcHandler', () => {
  const context = { accountId: 'lisi', extension: { issue: { key: 'ITS-1' }, project: { id: 10000 } } };

  it('refuses a malformed payload without running the handler', async () => {
    const handle = jest.fn();
    const result = await rpcHandler('agent/verifyUrgency', handle)({ payload: { urgency: 'critical' }, context });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'urgency' }, { path: 'note' }] } });
    expect(handle).not.toHaveBeenCalled();
  });

  it('passes the parsed payload and the platform context (project ids as strings)', async () => {
    const handle = jest.fn().mockResolvedValue({ ok: true, data: null });
    await rpcHandler('agent/verifyUrgency', handle)({ payload: { urgency: 'high', note: null }, context });
    expect(handle).toHaveBeenCalledWith({ urgency: 'high', note: null }, { accountId: 'lisi', extension: { issue: { key: 'ITS-1' }, project: { id: '10000' } } });
  });

  it('answers unavailable when Jira keeps refusing, and lets real bugs surface', async () => {
    const busy = rpcHandler('admin/getConfig', () => Promise.reject(new RetryLaterError('busy', 5)));
    expect(await busy({ payload: {}, context: {} })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const bug = rpcHandler('admin/getConfig', () => Promise.reject(new TypeError('boom')));
    await expect(bug({ payload: {}, context: {} })).rejects.toThrow('boom');
  });
});
