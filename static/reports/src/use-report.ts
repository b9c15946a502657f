import { useEffect, useState } from 'react';
import type { Gateway, UiError } from '@support-standard/ui-kit';
import type { ReportData } from '../../../src/domain/reports/report-data';
import type { PeriodRange } from './period';

/** How long to wait before asking again while the backend's queue computes a large period. */
export const POLL_MS = 5000;

export type ReportState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'computing'; readonly requestsSoFar: number }
  | { readonly status: 'error'; readonly error: UiError }
  | { readonly status: 'ready'; readonly report: ReportData; readonly computedAt: string };

export interface ReportRequest extends PeriodRange {
  readonly timezone: string;
  readonly projectId: string | null;
}

/**
 * Loads the report for one period, asking again every few seconds while the backend answers `computing`.
 * A new period (or leaving the page) stops the old polling, so an old answer never replaces a newer one.
 */
export function useReport(gateway: Gateway, request: ReportRequest | null, attempt: number): ReportState {
  const [state, setState] = useState<ReportState>({ status: 'idle' });
  const from = request?.from;
  const to = request?.to;
  const timezone = request?.timezone;
  const projectId = request?.projectId;
  useEffect(() => {
    if (from === undefined || to === undefined || timezone === undefined || projectId === undefined) {
      setState({ status: 'idle' });
      return undefined;
    }
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (): Promise<void> => {
      const result = await gateway.call('reports/get', { from, to, timezone, projectId });
      if (!live) return;
      if (!result.ok) {
        setState({ status: 'error', error: result.error });
      } else if (result.data.status === 'computing') {
        setState({ status: 'computing', requestsSoFar: result.data.requestsSoFar });
        timer = setTimeout(() => void ask(), POLL_MS);
      } else {
        setState({ status: 'ready', report: result.data.report, computedAt: result.data.computedAt });
      }
    };
    setState({ status: 'loading' });
    void ask();
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [gateway, from, to, timezone, projectId, attempt]);
  return state;
}
