import type { AppConfig } from '../domain/config';
import { holidayCoverage, type HolidayGap } from '../domain/config/holiday-coverage';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import type { IssueEditor, IssueSearch } from './ports';
import { once } from './notify';

const subjectOf = (gap: HolidayGap): string => {
  const reminder = gap.week === 0 ? '' : ` (第${gap.week + 1}次提醒 / reminder ${gap.week + 1})`;
  return gap.when === 'current'
    ? `紧急：${gap.year}年节假日数据缺失 / URGENT: holiday data for ${gap.year} missing${reminder}`
    : `${gap.year}年节假日数据缺失 / Holiday data for ${gap.year} missing${reminder}`;
};

const textOf = (gap: HolidayGap): string =>
  [
    `日历 ${gap.calendars.join('、')} 没有${gap.year}年的法定节假日和调休数据：${gap.year}年的到期时间按没有公共假日计算。`,
    `Calendars ${gap.calendars.join(', ')} have no statutory holiday or make-up workday data for ${gap.year}: due times in ${gap.year} assume no public holidays.`,
    `请管理员在管理页面粘贴国务院办公厅关于${gap.year}年部分节假日安排的通知并保存。`,
    `An admin: open the app's admin page, paste the State Council notice for ${gap.year} and save.`,
  ].join('\n');

/** Every configured robot: unlike SLA events this one cannot be routed away, as nobody may miss it. */
const ROBOTS = ['dingtalk', 'wecom'] as const;

/** Who is told: the duty supervisor and the admin who last saved the configuration. */
const recipientsOf = (config: AppConfig, updatedBy: string | null): string[] =>
  [config.routing.dutySupervisor, updatedBy].filter((id): id is string => id !== undefined && id !== null);

/**
 * Tells people about years the calendars in use have no holiday data for: the current year at once, next
 * year from the configured date. One notice per year and week (the once-marker is keyed by both), so a daily
 * run repeats nothing and a gap left open escalates weekly; the notice stops when the year is covered. Jira
 * mails need an issue to ride on: the most recent open request carries them (the text says why it arrived).
 */
export const warnHolidayCoverage = async (deps: Needs<'clock' | 'config' | 'im' | 'once'> & WithJira<IssueEditor & IssueSearch>): Promise<number> => {
  const { config, updatedBy } = await currentConfig(deps.config);
  const { gaps } = holidayCoverage(config, deps.clock.now());
  let sent = 0;
  for (const gap of gaps) {
    const fired = await once(deps, `holiday-coverage:${gap.year}:${gap.since}:w${gap.week}`, async () => {
      const carrier = (await deps.jira.searchOpen(null, 1)).items[0];
      const recipients = recipientsOf(config, updatedBy);
      if (carrier !== undefined && recipients.length > 0) await deps.jira.notify(carrier.key, recipients, subjectOf(gap), textOf(gap));
      for (const robot of ROBOTS) {
        if (config.notifications[robot] !== undefined) await deps.im.send(robot, `${subjectOf(gap)}\n${textOf(gap)}`);
      }
    });
    if (fired === 'ran') sent += 1;
  }
  return sent;
};
