import { useEffect, useRef, useState } from 'react';
import type { Coverage, NoticePreview, StoredConfigDto } from '../../../src/shared/rpc';
import { Banner, type Gateway, type Translate } from '@support-standard/ui-kit';
import type { AdminKey } from './messages';

/**
 * The warning the admin page opens on while a calendar in use has no holiday data for this year (or, from the
 * configured date, next year), with the one click that opens the notice panel. The backend decides; it
 * is asked again after every save, so the banner clears as soon as the year is covered.
 */
export function CoverageBanner({ gateway, version, t, onPaste }: { readonly gateway: Gateway; readonly version: number; readonly t: Translate<AdminKey>; readonly onPaste: (year: number) => void }) {
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  useEffect(() => {
    let live = true;
    void gateway.call('admin/getCoverage', {}).then((result) => {
      if (live && result.ok) setCoverage(result.data);
    });
    return () => {
      live = false;
    };
  }, [gateway, version]);
  if (coverage === null || coverage.gaps.length === 0) return null;
  return (
    <>
      {coverage.gaps.map((gap) => (
        <Banner key={gap.year} tone={gap.when === 'current' ? 'error' : 'warning'}>
          <div className="ss-row" data-coverage-gap={gap.year} style={{ justifyContent: 'space-between' }}>
            <span>{t(gap.when === 'current' ? 'gapCurrent' : 'gapNext', { year: gap.year, calendars: gap.calendars.join(', ') })}</span>
            <button type="button" className="ss-button ss-button-primary" onClick={() => { onPaste(gap.year); }}>
              {t('pasteNotice', { year: gap.year })}
            </button>
          </div>
        </Banner>
      ))}
    </>
  );
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
type Day = NoticePreview['calendars'][number]['days'][number];

const mark = (kind: Day['before'], t: Translate<AdminKey>): string => (kind === 'holiday' ? t('dayHoliday') : kind === 'workday' ? t('dayWorkday') : '');

/** One month as a Monday-first grid, either as it is now or as it will be, changes marked on the new side. */
function Month({ year, month, days, side, t }: { readonly year: number; readonly month: number; readonly days: ReadonlyMap<string, Day>; readonly side: 'before' | 'after'; readonly t: Translate<AdminKey> }) {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const blanks = (first.getUTCDay() + 6) % 7;
  const cells = [...Array.from({ length: blanks }, () => null), ...Array.from({ length }, (_, i) => i + 1)];
  return (
    <table className="ss-month" aria-label={`${year}-${String(month).padStart(2, '0')} ${t(side === 'before' ? 'gridBefore' : 'gridAfter')}`}>
      <caption>{t(side === 'before' ? 'gridBefore' : 'gridAfter')}</caption>
      <thead>
        <tr>
          {t('gridWeekdays').split(' ').map((day) => (
            <th key={day} scope="col">{day}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: Math.ceil(cells.length / 7) }, (_, week) => (
          <tr key={week}>
            {cells.slice(week * 7, week * 7 + 7).map((date, i) => {
              if (date === null) return <td key={`blank-${i}`} />;
              const iso = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
              const day = days.get(iso);
              const kind = day === undefined ? null : day[side];
              const change = side === 'after' && day !== undefined ? day.change : undefined;
              return (
                <td key={iso} data-date={iso} data-kind={kind ?? undefined} data-change={change} className={`ss-day${kind === null ? '' : ` ss-day-${kind}`}${change === undefined ? '' : ` ss-day-${change}`}`}>
                  {date}
                  <small>{mark(kind, t)}</small>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CalendarGrid({ year, calendar, t }: { readonly year: number; readonly calendar: NoticePreview['calendars'][number]; readonly t: Translate<AdminKey> }) {
  const days = new Map(calendar.days.map((d) => [d.date, d]));
  const count = (change: Day['change']) => calendar.days.filter((d) => d.change === change).length;
  const months = MONTHS.filter((m) => calendar.days.some((d) => d.date.startsWith(`${year}-${String(m).padStart(2, '0')}`)));
  return (
    <section className="ss-card ss-stack" aria-label={calendar.id} data-notice-calendar={calendar.id}>
      <h4>{calendar.id}</h4>
      <span data-notice-summary>{t('gridSummary', { added: count('added'), removed: count('removed'), changed: count('changed'), unchanged: count('unchanged') })}</span>
      <span className="ss-subtle">{t('gridLegend')}</span>
      {months.map((month) => (
        <div key={month} className="ss-row" style={{ alignItems: 'flex-start' }}>
          <strong style={{ minWidth: '4em' }}>{t('monthLabel', { year, month })}</strong>
          <Month year={year} month={month} days={days} side="before" t={t} />
          <Month year={year} month={month} days={days} side="after" t={t} />
        </div>
      ))}
    </section>
  );
}

interface PanelProps {
  readonly gateway: Gateway;
  readonly stored: StoredConfigDto;
  readonly dirty: boolean;
  readonly focusYear: number | null;
  readonly t: Translate<AdminKey>;
  readonly onSaved: (stored: StoredConfigDto) => void;
}

/**
 * Paste the State Council's notice, see what it would change in each calendar using the PRC set (month grids
 * of the current data beside the new), save. A notice that does not read is refused naming the line.
 */
export function NoticePanel({ gateway, stored, dirty, focusYear, t, onSaved }: PanelProps) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusYear !== null) area.current?.focus();
  }, [focusYear]);

  const read = async () => {
    setBusy(true);
    const result = await gateway.call('admin/previewNotice', { text });
    setBusy(false);
    setPreview(result.ok ? result.data : null);
    setError(result.ok ? null : result.error.message);
  };
  const save = async () => {
    setBusy(true);
    const result = await gateway.call('admin/saveNotice', { text, expectedVersion: stored.version });
    setBusy(false);
    if (result.ok) onSaved(result.data);
    else setError(result.error.message);
  };

  return (
    <section className="ss-card ss-stack" aria-labelledby="notice-heading" data-notice-panel>
      <h3 id="notice-heading">{t('noticeTitle')}</h3>
      <span className="ss-subtle">{t('noticeHelp')}</span>
      <label className="ss-field">
        {t('noticeText', { year: focusYear ?? '' })}
        <textarea ref={area} rows={10} value={text} onChange={(e) => { setText(e.currentTarget.value); setPreview(null); setError(null); }} />
      </label>
      <div className="ss-row">
        <button type="button" className="ss-button" disabled={busy || text.trim() === ''} onClick={() => void read()}>
          {t('noticePreview')}
        </button>
        <button type="button" className="ss-button ss-button-primary" disabled={busy || preview === null || dirty} onClick={() => void save()}>
          {preview === null ? t('noticeSave', { year: '' }) : t('noticeSave', { year: preview.year })}
        </button>
        {dirty ? <span className="ss-subtle">{t('noticeDirty')}</span> : null}
      </div>
      {error === null ? null : <Banner tone="error">{error}</Banner>}
      {preview === null ? null : (
        <div className="ss-stack" data-notice-preview={preview.year}>
          <span>{t('noticeRead', { year: preview.year, holidays: preview.holidays.length, workdays: preview.workdays.length })}</span>
          {preview.calendars.map((calendar) => (
            <CalendarGrid key={calendar.id} year={preview.year} calendar={calendar} t={t} />
          ))}
        </div>
      )}
    </section>
  );
}
