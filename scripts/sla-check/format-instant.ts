const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/** The offset spelling of an ISO instant (`+08:00`, `Z`), so a result can be shown the way it was expected. */
export const offsetOf = (iso: string): string => OFFSET.exec(iso)?.[1] ?? 'Z';

const offsetMinutes = (offset: string): number => {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
};

/** ISO 8601 with the given offset, seconds always, milliseconds only when present. */
export const formatInstant = (ms: number, offset = 'Z'): string => {
  if (!Number.isFinite(ms)) return String(ms);
  const local = new Date(ms + offsetMinutes(offset) * 60_000).toISOString();
  const withoutZone = local.endsWith('.000Z') ? local.slice(0, -5) : local.slice(0, -1);
  return `${withoutZone}${offset}`;
};
