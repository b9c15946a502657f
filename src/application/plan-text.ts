import type { Plan, PlanPart } from '../shared/issue-properties';
import { isKnownTimeZone, localDateTime } from '../domain/time';

const PREFIX = { zh: '处理方案', en: 'Plan for your request' } as const;

interface Requester {
  readonly locale: string | null;
  readonly timeZone: string | null;
}

/**
 * The public comment that tells the requester the current plan (issue 13 point 1), in their language (Chinese
 * unless their profile says otherwise, as the acknowledgement) with dates in their zone.
 */
export const planText = (plan: Plan, serviceNumber: string, requester: Requester, fallbackZone: string): string => {
  const zone = requester.timeZone !== null && isKnownTimeZone(requester.timeZone) ? requester.timeZone : fallbackZone;
  const zh = requester.locale === null || requester.locale.toLowerCase().startsWith('zh');
  const part = (label: string, p: PlanPart | null): string => {
    if (p === null) return zh ? `${label}：暂无` : `${label}: not yet decided`;
    const details = [
      p.processingPeriod === null ? null : zh ? `处理周期：${p.processingPeriod}` : `processing period: ${p.processingPeriod}`,
      p.expectedAt === null ? null : zh ? `预计完成：${localDateTime(Date.parse(p.expectedAt), zone)}（${zone}）` : `expected by ${localDateTime(Date.parse(p.expectedAt), zone)} (${zone})`,
      p.expectedEffect === null ? null : zh ? `预期效果：${p.expectedEffect}` : `expected effect: ${p.expectedEffect}`,
    ].filter((d): d is string => d !== null);
    const tail = details.length === 0 ? '' : zh ? `（${details.join('；')}）` : ` (${details.join('; ')})`;
    return zh ? `${label}：${p.text}${tail}` : `${label}: ${p.text}${tail}`;
  };
  return zh
    ? [`${PREFIX.zh}（服务单号 ${serviceNumber}）：`, part('临时方案', plan.temporary), part('永久方案', plan.permanent)].join('\n')
    : [`${PREFIX.en} ${serviceNumber}:`, part('Temporary plan', plan.temporary), part('Permanent plan', plan.permanent)].join('\n');
};

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a comment is this plan's text, as `planText` writes it (to recognise one a crashed run already posted).
 * Line breaks come back from Jira as paragraphs, so whitespace is compared loosely.
 */
export const isPlanComment = (text: string, expected: string): boolean => squash(text) === squash(expected);
