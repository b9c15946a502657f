import { useMemo, useState } from 'react';
import { compileCalendar } from '../../../src/domain/calendar/compile-calendar';
import { nextWorkingDays } from '../../../src/domain/calendar/describe-calendar';
import type { CalendarSpec, Weekday, WorkdayEntry } from '../../../src/domain/calendar/types';
import { Banner, ErrorState, TextField, formatDate, useUi, type Translate } from '@support-standard/ui-kit';
import { formatWindows, parseWindows, splitList } from './edit-helpers';
import { Checkbox, ListField, ParsedField } from './form-bits';
import type { AdminKey } from './messages';
import type { SectionComponentProps } from './sections';

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const windowsText = (windows: readonly (readonly [string, string])[]) => formatWindows(windows);

export function CalendarsSection({ config, set, err, t, gateway }: SectionComponentProps) {
  const [newId, setNewId] = useState('');
  const ids = Object.keys(config.calendars);
  const setCalendar = (id: string, spec: CalendarSpec) => {
    set({ ...config, calendars: { ...config.calendars, [id]: spec } });
  };
  return (
    <div className="ss-stack">
      {ids.map((id) => {
        const spec = config.calendars[id];
        return spec === undefined ? null : (
          <CalendarEditor key={id} id={id} spec={spec} err={err} t={t} gateway={gateway} onChange={(next) => { setCalendar(id, next); }} />
        );
      })}
      <div className="ss-row" style={{ alignItems: 'flex-end' }}>
        <TextField label={t('calendarId')} value={newId} onChange={setNewId} />
        <button
          type="button"
          className="ss-button"
          disabled={newId.trim() === '' || ids.includes(newId.trim())}
          onClick={() => {
            setCalendar(newId.trim(), { timezone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] }, holidaySets: ['cn-statutory'] });
            setNewId('');
          }}
        >
          {t('addCalendar')}
        </button>
      </div>
    </div>
  );
}

interface EditorProps {
  readonly id: string;
  readonly spec: CalendarSpec;
  readonly err: (path: string) => string | undefined;
  readonly t: Translate<AdminKey>;
  readonly gateway: SectionComponentProps['gateway'];
  readonly onChange: (spec: CalendarSpec) => void;
}

function CalendarEditor({ id, spec, err, t, gateway, onChange }: EditorProps) {
  const path = `calendars.${id}`;
  const plainWorkdays = (spec.workdays ?? []).filter((d): d is string => typeof d === 'string');
  const entryWorkdays = (spec.workdays ?? []).filter((d): d is WorkdayEntry => typeof d !== 'string');
  const cn = (spec.holidaySets ?? []).includes('cn-statutory');
  return (
    <section className="ss-card ss-stack" aria-label={id} data-calendar={id}>
      <h3>{id}</h3>
      <div className="ss-grid">
        <TextField label={t('timezone')} required value={spec.timezone} error={err(`${path}.timezone`)} onChange={(timezone) => { onChange({ ...spec, timezone }); }} />
        <Checkbox label={t('alwaysOpen')} checked={spec.alwaysOpen === true} onChange={(on) => { const { alwaysOpen: _dropped, ...rest } = spec; onChange(on ? { ...rest, alwaysOpen: true } : rest); }} />
      </div>
      {spec.alwaysOpen === true ? null : (
        <>
          <strong>{t('weekly')}</strong>
          <div className="ss-grid">
            {WEEKDAYS.map((day) => (
              <ParsedField
                key={day}
                label={t(`day.${day}`)}
                help={t('windowsHelp')}
                value={spec.weekly?.[day] ?? []}
                format={windowsText}
                parse={parseWindows}
                error={err(`${path}.weekly.${day}`) ?? err(`${path}.weekly.${day}[0]`) ?? err(`${path}.weekly.${day}[1]`)}
                onChange={(windows) => { onChange({ ...spec, weekly: { ...spec.weekly, [day]: windows } }); }}
              />
            ))}
          </div>
          <Checkbox label={t('cnSet')} checked={cn} onChange={(on) => { onChange({ ...spec, holidaySets: on ? ['cn-statutory'] : [] }); }} />
          <div className="ss-grid">
            <ListField label={t('holidays')} help={t('datesHelp')} multiline value={spec.holidays ?? []} error={firstUnder(err, `${path}.holidays`, spec.holidays?.length ?? 0)} onChange={(holidays) => { onChange({ ...spec, holidays }); }} />
            <ListField label={t('workdays')} help={t('datesHelp')} multiline value={plainWorkdays} error={firstUnder(err, `${path}.workdays`, spec.workdays?.length ?? 0)} onChange={(dates) => { onChange({ ...spec, workdays: [...dates, ...entryWorkdays] }); }} />
          </div>
          {cn ? (
            <ParsedField
              label={t('coveredYears')}
              help={t('coveredYearsHelp')}
              value={spec.coveredYears ?? []}
              format={formatYears}
              parse={parseYears}
              error={firstUnder(err, `${path}.coveredYears`, spec.coveredYears?.length ?? 0)}
              onChange={(years) => { const { coveredYears: _dropped, ...rest } = spec; onChange(years.length === 0 ? rest : { ...rest, coveredYears: years }); }}
            />
          ) : null}
          <IcsImport gateway={gateway} t={t} onDates={(holidays, workdays) => { onChange(mergeDates(spec, holidays, workdays)); }} />
        </>
      )}
      <CalendarPreview spec={spec} t={t} />
    </section>
  );
}

