import type { SlaProperty } from '../../../src/shared/issue-properties';
import { Countdown, ProgressBar, alignedNow, clockView, useNow, type Translate } from '@support-standard/ui-kit';
import type { RequestKey } from './messages';
import { CLOCK_NAMES } from '../../../src/domain/vocabulary/clocks';


interface Props {
  readonly sla: SlaProperty;
  /** The configured warning levels, so the requester sees the same colours as the agent. */
  readonly thresholds: readonly number[];
  readonly receivedAt: number;
  readonly t: Translate<RequestKey>;
}

/** The requester's view of the clocks: state in plain words and the live countdown, no internals. */
export function RequestClocks({ sla, thresholds, receivedAt, t }: Props) {
  const snapshotAt = Date.parse(sla.computedAt);
  const now = alignedNow(snapshotAt, receivedAt, useNow());
  return (
    <ul className="ss-stack" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {CLOCK_NAMES.map((name) => {
        const clock = sla[name];
        if (clock === null) return null;
        const due = clock.due === null ? null : Date.parse(clock.due);
        const view = clockView(
          { state: clock.state, due, usedMinutes: clock.usedMinutes, targetMinutes: clock.targetMinutes },
          thresholds,
          { snapshotAt, nextCheckAt: sla.nextCheckAt, now },
        );
        const state = view.breached && clock.state === 'running' ? 'breached' : clock.state;
        return (
          <li key={name} className="ss-stack" data-clock={name} style={{ gap: 'var(--ss-space-050)' }}>
            <div className="ss-row" style={{ justifyContent: 'space-between' }}>
              <span>
                <strong>{t(`clock.${name}`)}</strong> · {t(`state.${state}`)}
              </span>
              {view.untilDueMs === null ? null : <Countdown untilDueMs={view.untilDueMs} />}
            </div>
            <ProgressBar percent={view.percent} tone={view.tone} name={t(`clock.${name}`)} />
            {clock.state === 'paused' ? <span className="ss-subtle">{t('pausedHint')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
