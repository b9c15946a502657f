import { adfToText, formatInstant, lozengeClass } from './format';

describe('format', () => {
  it('shows instants in the service desk zone', () => {
    expect(formatInstant('2026-01-15T01:30:00Z', 'zh-CN')).toBe('2026/01/15 09:30');
    expect(formatInstant('2026-01-15T01:30:00Z', 'en')).toBe('15/01/2026, 09:30');
  });

  it('flattens ADF paragraphs into lines', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'CRM系统' }, { type: 'text', text: '无法新建客户' }] },
        { type: 'paragraph', content: [{ type: 'text', text: "报错'权限不足'" }] },
      ],
    };
    expect(adfToText(doc)).toBe("CRM系统无法新建客户\n报错'权限不足'");
    expect(adfToText('plain')).toBe('plain');
  });

  it('maps status categories to lozenges', () => {
    expect(lozengeClass('done')).toBe('done');
    expect(lozengeClass('undefined')).toBe('');
  });
});
