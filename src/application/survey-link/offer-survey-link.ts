import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isDoneStatus, type AppConfig } from '../../domain/config';
import { isKnownTimeZone, localDateTime } from '../../domain/time';
import type { ServiceRecord } from '../../shared/issue-properties';
import type { Needs, WithJira } from '../deps';
import { bestEffort } from '../best-effort';
import { once } from '../notify';
import { readRecord, readSla } from '../service-record-store';
import type { ImChannel, IssueEditor, IssueSnapshot, People } from '../ports';
import { signLink } from './link-token';

const DAY_MS = 86_400_000;

/** Where an IM request came from, kept at intake so the resolution can be told in the same group. */
export const imOriginKey = (issueId: string): string => `im:origin:${issueId}`;
export const ImOriginSchema = z.object({ source: z.enum(['dingtalk', 'wecom']), groupId: z.string() });

/** The link page's address for one token. */
export const linkUrl = (pageUrl: string, token: string): string => `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}t=${encodeURIComponent(token)}`;

const LINK_TEXT = {
  zh: (number: string, until: string, url: string) =>
    `您的服务请求 ${number} 已处理完毕。请通过以下链接确认问题是否已解决，并为本次服务评分（${until} 前有效，仅可使用一次）：${url}`,
  en: (number: string, until: string, url: string) =>
    `Your request ${number} has been resolved. Please confirm whether your problem is solved and rate our service at this link (valid until ${until}, single use): ${url}`,
} as const;

/**
 * A request became resolved: the requester gets a signed, expiring, single-use link to confirm and rate —
 * in a public comment (JSM mails public comments to the customer) in their language, and for IM requests also
 * in the group the request came from. Once per request and resolution cycle, however often the event arrives.
 */
export const offerSurveyLink = async (
  deps: Needs<'clock' | 'im' | 'links' | 'once' | 'store'> & WithJira<IssueEditor & People>,
  config: AppConfig,
  issue: IssueSnapshot,
  record: ServiceRecord,
  cycle: number,
  /** Mirrors the same change writes: they ride with the link's comment in one `PUT issue` (issue 15). */
  mirrors: Readonly<Record<string, unknown>> = {},
): Promise<boolean> => {
  if (record.confirmation !== null && record.confirmation.cycle === cycle) return false;
  let carried = false;
  await once(deps, `survey-link:${issue.id}:${cycle}`, async () => {
    const now = deps.clock.now();
    const expiresAt = now + config.confirmation.linkExpiryDays * DAY_MS;
    const token = signLink(await deps.links.signingKey(), { issueId: issue.id, cycle, purpose: 'confirm-survey', expiresAt, nonce: randomUUID() });
    const url = linkUrl(await deps.links.pageUrl(), token);
    const requester = issue.reporterAccountId === null ? null : await deps.jira.getUser(issue.reporterAccountId);
    const zone = requester?.timeZone !== null && requester?.timeZone !== undefined && isKnownTimeZone(requester.timeZone) ? requester.timeZone : config.numbering.timezone;
    const until = localDateTime(expiresAt, zone);
    const zh = requester?.locale === null || requester?.locale === undefined || requester.locale.toLowerCase().startsWith('zh');
    const text = zh ? LINK_TEXT.zh(record.serviceNumber, until, url) : LINK_TEXT.en(record.serviceNumber, until, url);
    if (Object.keys(mirrors).length === 0) await deps.jira.addComment(issue.key, text, 'public');
    else {
      await deps.jira.editIssue(issue.key, { properties: mirrors, publicComment: text });
      carried = true;
    }
    if (record.channel === 'im') {
      const origin = ImOriginSchema.safeParse(await deps.store.get(imOriginKey(issue.id)));
      const channel: ImChannel | null = origin.success ? origin.data.source : null;
      // The group is reached through its robot; an IM requester's language is not known, so both are sent.
      if (channel !== null) await deps.im.send(channel, `${LINK_TEXT.zh(record.serviceNumber, until, url)}\n${LINK_TEXT.en(record.serviceNumber, until, url)}`);
    }
  });
  return carried;
};

/**
 * Offers the link when the request is in a done status now, for its current resolution cycle — from the change
 * trigger (a move into done) and from a catch-up with Jira that found a resolution whose event never arrived, so a
 * lost trigger invocation still ends with the requester asked. Best effort: a failure is logged and the next touch
 * of the request tries again (the once-marker is released when the comment failed).
 */
export const offerSurveyLinkIfResolved = async (
  deps: Needs<'clock' | 'im' | 'links' | 'logger' | 'once' | 'store' | 'truth'> & WithJira<IssueEditor & People>,
  config: AppConfig,
  issue: IssueSnapshot,
  /** Mirrors to write with the link's comment; true comes back only when they were written with it. */
  mirrors: Readonly<Record<string, unknown>> = {},
): Promise<boolean> => {
  if (!isDoneStatus(config, issue.status)) return false;
  const record = await readRecord(deps, issue);
  if (record === null) return false;
  const cycle = (await readSla(deps, issue))?.resolution?.cycle ?? 1;
  let carried = false;
  await bestEffort(deps, `offering the survey link of ${issue.key}`, async () => {
    carried = await offerSurveyLink(deps, config, issue, record, cycle, mirrors);
  });
  return carried;
};
