import { nextOnsiteStep } from '../domain/onsite';
import { lowItems } from '../domain/survey';
import type { AgentState } from '../shared/rpc';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import { holidayGapsOf } from './holiday-gaps';
import { canDraftKnowledge, knowledgeTarget } from './knowledge-draft';
import type { IssueSnapshot, People } from './ports';
import { recordNames } from './record-names';
import { readRecord, readSurvey } from './service-record-store';
import { readSlaNow } from './sla-service';

/** What the agent panel shows: the service record with its names, the clocks as of now, the survey with its low items, the warning levels,
 * and what may be done next (the on-site step): the panel shows these decisions, it does not make them. */
export const getAgentState = async (deps: Needs<'clock' | 'config' | 'events' | 'logger' | 'truth'> & WithJira<People>, issue: IssueSnapshot): Promise<AgentState> => {
  const [{ config }, record, survey] = await Promise.all([currentConfig(deps.config), readRecord(deps, issue), readSurvey(deps, issue.id)]);
  const [sla, names] = await Promise.all([readSlaNow(deps, config, issue), recordNames(deps, config, record)]);
  return {
    issueKey: issue.key,
    record,
    sla,
    survey,
    names,
    warningThresholds: [...config.sla.warningThresholds],
    holidayGaps: holidayGapsOf(config, sla),
    onsiteTargetMinutes: record === null ? null : (config.priorities[record.priority].onsite ?? null),
    onsite: record === null ? null : { next: nextOnsiteStep(record.onsiteVisits), timed: config.priorities[record.priority].onsite !== undefined },
    surveyLowItems: survey === null ? [] : lowItems(config.survey, survey.scores),
    knowledge: { canDraft: canDraftKnowledge(config, issue, record), target: knowledgeTarget(config) },
    urgencyDefinitions: record === null ? null : (config.urgencyDefinitions[record.category] ?? null),
  };
};
