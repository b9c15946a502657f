import { defaultConfig, type Notifications } from '../../domain/config';
import { dingtalkSign } from './dingtalk-sign';
import { robotUrl } from './robot-url';

const settings: Notifications = {
  ...defaultConfig().notifications,
  dingtalk: { webhookUrl: 'https://oapi.dingtalk.com/robot/send', accessTokenSecret: 'DINGTALK_TOKEN', signingSecret: 'DINGTALK_SIGN' },
  wecom: { webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send', keySecret: 'WECOM_KEY' },
};
const NOW = 1764468000000;

describe('robot URLs from the configuration and Forge variables', () => {
  it('DingTalk: access token, millisecond timestamp and the URL-encoded signature', () => {
    const url = robotUrl(settings, 'dingtalk', { DINGTALK_TOKEN: 'tok', DINGTALK_SIGN: 'SECabc' }, NOW);
    expect(url?.searchParams.get('access_token')).toBe('tok');
    expect(url?.searchParams.get('timestamp')).toBe(String(NOW));
    expect(url?.searchParams.get('sign')).toBe(dingtalkSign('SECabc', String(NOW)));
    expect(url?.href).toContain(`sign=${encodeURIComponent(dingtalkSign('SECabc', String(NOW)))}`);
  });

  it('DingTalk without signing: no timestamp or sign', () => {
    const url = robotUrl(settings, 'dingtalk', { DINGTALK_TOKEN: 'tok' }, NOW);
    expect(url?.searchParams.has('sign')).toBe(false);
  });

  it('WeCom: the webhook key', () => {
    expect(robotUrl(settings, 'wecom', { WECOM_KEY: 'k-1' }, NOW)?.href).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1');
  });

  it('skips a robot whose variable is not set, or that is not configured', () => {
    expect(robotUrl(settings, 'wecom', {}, NOW)).toBeNull();
    expect(robotUrl(defaultConfig().notifications, 'dingtalk', { DINGTALK_TOKEN: 'tok' }, NOW)).toBeNull();
  });
});
