import type { AppConfig, PriorityId } from '../domain/config';
import { isKnownTimeZone, localDateTime } from '../domain/time';

const safeZone = (zone: string | null, fallback: string): string => {
  if (zone === null) return fallback;
  return isKnownTimeZone(zone) ? zone : fallback;
};

export interface Commitment {
  readonly serviceNumber: string;
  readonly priority: PriorityId;
  readonly respondBy: number | null;
  readonly resolveBy: number | null;
}

const ACK_PREFIX = { zh: '您的服务请求已受理，服务单号：', en: 'We have received your request. Service number: ' } as const;

/** The public acknowledgement with the service number and the commitment, in the requester's language and zone. */
export const commitmentText = (
  config: AppConfig,
  commitment: Commitment,
  requester: { readonly locale: string | null; readonly timeZone: string | null },
): string => {
  const zone = safeZone(requester.timeZone, config.numbering.timezone);
  const zh = requester.locale === null || requester.locale.toLowerCase().startsWith('zh');
  const name = config.priorities[commitment.priority].name;
  const at = (ms: number | null): string => (ms === null ? '—' : localDateTime(ms, zone));
  return zh
    ? `${ACK_PREFIX.zh}${commitment.serviceNumber}，优先级：${name['zh-CN']}。` +
        `我们将在 ${at(commitment.respondBy)} 前响应，并在 ${at(commitment.resolveBy)} 前解决（时区：${zone}）。`
    : `${ACK_PREFIX.en}${commitment.serviceNumber}, priority: ${name.en}. ` +
        `We will respond by ${at(commitment.respondBy)} and resolve by ${at(commitment.resolveBy)} (time zone: ${zone}).`;
};

/** Whether a comment is the acknowledgement of this service number (in either language), as `commitmentText` writes it. */
export const isAcknowledgement = (text: string, serviceNumber: string): boolean =>
  text.startsWith(`${ACK_PREFIX.zh}${serviceNumber}，`) || text.startsWith(`${ACK_PREFIX.en}${serviceNumber}, `);
