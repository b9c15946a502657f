import type { UiResult } from '@support-standard/ui-kit/src/gateway';
import { emptyReport } from '../../../src/domain/reports/empty-report';
import { finishReport } from '../../../src/domain/reports/finish-report';
import type { ReportResult } from '../../../src/shared/rpc';
import { POLL_MS, pollReport, type ReportState } from './report-poller';

const computing = (requestsSoFar: number): UiResult<ReportResult> => ({
  ok: true,
  data: { status: 'computing', requestsSoFar, pages: 1, startedAt: '2026-11-29T03:00:00.000Z' },
});

const accumulator = emptyReport({ from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1), timezone: 'UTC', now: Date.UTC(2026, 10, 29) });
if (!accumulator.ok) throw new Error('the test period is valid');
const report = finishReport(accumulator.value);
const ready: UiResult<ReportResult> = { ok: true, data: { status: 'ready', report, pages: 2, computedAt: '2026-11-29T03:01:00.000Z' } };

/** A scheduler the test drives by hand, recording each delay asked for. */
const manualSchedule = () => {
  const pending: { run: () => void; ms: number; cancelled: boolean }[] = [];
  return {
    pending,
    schedule: (run: () => void, ms: number) => {
      const entry = { run, ms, cancelled: false };
      pending.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
  };
};

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('pollReport', () => {
  it('shows computing progress and asks again every 5 s until the report is ready', async () => {
    const answers = [computing(100), computing(2000), ready];
    const states: ReportState[] = [];
    const clock = manualSchedule();
    let asked = 0;
    pollReport(() => {
      asked += 1;
      return Promise.resolve(answers.shift() ?? ready);
    }, (s) => states.push(s), clock.schedule);
    await flush();
    expect(states.map((s) => s.status)).toEqual(['loading', 'computing']);
    expect(clock.pending.map((p) => p.ms)).toEqual([POLL_MS]);
    clock.pending[0]?.run();
    await flush();
    clock.pending[1]?.run();
    await flush();
    expect(asked).toBe(3);
    expect(states).toEqual([
      { status: 'loading' },
      { status: 'computing', requestsSoFar: 100 },
      { status: 'computing', requestsSoFar: 2000 },
      { status: 'ready', report, computedAt: '2026-11-29T03:01:00.000Z' },
    ]);
    expect(clock.pending).toHaveLength(2);
  });

  it('reports an error and stops asking', async () => {
    const states: ReportState[] = [];
    const clock = manualSchedule();
    pollReport(() => Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'agents only' } }), (s) => states.push(s), clock.schedule);
    await flush();
    expect(states.at(-1)).toEqual({ status: 'error', error: { code: 'forbidden', message: 'agents only' } });
    expect(clock.pending).toHaveLength(0);
  });

  it('once stopped, cancels the next ask and ignores an answer still in flight', async () => {
    const states: ReportState[] = [];
    const clock = manualSchedule();
    const stop = pollReport(() => Promise.resolve(computing(5)), (s) => states.push(s), clock.schedule);
    await flush();
    stop();
    expect(clock.pending[0]?.cancelled).toBe(true);

    let answer: (value: UiResult<ReportResult>) => void = () => undefined;
    const late: ReportState[] = [];
    const stopLate = pollReport(() => new Promise((resolve) => { answer = resolve; }), (s) => late.push(s), clock.schedule);
    stopLate();
    answer(ready);
    await flush();
    expect(late).toEqual([{ status: 'loading' }]);
  });
});
