import type { UiError, UiResult } from '@support-standard/ui-kit/src/gateway';
import type { ReportData } from '../../../src/domain/reports/report-data';
import type { ReportResult } from '../../../src/shared/rpc';

/** How long to wait before asking again while the backend's queue computes a large period. */
export const POLL_MS = 5000;

export type ReportState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'computing'; readonly requestsSoFar: number }
  | { readonly status: 'error'; readonly error: UiError }
  | { readonly status: 'ready'; readonly report: ReportData; readonly computedAt: string };

/** Runs `run` after `ms`; returns a cancel. (`setTimeout` in the page, a fake in tests.) */
export type Schedule = (run: () => void, ms: number) => () => void;

/**
 * Asks for the report and, while the backend answers `computing`, asks again every `POLL_MS`. The returned
 * stop cancels the pending ask and drops any answer still in flight, so a superseded period never wins.
 */
export function pollReport(ask: () => Promise<UiResult<ReportResult>>, onState: (state: ReportState) => void, schedule: Schedule): () => void {
  let live = true;
  let cancel: () => void = () => undefined;
  const step = async (): Promise<void> => {
    const result = await ask();
    if (!live) return;
    if (!result.ok) {
      onState({ status: 'error', error: result.error });
    } else if (result.data.status === 'computing') {
      onState({ status: 'computing', requestsSoFar: result.data.requestsSoFar });
      cancel = schedule(() => void step(), POLL_MS);
    } else {
      onState({ status: 'ready', report: result.data.report, computedAt: result.data.computedAt });
    }
  };
  onState({ status: 'loading' });
  void step();
  return () => {
    live = false;
    cancel();
  };
}