const formatYears = (years: readonly number[]) => years.join(', ');
/** Anything that is not a whole number stays NaN, so the schema names the entry. */
const parseYears = (text: string): number[] => splitList(text).map((item) => (/^\d+$/.test(item) ? Number(item) : Number.NaN));

/** The first error on a list or any of its items (the schema reports an item by its index). */
const firstUnder = (err: (path: string) => string | undefined, path: string, length: number): string | undefined => {
  const own = err(path);
  if (own !== undefined) return own;
  for (let i = 0; i < length; i += 1) {
    const item = err(`${path}[${i}]`);
    if (item !== undefined) return `#${i + 1}: ${item}`;
  }
  return undefined;
};

/** The feed's holidays and make-up workdays join the calendar's; where they disagree with it, the feed wins. */
const mergeDates = (spec: CalendarSpec, holidays: readonly string[], workdays: readonly string[]): CalendarSpec => {
  const opens = new Set(workdays);
  const closes = new Set(holidays);
  const dateOf = (d: string | WorkdayEntry) => (typeof d === 'string' ? d : d.date);
  return {
    ...spec,
    holidays: [...new Set([...(spec.holidays ?? []).filter((d) => !opens.has(d)), ...holidays])].sort(),
    workdays: [...(spec.workdays ?? []).filter((d) => !closes.has(dateOf(d)) && !opens.has(dateOf(d))), ...opens].sort((a, b) => dateOf(a).localeCompare(dateOf(b))),
  };
};

function IcsImport({ gateway, t, onDates }: { readonly gateway: SectionComponentProps['gateway']; readonly t: Translate<AdminKey>; readonly onDates: (holidays: readonly string[], workdays: readonly string[]) => void }) {
  const [added, setAdded] = useState<{ holidays: number; workdays: number; conventions: string } | null>(null);
  const [error, setError] = useState<Parameters<typeof ErrorState>[0]['error'] | null>(null);
  const read = async (file: File) => {
    setAdded(null);
    setError(null);
    const result = await gateway.call('admin/importIcs', { ics: await file.text() });
    if (result.ok) {
      const { holidays, workdays, conventions } = result.data;
      onDates(holidays.map((d) => d.date), workdays.map((d) => d.date));
      setAdded({ holidays: holidays.length, workdays: workdays.length, conventions: conventions.join(' · ') });
    } else {
      setError(result.error);
    }
  };
  return (
    <div className="ss-field">
      <label>
        {t('icsImport')}
        <input type="file" accept=".ics,text/calendar" style={{ display: 'block', marginTop: 'var(--ss-space-050)' }} onChange={(e) => { const file = e.currentTarget.files?.[0]; if (file !== undefined) void read(file); }} />
      </label>
      {added === null ? null : (
        <Banner tone="success">
          <span data-ics-result>{t('icsRead', { holidays: added.holidays, workdays: added.workdays })}</span>
          <br />
          <span className="ss-subtle">{t('icsConventions', { conventions: added.conventions })}</span>
        </Banner>
      )}
      {error === null ? null : <ErrorState error={error} />}
    </div>
  );
}

/** Next ten working days and a warning for years the built-in holiday data does not cover. */
function CalendarPreview({ spec, t }: { readonly spec: CalendarSpec; readonly t: Translate<AdminKey> }) {
  const { locale } = useUi();
  const preview = useMemo(() => {
    const compiled = compileCalendar(spec);
    if (!compiled.ok) return null;
    const now = Date.now();
    const year = new Date(now).getUTCFullYear();
    return { days: nextWorkingDays(compiled.value, now, 10), missing: compiled.value.uncoveredYears(year, year + 1) };
  }, [spec]);
  if (preview === null) return <span className="ss-subtle">{t('calendarInvalid')}</span>;
  return (
    <div className="ss-stack">
      {preview.missing.length === 0 ? null : <Banner tone="warning">{t('missingYears', { years: preview.missing.join(', ') })}</Banner>}
      <details>
        <summary>{t('next10')}</summary>
        <ol data-next-working-days>
          {preview.days.map((day) => (
            <li key={day.date}>
              {t('previewSource', {
                date: formatDate(Date.parse(`${day.date}T12:00:00Z`), locale, 'UTC'),
                weekday: day.name === undefined ? '' : `(${locale === 'en' ? day.name.en : day.name.zh})`,
                windows: formatWindows(day.windows),
              })}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}

