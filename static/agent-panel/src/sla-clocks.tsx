import type { ClockDto, SlaProperty } from '../../../src/shared/issue-properties';
import { CLOCK_NAMES, type ClockName } from '../../../src/domain/vocabulary/clocks';
import { Countdown, ProgressBar, alignedNow, clockView, formatDateTime, formatMinutes, useNow, useUi, type Translate } from '@support-standard/ui-kit';
import type { AgentKey } from './messages';

const CALENDAR_TIME_ID = '@calendar-time';

const STATE_LOZENGE = { running: 'information', paused: '', breached: 'danger', met: 'success', missed: 'danger' } as const;


interface Props {
  readonly sla: SlaProperty;
  /** The configured warning levels (percent of each target): the bar turns yellow at the first, orange at the last. */
  readonly thresholds: readonly number[];
  readonly receivedAt: number;
  readonly t: Translate<AgentKey>;
}

export function SlaClocks({ sla, thresholds, receivedAt, t }: Props) {
  const localNow = useNow();
  const snapshotAt = Date.parse(sla.computedAt);
  const now = alignedNow(snapshotAt, receivedAt, localNow);
  const nextCheckAt = sla.nextCheckAt;
  const shown = CLOCK_NAMES.filter((name) => sla[name] !== null);
  if (shown.length === 0) return <p className="ss-subtle">{t('noSla')}</p>;
  return (
    <div className="ss-stack">
      {shown.map((name) => {
        const clock = sla[name];
        return clock === null ? null : (
          <ClockRow key={name} name={name} clock={clock} thresholds={thresholds} timing={{ snapshotAt, nextCheckAt, now }} t={t} />
        );
      })}
    </div>
  );
}

function ClockRow({ name, clock, thresholds, timing, t }: { readonly name: ClockName; readonly clock: ClockDto; readonly thresholds: readonly number[]; readonly timing: { snapshotAt: number; nextCheckAt: number | null; now: number }; readonly t: Translate<AgentKey> }) {
  const { locale, timeZone } = useUi();
  const due = clock.due === null ? null : Date.parse(clock.due);
  const view = clockView({ state: clock.state, due, usedMinutes: clock.usedMinutes, targetMinutes: clock.targetMinutes }, thresholds, timing);
  const label = t(`clock.${name}`);
  const state = view.breached && clock.state === 'running' ? 'breached' : clock.state;
  const lozenge = STATE_LOZENGE[state];
  const unit = clock.calendar === CALENDAR_TIME_ID ? t('unit.calendarTime') : t('unit.business', { calendar: clock.calendar });
  return (
    <section className="ss-card ss-stack" aria-label={label} data-clock={name} data-tone={view.tone}>
      <div className="ss-row" style={{ justifyContent: 'space-between' }}>
        <div className="ss-row">
          <strong>{label}</strong>
          <span className={`ss-lozenge${lozenge === '' ? '' : ` ss-lozenge-${lozenge}`}`}>{t(`state.${state}`)}</span>
          {clock.cycle > 1 ? <span className="ss-subtle">{t('cycle', { n: clock.cycle })}</span> : null}
        </div>
        {view.untilDueMs === null ? null : <Countdown untilDueMs={view.untilDueMs} />}
      </div>
      <ProgressBar percent={view.percent} tone={view.tone} name={label} />
      <div className="ss-subtle">
        {[
          due === null ? null : t('dueAt', { at: formatDateTime(due, locale, timeZone) }),
          t('target', { target: formatMinutes(clock.targetMinutes, locale), unit }),
          t('used', { used: formatMinutes(clock.usedMinutes, locale) }),
        ]
          .filter((part) => part !== null)
          .join(' · ')}
      </div>
      {clock.everBreached && !clock.breached ? <span className="ss-error">{t('everBreached')}</span> : null}
      {clock.previousCycles.length === 0 ? null : (
        <details>
          <summary>{t('earlierCycles')}</summary>
          <ul>
            {clock.previousCycles.map((cycle, index) => (
              <li key={cycle.startedAt} className={cycle.breached ? 'ss-error' : undefined}>
                {t('cycleLine', {
                  n: index + 1,
                  used: formatMinutes(cycle.usedMinutes, locale),
                  target: formatMinutes(cycle.targetMinutes, locale),
                })}
                {cycle.breached ? ` · ${t('state.breached')}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
