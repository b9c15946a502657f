import { CHANNELS } from '../../../src/shared/issue-properties';
import { createTranslate } from '@support-standard/ui-kit/src/i18n';
import { assumedFieldsLine, channelLabel } from './intake-labels';
import { messages } from './messages';

const en = createTranslate(messages, 'en');
const zh = createTranslate(messages, 'zh-CN');

describe('intake labels in the agent panel', () => {
  it.each([
    ['portal', 'Customer portal', '服务门户'],
    ['walk-in', 'Walk-in', '现场来访'],
  ] as const)('names the %s channel in both languages', (channel, english, chinese) => {
    expect(channelLabel(channel, en)).toBe(english);
    expect(channelLabel(channel, zh)).toBe(chinese);
  });

  it('gives every channel its own name, never the id', () => {
    const names = CHANNELS.map((channel) => channelLabel(channel, zh));
    expect(new Set(names).size).toBe(CHANNELS.length);
    CHANNELS.forEach((channel, i) => {
      expect(names[i]).not.toBe(channel);
    });
  });

  it('lists the defaulted fields by name in the viewer language', () => {
    expect(assumedFieldsLine(['category', 'subcategory', 'channel'], en)).toBe('Category, Subcategory, Channel');
    expect(assumedFieldsLine(['urgency', 'impact'], zh)).toBe('紧急程度、影响范围');
  });

  it('keeps an unknown field visible as its id', () => {
    expect(assumedFieldsLine(['department', 'constructor'], en)).toBe('department, constructor');
  });
});
