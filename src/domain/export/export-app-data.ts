import { parseServiceNumber } from '../numbering';
import type { AppConfig } from '../config';
import { APP_DATA_FORMAT, APP_DATA_VERSION, type AppDataBundle, type AppDataIssue, type ServiceNumberCounter } from './app-data-bundle';

export interface AppData {
  readonly config: AppConfig;
  readonly issues: readonly AppDataIssue[];
  readonly counters: readonly ServiceNumberCounter[];
}

/**
 * The bundle to download. A day's counter is raised to the highest number its issues carry: a counter
 * behind the numbers in use (e.g. a lost hint) would hand a number out twice after re-import.
 */
export const exportAppData = (data: AppData, exportedAtMs: number): AppDataBundle => {
  const last = new Map<string, number>();
  const raise = (date: string, seq: number) => last.set(date, Math.max(last.get(date) ?? 0, seq));
  for (const counter of data.counters) raise(counter.date, counter.last);
  for (const issue of data.issues) {
    const number = issue.serviceRecord === null ? null : parseServiceNumber(issue.serviceRecord.serviceNumber);
    if (number?.ok) raise(number.value.date, number.value.seq);
  }
  return {
    format: APP_DATA_FORMAT,
    version: APP_DATA_VERSION,
    exportedAt: new Date(exportedAtMs).toISOString(),
    config: data.config,
    issues: data.issues.map((issue) => ({ ...issue })),
    counters: [...last.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, seq]) => ({ date, last: seq })),
  };
};
