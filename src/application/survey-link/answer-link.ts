import { SURVEY_COMMENT_MAX, SURVEY_ITEM_IDS, type SurveyItemId } from '../../domain/vocabulary/survey-items';
import type { LocalizedText } from '../../domain/config';
import { SurveyScoresSchema, type SurveyScores } from '../../shared/issue-properties';
import type { PortalRecord } from '../../shared/rpc';
import { confirmResolution } from '../confirm-resolution';
import { currentConfig } from '../current-config';
import type { AppDeps, WithJira } from '../deps';
import { getPortalRecord } from '../get-portal-record';
import type { IssueSnapshot, People } from '../ports';
import { readRecord, readSla } from '../service-record-store';
import { submitSurvey } from '../submit-survey';
import { verifyLink, type LinkClaims } from './link-token';

export type LinkLocale = 'zh-CN' | 'en';
export type RefusalReason = 'forged' | 'expired' | 'used' | 'superseded' | 'answered';

/** One field the requester got wrong, named by the label the page shows. */
export interface FieldError {
  readonly field: 'resolved' | SurveyItemId | 'comment';
  readonly label: LocalizedText;
  readonly message: LocalizedText;
}

export interface LinkForm {
  readonly serviceNumber: string;
  readonly summary: string;
  /** Shown when the confirmation is still open; otherwise (confirmed on the portal) only the rating is asked. */
  readonly askConfirm: boolean;
  readonly onResolved: PortalRecord['onResolved'];
  readonly items: readonly { readonly id: SurveyItemId; readonly label: LocalizedText }[];
  readonly defaultLocale: LinkLocale;
}

export type LinkPage =
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly defaultLocale: LinkLocale }
  | {
      readonly kind: 'form';
      readonly form: LinkForm;
      readonly errors: readonly FieldError[];
      readonly values: Readonly<Record<string, string>>;
      readonly defaultLocale: LinkLocale;
    }
  | {
      readonly kind: 'done';
      readonly serviceNumber: string;
      readonly resolved: boolean;
      /** `closed`, `record-only`, `close-failed` after "resolved"; `reopened` after "not resolved". */
      readonly outcome: 'closed' | 'record-only' | 'close-failed' | 'reopened';
      readonly rated: boolean;
      readonly defaultLocale: LinkLocale;
    };

const DAY_MS = 86_400_000;
const RESOLVED_LABEL: LocalizedText = { 'zh-CN': '问题是否已解决', en: 'Is your problem resolved' };
const COMMENT_LABEL: LocalizedText = { 'zh-CN': '意见', en: 'Comment' };

const usedKey = (nonce: string): string => `survey-link:used:${nonce}`;

interface Opened {
  readonly claims: LinkClaims;
  readonly issue: IssueSnapshot;
  readonly view: PortalRecord;
  readonly form: LinkForm;
}

const localeOf = async (deps: WithJira<People>, issue: IssueSnapshot, channel: string | null): Promise<LinkLocale> => {
  if (channel === 'im' || issue.reporterAccountId === null) return 'zh-CN';
  const user = await deps.jira.getUser(issue.reporterAccountId);
  return user?.locale !== null && user?.locale !== undefined && !user.locale.toLowerCase().startsWith('zh') ? 'en' : 'zh-CN';
};

/** Verifies the link and finds what it may still answer; a refusal names why and nothing is read beyond need. */
const open = async (deps: AppDeps, token: string): Promise<Opened | { readonly refused: RefusalReason; readonly locale: LinkLocale }> => {
  const verdict = verifyLink(await deps.links.signingKey(), token, deps.clock.now());
  if (!verdict.ok) return { refused: verdict.reason, locale: 'zh-CN' };
  const { claims } = verdict;
  if ((await deps.store.get(usedKey(claims.nonce))) !== undefined) return { refused: 'used', locale: 'zh-CN' };
  const issue = await deps.jira.getIssue(claims.issueId);
  if (issue === null) return { refused: 'forged', locale: 'zh-CN' };
  const [record, sla] = await Promise.all([readRecord(deps, issue), readSla(deps, issue)]);
  const locale = await localeOf(deps, issue, record?.channel ?? null);
  if (record === null) return { refused: 'forged', locale };
  // A link answers the cycle it was sent for; after a reopen the next resolution sends a new one.
  if ((sla?.resolution?.cycle ?? 1) !== claims.cycle) return { refused: 'superseded', locale };
  const view = await getPortalRecord(deps, issue, 'reporter');
  if (!view.canConfirm && !view.canRate) return { refused: 'answered', locale };
  const { config } = await currentConfig(deps.config);
  const form: LinkForm = {
    serviceNumber: record.serviceNumber,
    summary: issue.summary,
    askConfirm: view.canConfirm,
    onResolved: view.onResolved,
    items: SURVEY_ITEM_IDS.map((id) => ({ id, label: config.survey.items[id].label })),
    defaultLocale: locale,
  };
  return { claims, issue, view, form };
};

