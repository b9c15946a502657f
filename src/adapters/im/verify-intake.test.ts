import { createHmac } from 'node:crypto';
import { verifyIntake, WINDOW_MS } from './verify-intake';

const NOW = 1764468000000;
const env = { IM_INTAKE_DINGTALK_SECRET: 'SECapp', IM_INTAKE_WECOM_SECRET: 'relay' };
const b64 = (secret: string, message: string) => createHmac('sha256', secret).update(message, 'utf8').digest('base64');
const dingtalk = (timestamp: number, secret = 'SECapp') => ({ timestamp: [String(timestamp)], sign: [b64(secret, `${timestamp}\n${secret}`)] });
const relay = (timestamp: number, nonce: string, body: string, secret = 'relay') => ({
  'X-SS-Timestamp': [String(timestamp)],
  'X-SS-Nonce': [nonce],
  'X-SS-Signature': [b64(secret, `${timestamp}\n${nonce}\n${body}`)],
});

describe('verifyIntake', () => {
  it('accepts DingTalk’s outgoing-robot signature inside the window, with a replay key per signature', () => {
    const first = verifyIntake({ headers: dingtalk(NOW - WINDOW_MS), body: '{}' }, env, NOW);
    const second = verifyIntake({ headers: dingtalk(NOW + 1), body: '{}' }, env, NOW);
    expect(first).toMatchObject({ ok: true, source: 'dingtalk' });
    expect(second).toMatchObject({ ok: true, source: 'dingtalk' });
    if (first.ok && second.ok) {
      expect(first.replayKey).toMatch(/^im:seen:dingtalk:[0-9a-f]{64}$/);
      expect(first.replayKey).not.toBe(second.replayKey);
    }
  });

  it('refuses a stale or future timestamp, a wrong secret and a tampered signature', () => {
    expect(verifyIntake({ headers: dingtalk(NOW - WINDOW_MS - 1), body: '' }, env, NOW)).toEqual({ ok: false, reason: 'stale' });
    expect(verifyIntake({ headers: dingtalk(NOW + WINDOW_MS + 1), body: '' }, env, NOW)).toEqual({ ok: false, reason: 'stale' });
    expect(verifyIntake({ headers: dingtalk(NOW, 'SECother'), body: '' }, env, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyIntake({ headers: { ...dingtalk(NOW), sign: ['x'] }, body: '' }, env, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyIntake({ headers: { timestamp: ['soon'], sign: ['x'] }, body: '' }, env, NOW)).toEqual({ ok: false, reason: 'stale' });
  });

  it('signs the relay’s body too: a changed body is refused; header names are case-insensitive', () => {
    const body = '{"chatid":"g","text":"打印机"}';
    expect(verifyIntake({ headers: relay(NOW, 'n1', body), body }, env, NOW)).toMatchObject({ ok: true, source: 'wecom' });
    expect(verifyIntake({ headers: relay(NOW, 'n1', body), body: body.replace('打印机', '空调') }, env, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses unsigned requests, and everything while no secret is configured', () => {
    expect(verifyIntake({ headers: {}, body: '' }, env, NOW)).toEqual({ ok: false, reason: 'unsigned' });
    expect(verifyIntake({ headers: dingtalk(NOW), body: '' }, {}, NOW)).toEqual({ ok: false, reason: 'not-configured' });
    expect(verifyIntake({ headers: relay(NOW, 'n', ''), body: '' }, {}, NOW)).toEqual({ ok: false, reason: 'not-configured' });
  });
});
