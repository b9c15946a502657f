import type { Channel, NotificationEvent, Notifications } from '../../../src/domain/config';
import { TextField } from '@support-standard/ui-kit';
import { Checkbox, type SectionProps } from './form-bits';

const EVENTS: readonly NotificationEvent[] = ['urgentRaised', 'warning', 'breach', 'lowScore'];
const CHANNELS: readonly Channel[] = ['jira', 'dingtalk', 'wecom'];

export function NotificationsSection({ config, set, err, t }: SectionProps) {
  const n = config.notifications;
  const setN = (next: Notifications) => {
    set({ ...config, notifications: next });
  };
  const { dingtalk, wecom } = n;
  return (
    <div className="ss-stack">
      <table className="ss-table">
        <caption className="ss-legend" style={{ textAlign: 'left' }}>{t('events')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('events')}</th>
            {CHANNELS.map((c) => (
              <th key={c} scope="col">{t(`channel.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {EVENTS.map((event) => (
            <tr key={event}>
              <th scope="row">{t(`event.${event}`)}</th>
              {CHANNELS.map((channel) => {
                const list = n.events[event];
                return (
                  <td key={channel}>
                    <input
                      type="checkbox"
                      aria-label={`${t(`event.${event}`)}: ${t(`channel.${channel}`)}`}
                      checked={list.includes(channel)}
                      onChange={(e) => {
                        const rest = list.filter((c) => c !== channel);
                        setN({ ...n, events: { ...n.events, [event]: e.currentTarget.checked ? [...rest, channel] : rest } });
                      }}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ss-subtle">{t('secretHelp')}</p>

      <section className="ss-card ss-stack" aria-label={t('channel.dingtalk')}>
        <Checkbox
          label={t('enableDingtalk')}
          checked={dingtalk !== undefined}
          onChange={(on) => {
            const { dingtalk: _dropped, ...rest } = n;
            setN(on ? { ...rest, dingtalk: { webhookUrl: 'https://oapi.dingtalk.com/robot/send', accessTokenSecret: 'DINGTALK_ACCESS_TOKEN' } } : rest);
          }}
        />
        {dingtalk === undefined ? null : (
          <div className="ss-grid">
            <TextField label={t('webhookUrl')} type="url" required value={dingtalk.webhookUrl} error={err('notifications.dingtalk.webhookUrl')} onChange={(webhookUrl) => { setN({ ...n, dingtalk: { ...dingtalk, webhookUrl } }); }} />
            <TextField label={t('tokenSecret')} required value={dingtalk.accessTokenSecret} error={err('notifications.dingtalk.accessTokenSecret')} onChange={(accessTokenSecret) => { setN({ ...n, dingtalk: { ...dingtalk, accessTokenSecret } }); }} />
            <TextField
              label={t('signingSecret')}
              value={dingtalk.signingSecret ?? ''}
              error={err('notifications.dingtalk.signingSecret')}
              onChange={(v) => {
                const { signingSecret: _dropped, ...rest } = dingtalk;
                setN({ ...n, dingtalk: v.trim() === '' ? rest : { ...rest, signingSecret: v.trim() } });
              }}
            />
          </div>
        )}
      </section>

      <section className="ss-card ss-stack" aria-label={t('channel.wecom')}>
        <Checkbox
          label={t('enableWecom')}
          checked={wecom !== undefined}
          onChange={(on) => {
            const { wecom: _dropped, ...rest } = n;
            setN(on ? { ...rest, wecom: { webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send', keySecret: 'WECOM_ROBOT_KEY' } } : rest);
          }}
        />
        {wecom === undefined ? null : (
          <div className="ss-grid">
            <TextField label={t('webhookUrl')} type="url" required value={wecom.webhookUrl} error={err('notifications.wecom.webhookUrl')} onChange={(webhookUrl) => { setN({ ...n, wecom: { ...wecom, webhookUrl } }); }} />
            <TextField label={t('keySecret')} required value={wecom.keySecret} error={err('notifications.wecom.keySecret')} onChange={(keySecret) => { setN({ ...n, wecom: { ...wecom, keySecret } }); }} />
          </div>
        )}
      </section>
    </div>
  );
}
