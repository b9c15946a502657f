import { isPlanComment, planText } from './plan-text';

const plan = {
  temporary: { text: '改用网页版', processingPeriod: null, expectedEffect: null, expectedAt: '2026-12-02T10:00:00.000Z', source: 'remedy' as const, at: '2026-11-30T02:00:00.000Z' },
  permanent: null,
};

describe('planText', () => {
  it('writes Chinese for a zh requester (or one whose language Jira does not say), dates in their zone', () => {
    const zh = planText(plan, 'TS-20261130-001', { locale: 'zh_CN', timeZone: 'Asia/Shanghai' }, 'Asia/Shanghai');
    expect(zh).toBe('处理方案（服务单号 TS-20261130-001）：\n临时方案：改用网页版（预计完成：2026-12-02 18:00（Asia/Shanghai））\n永久方案：暂无');
    expect(planText(plan, 'TS-20261130-001', { locale: null, timeZone: null }, 'Asia/Shanghai')).toBe(zh);
  });

  it('writes English for an English-speaking requester, in their zone', () => {
    expect(planText(plan, 'TS-20261130-001', { locale: 'en_GB', timeZone: 'Europe/London' }, 'Asia/Shanghai')).toBe(
      'Plan for your request TS-20261130-001:\nTemporary plan: 改用网页版 (expected by 2026-12-02 10:00 (Europe/London))\nPermanent plan: not yet decided',
    );
  });

  it('recognises its own comment however Jira breaks the lines', () => {
    const text = planText(plan, 'TS-1', { locale: 'en', timeZone: 'UTC' }, 'UTC');
    expect(isPlanComment(text.replace(/\n/g, '\n\n'), text)).toBe(true);
    expect(isPlanComment(`${text} changed`, text)).toBe(false);
  });
});
