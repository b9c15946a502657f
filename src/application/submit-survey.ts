import { isLow, surveyStats, validateSurvey } from '../domain/survey';
import { failure, success, type Envelope } from '../shared/envelope';
import type { SurveyProperty, SurveyScores } from '../shared/issue-properties';
import type { PortalRecord } from '../shared/rpc';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { getPortalRecord } from './get-portal-record';
import type { IssueSnapshot } from './ports';
import { startFollowUp } from './follow-up/start-follow-up';
import { readSurvey, writeSurvey } from './service-record-store';

const withoutEarlier = ({ earlier: _earlier, ...answer }: SurveyProperty): SurveyProperty => answer;

/** The five-item satisfaction survey, once per resolution cycle, by the reporter after confirming. */
export const submitSurvey = async (
  deps: AppDeps,
  issue: IssueSnapshot,
  by: string,
  input: { readonly scores: SurveyScores; readonly comment: string | null },
): Promise<Envelope<PortalRecord>> => {
  const view = await getPortalRecord(deps, issue, 'reporter');
  if (!view.canRate) return failure('invalid-state', 'This request cannot be rated now (confirm it first; one rating per resolution).');
  const answers = validateSurvey({ ...input.scores, ...(input.comment === null ? {} : { comment: input.comment }) });
  if (!answers.ok) {
    return failure('invalid-payload', answers.error.message, [{ path: answers.error.path ?? '', message: answers.error.message }]);
  }
  const { config } = await currentConfig(deps.config);
  const stats = surveyStats(answers.value);
  const low = isLow(config.survey, answers.value);
  const at = deps.clock.now();
  const survey: SurveyProperty = {
    cycle: view.cycle,
    scores: { ...input.scores },
    comment: input.comment,
    by,
    at: new Date(at).toISOString(),
    min: stats.min,
    avg: Math.round(stats.avg * 100) / 100,
    low,
    followUp: null,
  };
  // The follow-up loop (task, internal comment, low-score notices), exactly once per request and cycle, before
  // the survey is stored: if it fails, the reporter can still submit again and the loop is retried.
  const followUp = await startFollowUp(deps, config, issue, survey);
  // An earlier cycle's rating is kept, oldest first, never overwritten (records are kept whole, issue 13).
  const previous = await readSurvey(deps, issue.id);
  const earlier = previous === null || previous.cycle >= survey.cycle ? (previous?.earlier ?? []) : [...(previous.earlier ?? []), withoutEarlier(previous)];
  const answered: SurveyProperty = followUp === null ? survey : { ...survey, followUp: { issueKey: followUp, status: 'open' } };
  await writeSurvey(deps, issue, earlier.length === 0 ? answered : { ...answered, earlier });
  return success(await getPortalRecord(deps, issue, 'reporter'));
};
