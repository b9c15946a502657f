import { compileCalendar } from '../../domain/calendar';
import type { AppConfig } from '../../domain/config';
import { SURVEY_ITEM_IDS } from '../../domain/survey';
import { localDateTime } from '../../domain/time';
import type { SurveyProperty } from '../../shared/issue-properties';
import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type FollowUpProperty } from '../../shared/rpc';
import type { Needs, WithJira } from '../deps';
import { once, sendNotice } from '../notify';
import { type IssueCreator, type IssueEditor, type IssueSearch, type IssueSnapshot, RetryLaterError } from '../ports';
import { readRecord, readSurvey, writeSurvey } from '../service-record-store';
import { CREATE_LEASE_MS, FollowUpClaimSchema, followUpClaimKey } from './follow-up-claim';

const RELATES = 'Relates';

const ownerOf = (config: AppConfig): string | null => {
  const owner = config.survey.followUp.owner;
  return owner.type === 'account' ? owner.accountId : (config.routing.dutySupervisor ?? null);
};

/** Working time of the configured calendar; round-the-clock time if the calendar is missing or invalid. */
const dueAt = (config: AppConfig, from: number): number => {
  const { calendar, dueBusinessMinutes } = config.survey.followUp;
  const compiled = compileCalendar(config.calendars[calendar] ?? { timezone: 'UTC', alwaysOpen: true });
  return compiled.ok ? compiled.value.due(from, dueBusinessMinutes) : from + dueBusinessMinutes * 60_000;
};

/** "响应速度 Response speed 2, …": each item by its configured label in both languages, never its internal key. */
const scoreLine = (config: AppConfig, survey: SurveyProperty): string =>
  SURVEY_ITEM_IDS.map((item) => {
    const label = config.survey.items[item].label;
    return `${label['zh-CN']} ${label.en} ${survey.scores[item]}`;
  }).join(', ');

/** The due time as the follow-up calendar's wall clock ("2026-12-01 10:00 (Asia/Shanghai)"), not raw UTC. */
const dueLine = (config: AppConfig, due: number): string => {
  const zone = config.calendars[config.survey.followUp.calendar]?.timezone ?? 'UTC';
  return `${localDateTime(due, zone)} (${zone})`;
};

/** A follow-up task already in Jira for this request and cycle (found through the `fuOriginal` index). */
const findExisting = async (deps: Needs<'truth'> & WithJira<IssueSearch>, original: IssueSnapshot, cycle: number): Promise<string | null> => {
  const page = await deps.jira.search(`fuOriginal = "${original.key}" ORDER BY created ASC`, [FOLLOW_UP_PROPERTY], null, 50);
  for (const hit of page.items) {
    const parsed = FollowUpPropertySchema.safeParse(hit.properties[FOLLOW_UP_PROPERTY]);
    if (parsed.success && parsed.data.originalId === original.id && parsed.data.cycle === cycle) {
      // Created by an invocation that died before storing it: the app wrote this property with the task, so
      // it is adopted as the stored follow-up (unless one is stored already).
      if ((await deps.truth.get(hit.id, FOLLOW_UP_PROPERTY)) === undefined) await deps.truth.set(hit.id, hit.key, FOLLOW_UP_PROPERTY, parsed.data);
      return hit.key;
    }
  }
  return null;
};

