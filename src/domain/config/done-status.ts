import type { AppConfig } from './app-config-schema';

/** Whether Jira's status `status` counts as done (resolved or closed) for the desk: `sla.doneStatuses`, case-insensitive. */
export const isDoneStatus = (config: Pick<AppConfig, 'sla'>, status: string): boolean =>
  config.sla.doneStatuses.some((s) => s.toLowerCase() === status.toLowerCase());
