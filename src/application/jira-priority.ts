import type { PriorityId } from '../domain/config';

/** Jira's default priority scheme names for the standard's four levels. */
export const JIRA_PRIORITY_NAME: Readonly<Record<PriorityId, string>> = {
  urgent: 'Highest',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};