/** GET: the form, or why the link cannot be used. */
export const openSurveyLink = async (deps: AppDeps, token: string): Promise<LinkPage> => {
  const opened = await open(deps, token);
  if ('refused' in opened) return { kind: 'refused', reason: opened.refused, defaultLocale: opened.locale };
  return { kind: 'form', form: opened.form, errors: [], values: {}, defaultLocale: opened.form.defaultLocale };
};

const error = (field: FieldError['field'], label: LocalizedText, zh: string, en: string): FieldError => ({ field, label, message: { 'zh-CN': zh, en } });

/** The submitted form, checked whole before anything changes; every problem names its field by its label. */
const readForm = (form: LinkForm, values: Readonly<Record<string, string>>): { errors: FieldError[]; resolved: boolean; scores: SurveyScores | null; comment: string | null } => {
  const errors: FieldError[] = [];
  const answer = form.askConfirm ? values['resolved'] : 'yes';
  if (answer !== 'yes' && answer !== 'no') errors.push(error('resolved', RESOLVED_LABEL, '请选择“已解决”或“未解决”。', 'Choose "resolved" or "not resolved".'));
  const resolved = answer === 'yes';
  const comment = (values['comment'] ?? '').trim();
  if (comment.length > SURVEY_COMMENT_MAX) errors.push(error('comment', COMMENT_LABEL, `最多 ${SURVEY_COMMENT_MAX} 个字符。`, `At most ${SURVEY_COMMENT_MAX} characters.`));
  const scores: Partial<Record<SurveyItemId, number>> = {};
  if (resolved) {
    for (const item of form.items) {
      const raw = values[item.id] ?? '';
      const score = /^[1-5]$/.test(raw) ? Number(raw) : null;
      if (score === null) errors.push(error(item.id, item.label, '请选择 1 到 5 分。', 'Choose a score from 1 to 5.'));
      else scores[item.id] = score;
    }
  }
  const complete = SurveyScoresSchema.safeParse(scores);
  return { errors, resolved, scores: resolved && complete.success ? complete.data : null, comment: comment === '' ? null : comment };
};

/**
 * POST: the same use cases as the portal (confirm-resolution, submit-survey), so the rules, the once-only and the
 * low-score follow-up are identical; the link stands for the request's reporter. Bad input changes nothing and
 * keeps the link usable; a valid answer consumes the link's nonce first (create-if-absent), so it is used once.
 */
export const answerSurveyLink = async (deps: AppDeps, token: string, values: Readonly<Record<string, string>>): Promise<LinkPage> => {
  const opened = await open(deps, token);
  if ('refused' in opened) return { kind: 'refused', reason: opened.refused, defaultLocale: opened.locale };
  const { claims, issue, view, form } = opened;
  const input = readForm(form, values);
  if (input.errors.length > 0) return { kind: 'form', form, errors: input.errors, values, defaultLocale: form.defaultLocale };
  const ttlSeconds = Math.ceil((claims.expiresAt - deps.clock.now() + DAY_MS) / 1000);
  if (!(await deps.store.create(usedKey(claims.nonce), { at: deps.clock.now(), issueId: issue.id, cycle: claims.cycle }, ttlSeconds))) {
    return { kind: 'refused', reason: 'used', defaultLocale: form.defaultLocale };
  }
  const by = issue.reporterAccountId ?? 'survey-link';
  let current: PortalRecord = view;
  if (view.canConfirm) {
    const confirmed = await confirmResolution(deps, issue, 'reporter', by, { resolved: input.resolved, comment: input.resolved ? null : input.comment, via: 'link' });
    if (!confirmed.ok) return { kind: 'refused', reason: 'answered', defaultLocale: form.defaultLocale };
    current = confirmed.data;
  }
  let rated = false;
  if (input.resolved && input.scores !== null && current.canRate) {
    const fresh = (await deps.jira.getIssue(issue.key)) ?? issue;
    const surveyed = await submitSurvey(deps, fresh, by, { scores: input.scores, comment: input.comment });
    rated = surveyed.ok;
    if (surveyed.ok) current = surveyed.data;
  }
  const confirmation = current.confirmation;
  const outcome = !input.resolved
    ? 'reopened'
    : confirmation?.closedWith !== undefined
      ? 'closed'
      : confirmation?.closeFailed !== undefined
        ? 'close-failed'
        : 'record-only';
  return { kind: 'done', serviceNumber: form.serviceNumber, resolved: input.resolved, outcome, rated, defaultLocale: form.defaultLocale };
};
