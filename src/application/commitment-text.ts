import type { AppConfig, PriorityId } from '../domain/config';

const formatIn = (ms: number, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
};

const safeZone = (zone: string | null, fallback: string): string => {
  if (zone === null) return fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return fallback;
  }
};

export interface Commitment {
  readonly serviceNumber: string;
  readonly priority: PriorityId;
  readonly respondBy: number | null;
  readonly resolveBy: number | null;
}

/** The public acknowledgement with the service number and the commitment, in the requester's language and zone. */
export const commitmentText = (
  config: AppConfig,
  commitment: Commitment,
  requester: { readonly locale: string | null; readonly timeZone: string | null },
): string => {
  const zone = safeZone(requester.timeZone, config.numbering.timezone);
  const zh = requester.locale === null || requester.locale.toLowerCase().startsWith('zh');
  const name = config.priorities[commitment.priority].name;
  const at = (ms: number | null): string => (ms === null ? '—' : formatIn(ms, zone));
  return zh
    ? `您的服务请求已受理，服务单号：${commitment.serviceNumber}，优先级：${name['zh-CN']}。` +
        `我们将在 ${at(commitment.respondBy)} 前响应，并在 ${at(commitment.resolveBy)} 前解决（时区：${zone}）。`
    : `We have received your request. Service number: ${commitment.serviceNumber}, priority: ${name.en}. ` +
        `We will respond by ${at(commitment.respondBy)} and resolve by ${at(commitment.resolveBy)} (time zone: ${zone}).`;
};
