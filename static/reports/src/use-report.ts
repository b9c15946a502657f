import { useEffect, useState } from 'react';
import type { Gateway } from '@support-standard/ui-kit';
import type { PeriodRange } from './period';
import { pollReport, type ReportState } from './report-poller';

export interface ReportRequest extends PeriodRange {
  readonly timezone: string;
  readonly projectId: string | null;
}

const schedule = (run: () => void, ms: number): (() => void) => {
  const timer = setTimeout(run, ms);
  return () => {
    clearTimeout(timer);
  };
};

/** The report for one period, polled while it is computing; a new period (or leaving) stops the old polling. */
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
    return pollReport(() => gateway.call('reports/get', { from, to, timezone, projectId }), setState, schedule);
  }, [gateway, from, to, timezone, projectId, attempt]);
  return state;
}
