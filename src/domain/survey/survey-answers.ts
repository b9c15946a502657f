import { z } from 'zod';
import { formatIssuePath } from '../calendar/spec';
import { err, ok, type DomainError, type Result } from '../result';
import { SURVEY_COMMENT_MAX, SURVEY_MAX_SCORE, SURVEY_MIN_SCORE } from '../vocabulary';

const Score = z
  .int({ error: `expected a whole score from ${SURVEY_MIN_SCORE} to ${SURVEY_MAX_SCORE}` })
  .min(SURVEY_MIN_SCORE, { error: `the lowest score is ${SURVEY_MIN_SCORE}` })
  .max(SURVEY_MAX_SCORE, { error: `the highest score is ${SURVEY_MAX_SCORE}` });

export const SurveyAnswersSchema = z.strictObject({
  responseSpeed: Score,
  attitude: Score,
  expertise: Score,
  effectiveness: Score,
  recurrence: Score,
  comment: z.string().max(SURVEY_COMMENT_MAX, { error: `at most ${SURVEY_COMMENT_MAX} characters` }).exactOptional(),
});
export type SurveyAnswers = z.infer<typeof SurveyAnswersSchema>;

/** Parses a submitted survey; the error's `path` names the offending item (e.g. `attitude`). */
export const validateSurvey = (input: unknown): Result<SurveyAnswers> => {
  const parsed = SurveyAnswersSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const base = issue === undefined ? '' : formatIssuePath(issue.path);
  const path = issue?.code === 'unrecognized_keys' ? formatIssuePath([...issue.path, ...issue.keys.slice(0, 1)]) : base;
  const message = issue?.code === 'unrecognized_keys' ? 'unknown survey item' : (issue?.message ?? 'invalid survey');
  return err<DomainError>({ code: 'invalid-survey', message: `${path === '' ? 'survey' : path}: ${message}`, path });
};
