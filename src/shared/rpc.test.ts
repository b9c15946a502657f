import { RESOLVER_FUNCTION_BY_AREA, rpcPayloads, rpcResults, RPC_KEYS, rpcKeysOf, type RpcArea } from './rpc';
import { failure, success, envelopeSchema } from './envelope';

describe('rpc contract', () => {
  it('namespaces every key as area/verb and gives each a result schema', () => {
    for (const key of RPC_KEYS) {
      expect(key).toMatch(/^[a-z]+\/[a-z][A-Za-z]+$/);
      expect(Object.keys(RESOLVER_FUNCTION_BY_AREA)).toContain(key.split('/')[0]);
      expect(rpcResults[key]).toBeDefined();
    }
    expect(Object.keys(rpcResults).sort()).toEqual([...RPC_KEYS].sort());
  });

  it('splits keys by area without overlap', () => {
    const areas = Object.keys(RESOLVER_FUNCTION_BY_AREA) as RpcArea[];
    const all = areas.flatMap((area) => rpcKeysOf(area));
    expect(all.sort()).toEqual([...RPC_KEYS].sort());
  });

  it('rejects unknown payload fields so typos surface as invalid-payload', () => {
    expect(rpcPayloads['agent/verifyUrgency'].safeParse({ urgency: 'high', note: null, issueKey: 'X-1' }).success).toBe(false);
    expect(rpcPayloads['agent/verifyUrgency'].safeParse({ urgency: 'high', note: null }).success).toBe(true);
    expect(rpcPayloads['agent/verifyUrgency'].safeParse({ urgency: 'critical', note: null }).success).toBe(false);
  });

  it('builds envelopes that the envelope schema accepts', () => {
    const schema = envelopeSchema(rpcResults['admin/importIcs']);
    expect(schema.safeParse(success({ holidays: [{ date: '2026-10-01', name: '国庆节' }], workdays: [], conventions: [] })).success).toBe(true);
    const refused = failure('invalid-config', 'bad', [{ path: 'numbering.padding', message: 'too small' }]);
    expect(schema.safeParse(refused).success).toBe(true);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid-config', message: 'bad', fieldErrors: [{ path: 'numbering.padding', message: 'too small' }] },
    });
  });
});
