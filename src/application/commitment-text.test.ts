import { defaultConfig } from '../domain/config';
import { commitmentText } from './commitment-text';

describe('commitmentText', () => {
  const config = defaultConfig();
  const commitment = {
    serviceNumber: 'TS-20261130-001',
    priority: 'high' as const,
    respondBy: Date.UTC(2026, 10, 30, 4, 0),
    resolveBy: Date.UTC(2026, 10, 30, 6, 0),
  };

  it('speaks Chinese in the requester’s zone by default', () => {
    expect(commitmentText(config, commitment, { locale: 'zh_CN', timeZone: 'Asia/Shanghai' })).toBe(
      '您的服务请求已受理，服务单号：TS-20261130-001，优先级：高。我们将在 2026-11-30 12:00 前响应，并在 2026-11-30 14:00 前解决（时区：Asia/Shanghai）。',
    );
    expect(commitmentText(config, commitment, { locale: null, timeZone: null })).toContain('2026-11-30 12:00');
  });

  it('speaks English to an English-speaking requester, in their zone, across a date line', () => {
    expect(commitmentText(config, commitment, { locale: 'en_US', timeZone: 'America/Los_Angeles' })).toBe(
      'We have received your request. Service number: TS-20261130-001, priority: High. We will respond by 2026-11-29 20:00 and resolve by 2026-11-29 22:00 (time zone: America/Los_Angeles).',
    );
  });

  it('falls back to the numbering zone for an unknown zone and says when a clock has no due time', () => {
    const text = commitmentText(config, { ...commitment, resolveBy: null }, { locale: 'en', timeZone: 'Mars/Olympus' });
    expect(text).toContain('respond by 2026-11-30 12:00 and resolve by — (time zone: Asia/Shanghai)');
  });
});
