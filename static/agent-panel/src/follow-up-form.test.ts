import { createTranslate } from '@support-standard/ui-kit/src/i18n';
import { errorsFromBackend, followUpPayload } from './follow-up-form';
import { followUpMessages } from './follow-up-messages';

const en = createTranslate(followUpMessages, 'en');
const zh = createTranslate(followUpMessages, 'zh-CN');
const ZONE = 'Asia/Shanghai';

describe('followUpPayload', () => {
  it('pins the contact time to the viewer’s zone and trims the texts', () => {
    const result = followUpPayload({ contactAt: '2026-11-30T10:05', outcome: ' called back ', improvement: 'train the desk' }, true, ZONE, en);
    expect(result).toEqual({
      ok: true,
      payload: { contactAt: '2026-11-30T10:05:00+08:00', outcome: 'called back', improvement: 'train the desk', close: true },
    });
  });

  it('saves a partial record without closing, sending null for what is empty', () => {
    expect(followUpPayload({ contactAt: '', outcome: 'left a message', improvement: ' ' }, false, ZONE, en)).toEqual({
      ok: true,
      payload: { contactAt: null, outcome: 'left a message', improvement: null, close: false },
    });
  });

  it('names every missing field when closing', () => {
    const result = followUpPayload({ contactAt: '', outcome: 'ok', improvement: '' }, true, ZONE, zh);
    expect(result).toEqual({ ok: false, errors: { contactAt: '关闭回访前请填写回访时间。', improvement: '关闭回访前请填写改进措施。' } });
  });

  it('refuses a wall time that does not exist in the zone, naming the field', () => {
    const result = followUpPayload({ contactAt: '2026-03-08T02:30', outcome: '', improvement: '' }, false, 'America/New_York', en);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.contactAt).toContain('Contact time');
  });

  it('refuses texts over 2000 characters', () => {
    const result = followUpPayload({ contactAt: '', outcome: 'x'.repeat(2001), improvement: '' }, false, ZONE, en);
    expect(result).toEqual({ ok: false, errors: { outcome: 'Outcome of the call: at most 2000 characters.' } });
  });
});

describe('errorsFromBackend', () => {
  it('places backend errors under the field their path names and drops unknown paths', () => {
    expect(errorsFromBackend([{ path: 'outcome', message: 'Too long' }, { path: 'close', message: 'x' }], en)).toEqual({ outcome: 'Outcome of the call: Too long' });
  });
});
