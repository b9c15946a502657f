import type { AppConfig } from '../domain/config';
import type { SlaProperty } from '../shared/issue-properties';
import type { AppDeps } from './deps';
import { evaluateSlaProperty } from './evaluate-sla-property';
import { readSla } from './service-record-store';

/**
 * The request's clocks as of now. The stored `sla` property is rewritten only by triggers and the five-minute
 * sweep, so while a clock runs it can lag a crossing by minutes: then the clocks are evaluated from the event
 * log when read (never written back). With no clock running the stored snapshot is already current, and it
 * stays the record of its time: a finished request keeps the targets and calendars it was measured against,
 * as the rescan after a configuration change leaves finished requests alone.
 */
export const readSlaNow = async (deps: AppDeps, config: AppConfig, issue: { readonly id: string; readonly key: string }): Promise<SlaProperty | null> => {
  const stored = await readSla(deps, issue);
  if (stored !== null && stored.nextCheckAt === null) return stored;
  const fresh = evaluateSlaProperty(config, await deps.events.list(issue.id), deps.clock.now());
  return fresh?.property ?? stored;
};
