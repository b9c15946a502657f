import type { AppConfig } from '../domain/config';
import type { SlaProperty } from '../shared/issue-properties';
import type { AppDeps } from './deps';
import { evaluateSlaProperty } from './evaluate-sla-property';
import { readSla } from './service-record-store';

/**
 * The request's clocks as of now, evaluated from its event log when it is read. The stored `sla` property is
 * rewritten only by triggers and the five-minute sweep, so it can lag a crossing by minutes. A read never
 * writes; a request whose log lacks its creation shows what is stored.
 */
export const readSlaNow = async (deps: AppDeps, config: AppConfig, issue: { readonly id: string; readonly key: string }): Promise<SlaProperty | null> => {
  const fresh = evaluateSlaProperty(config, await deps.events.list(issue.id), deps.clock.now());
  return fresh === null ? readSla(deps.jira, issue.key) : fresh.property;
};
