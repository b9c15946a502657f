import { applyStatutoryYear, compareDays, compileCalendar, parseStateCouncilNotice, type CalendarSpec, type StatutoryYear } from '../domain/calendar';
import type { AppConfig } from '../domain/config';
import { failure, success, type Envelope } from '../shared/envelope';
import type { NoticePreview, StoredConfigDto } from '../shared/rpc';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import type { People } from './ports';
import { saveConfig } from './save-config';

/** The calendars a State Council notice is saved to: those using the PRC statutory set. */
const prcCalendars = (config: AppConfig): [string, CalendarSpec][] =>
  Object.entries(config.calendars).filter(([, spec]) => spec.alwaysOpen !== true && (spec.holidaySets ?? []).includes('cn-statutory'));

const parse = (config: AppConfig, text: string): Envelope<StatutoryYear> => {
  const parsed = parseStateCouncilNotice(text);
  if (!parsed.ok) return failure('invalid-payload', `text: ${parsed.error.message}`, [{ path: 'text', message: parsed.error.message }]);
  if (prcCalendars(config).length === 0) {
    return failure('invalid-state', 'No calendar uses the PRC statutory holidays (cn-statutory); tick it on a calendar first.');
  }
  return success(parsed.value);
};

/**
 * What saving the notice would do, without saving: the year's holidays and make-up workdays and, per
 * calendar using the PRC set, every date that is (or becomes) a holiday or make-up workday and how it changes.
 */
export const previewNotice = async (deps: Needs<'config'>, text: string): Promise<Envelope<NoticePreview>> => {
  const { config } = await currentConfig(deps.config);
  const parsed = parse(config, text);
  if (!parsed.ok) return parsed;
  const schedule = parsed.data;
  const from = [`${schedule.year}-01-01`, ...schedule.holidays, ...schedule.workdays].sort()[0] ?? `${schedule.year}-01-01`;
  const calendars = prcCalendars(config).flatMap(([id, spec]) => {
    const before = compileCalendar(spec);
    const after = compileCalendar(applyStatutoryYear(spec, schedule));
    return before.ok && after.ok ? [{ id, days: compareDays(before.value, after.value, from, `${schedule.year}-12-31`) }] : [];
  });
  return success({ year: schedule.year, holidays: [...schedule.holidays], workdays: [...schedule.workdays], calendars });
};

/**
 * Saves the notice's year into every calendar using the PRC set, as one configuration save on top of
 * `expectedVersion` (so a stale page is refused and running clocks are recomputed like any calendar change).
 * A notice that does not read is refused and nothing is saved.
 */
export const saveNotice = async (
  deps: Needs<'clock' | 'config' | 'logger' | 'queue'> & WithJira<People>,
  by: string | null,
  input: { readonly text: string; readonly expectedVersion: number },
): Promise<Envelope<StoredConfigDto>> => {
  const { config } = await currentConfig(deps.config);
  const parsed = parse(config, input.text);
  if (!parsed.ok) return parsed;
  const calendars = { ...config.calendars };
  for (const [id, spec] of prcCalendars(config)) calendars[id] = applyStatutoryYear(spec, parsed.data);
  return saveConfig(deps, by, { config: { ...config, calendars }, expectedVersion: input.expectedVersion });
};
