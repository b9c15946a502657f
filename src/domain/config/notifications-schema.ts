import { z } from 'zod';
import { SecretNameSchema } from './ids';

export const CHANNELS = ['jira', 'dingtalk', 'wecom'] as const;
export type Channel = (typeof CHANNELS)[number];

const ChannelListSchema = z.array(z.enum(CHANNELS, { error: 'expected one of jira, dingtalk, wecom' }));

/** Query parameters that carry credentials in DingTalk/WeCom robot URLs. */
const CREDENTIAL_PARAMS = ['access_token', 'key', 'secret', 'sign', 'timestamp'];

const webhookUrl = (host: string) =>
  z
    .url({
      protocol: /^https$/,
      hostname: new RegExp(`^${host.replace(/\./g, '\\.')}$`),
      error: `expected an https URL on ${host}`,
    })
    .refine((value) => !URL.canParse(value) || !CREDENTIAL_PARAMS.some((name) => new URL(value).searchParams.has(name)), {
      error: 'the URL must not carry a token; store it as a secret and reference it by name',
    });

export const NotificationsSchema = z.strictObject({
  events: z.strictObject({
    urgentRaised: ChannelListSchema,
    warning: ChannelListSchema,
    breach: ChannelListSchema,
    lowScore: ChannelListSchema,
  }),
  dingtalk: z
    .strictObject({
      webhookUrl: webhookUrl('oapi.dingtalk.com'),
      accessTokenSecret: SecretNameSchema,
      /** Robot "加签" signing secret, when the robot has signing enabled. */
      signingSecret: SecretNameSchema.exactOptional(),
    })
    .exactOptional(),
  wecom: z
    .strictObject({
      webhookUrl: webhookUrl('qyapi.weixin.qq.com'),
      keySecret: SecretNameSchema,
    })
    .exactOptional(),
});
export type Notifications = z.infer<typeof NotificationsSchema>;
export type NotificationEvent = keyof Notifications['events'];
