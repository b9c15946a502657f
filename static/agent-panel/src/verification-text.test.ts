import { createTranslate } from '@support-standard/ui-kit/src/i18n';
import { messages } from './messages';
import { verificationText } from './verification-text';

const zh = createTranslate(messages, 'zh-CN');
const en = createTranslate(messages, 'en');
const who = () => '李四';
const at = () => '2026-11-30 10:05';
const verified = (from: 'urgent' | 'high', to: 'urgent' | 'high') => ({ by: 'x', at: '2026-11-30T02:05:00.000Z', from, to, note: null });

describe('the urgency verification line of the agent panel', () => {
  it('says a kept level was confirmed, not "changed urgent to urgent"', () => {
    expect(verificationText(verified('urgent', 'urgent'), zh, who, at)).toEqual({ label: '已核实', line: '李四 于 2026-11-30 10:05 确认 紧急' });
    expect(verificationText(verified('urgent', 'urgent'), en, who, at).line).toBe('李四 confirmed Urgent at 2026-11-30 10:05');
  });

  it('says a changed level was changed, from and to', () => {
    expect(verificationText(verified('high', 'urgent'), zh, who, at).line).toBe('李四 于 2026-11-30 10:05 将 高 改为 紧急');
  });

  it('does not say "verified" before anyone has verified', () => {
    for (const t of [zh, en]) {
      const shown = verificationText(null, t, who, at);
      expect(shown.label).toBe(t('urgencyVerification'));
      expect(`${shown.label} ${shown.line}`).not.toMatch(/已核实|Verified\b|verified urgency/);
    }
  });
});