const createTask = async (
  deps: Needs<'clock' | 'truth'> & WithJira<IssueCreator>,
  config: AppConfig,
  original: IssueSnapshot,
  survey: SurveyProperty,
): Promise<string> => {
  const record = await readRecord(deps, original);
  const now = deps.clock.now();
  const owner = ownerOf(config);
  const property: FollowUpProperty = {
    originalKey: original.key,
    originalId: original.id,
    cycle: survey.cycle,
    due: new Date(dueAt(config, now)).toISOString(),
    status: 'open',
    owner,
    scores: { ...survey.scores },
    comment: survey.comment,
  };
  const number = record?.serviceNumber ?? original.key;
  const created = await deps.jira.createIssue({
    projectId: original.projectId,
    issueTypeName: config.survey.followUp.issueType,
    summary: `回访 Follow-up ${number}: ${original.summary}`.slice(0, 255),
    description: [
      `Low satisfaction on ${original.key} (${number}) / 满意度低分`,
      `Scores / 评分: ${scoreLine(config, survey)}; lowest / 最低 ${survey.min}, average / 平均 ${survey.avg}`,
      `Comment / 评价: ${survey.comment ?? '-'}`,
      `Due / 回访期限: ${dueLine(config, Date.parse(property.due))}`,
    ].join('\n'),
    assigneeAccountId: owner,
    properties: { [FOLLOW_UP_PROPERTY]: property },
  });
  // The create call wrote the mirror; app storage holds the follow-up that decisions read.
  await deps.truth.set(created.id, created.key, FOLLOW_UP_PROPERTY, property);
  return created.key;
};

/** Link, survey pointer, internal comment and notices: each safe to repeat. */
const complete = async (
  deps: Needs<'clock' | 'im' | 'once' | 'truth'> & WithJira<IssueEditor & IssueCreator>,
  config: AppConfig,
  original: IssueSnapshot,
  survey: SurveyProperty,
  taskKey: string,
): Promise<void> => {
  await once(deps, `followup-link:${original.id}:${survey.cycle}`, () => deps.jira.linkIssues(RELATES, taskKey, original.key));
  const current = await readSurvey(deps, original.id);
  if (current !== null && current.cycle === survey.cycle && current.followUp === null) {
    await writeSurvey(deps, original, { ...current, followUp: { issueKey: taskKey, status: 'open' } });
  }
  await once(deps, `followup-comment:${original.id}:${survey.cycle}`, () =>
    deps.jira.addComment(original.key, `回访任务 Follow-up task ${taskKey} opened after a low satisfaction score (lowest ${survey.min}, average ${survey.avg}).`, 'internal'),
  );
  const owner = ownerOf(config);
  await once(deps, `lowscore:${original.id}:${survey.cycle}`, () =>
    sendNotice(deps, config, {
      event: 'lowScore',
      issueKey: taskKey,
      recipients: owner === null ? [] : [owner],
      subject: `[${original.key}] Low satisfaction score, follow-up ${taskKey} / 满意度低分，请回访`,
      text: `${original.key}: lowest ${survey.min}, average ${survey.avg}. Follow-up task ${taskKey}.`,
    }),
  );
};

/**
 * Opens the follow-up task of a low survey exactly once per request and cycle. The KVS claim comes before
 * the Jira create; a claim left `creating` past its lease is recovered by looking for the task in Jira
 * (created but not recorded) before creating one. Returns the task's key, or null when the survey is not low.
 */
export const startFollowUp = async (
  deps: Needs<'clock' | 'im' | 'once' | 'store' | 'truth'> & WithJira<IssueEditor & IssueCreator & IssueSearch>,
  config: AppConfig,
  original: IssueSnapshot,
  survey: SurveyProperty,
): Promise<string | null> => {
  if (!survey.low) return null;
  const key = followUpClaimKey(original.id, survey.cycle);
  let taskKey: string | null = null;
  if (await deps.store.create(key, { state: 'creating', at: deps.clock.now() })) {
    taskKey = await createTask(deps, config, original, survey);
  } else {
    const claim = FollowUpClaimSchema.parse(await deps.store.get(key));
    if (claim.state === 'created') taskKey = claim.issueKey;
    else if (deps.clock.now() - claim.at < CREATE_LEASE_MS) {
      throw new RetryLaterError(`follow-up of ${original.key} is being created elsewhere`, Math.ceil(CREATE_LEASE_MS / 1000));
    } else {
      taskKey = await findExisting(deps, original, survey.cycle);
      if (taskKey === null) {
        await deps.store.set(key, { state: 'creating', at: deps.clock.now() });
        taskKey = await createTask(deps, config, original, survey);
      }
    }
  }
  await deps.store.set(key, { state: 'created', issueKey: taskKey });
  await complete(deps, config, original, survey, taskKey);
  return taskKey;
};
