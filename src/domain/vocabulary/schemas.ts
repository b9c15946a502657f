import { z } from 'zod';
import { INTAKE_CHANNELS } from './channels';
import { CLOCK_NAMES } from './clocks';
import { LEVEL_IDS } from './levels';
import { SURVEY_ITEM_IDS, SURVEY_MAX_SCORE, SURVEY_MIN_SCORE, type SurveyItemId } from './survey-items';

/*
 * The zod schemas of the vocabulary. They live apart from the constants so that a UI importing only
 * `levels`, `clocks`, `survey-items`, `channels` or `locales` does not bundle zod.
 */

export const LevelSchema = z.enum(LEVEL_IDS, { error: 'expected one of urgent, high, medium, low' });
export const ClockNameSchema = z.enum(CLOCK_NAMES);
export const IntakeChannelSchema = z.enum(INTAKE_CHANNELS);
export const SurveyItemSchema = z.enum(SURVEY_ITEM_IDS);

const Score = z.int().min(SURVEY_MIN_SCORE).max(SURVEY_MAX_SCORE);
/** One score per survey item, each a whole number 1–5. */
export const SurveyScoresSchema = z.object({
  responseSpeed: Score,
  attitude: Score,
  expertise: Score,
  effectiveness: Score,
  recurrence: Score,
} satisfies Record<SurveyItemId, z.ZodType>);
export type SurveyScores = z.infer<typeof SurveyScoresSchema>;

/** The spelling of every configured id (categories, subcategories, impact levels, rules, calendars, groups). */
export const IdSchema = z
  .string()
  .max(64, { error: 'ids are at most 64 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id (a-z, 0-9 and single hyphens)' });

const text = (max: number) => z.string().trim().min(1, { error: 'must not be blank' }).max(max);
const bothLanguages = (one: z.ZodString) => z.strictObject({ 'zh-CN': one, en: one });

/**
 * A text in both UI languages, everywhere (configured names, priority reasons, names the backend resolves):
 * both languages present, neither blank, nothing else. The bound is generous because texts the app writes
 * (a priority reason quoting a rule and its categories) are longer than any one name.
 */
export const LocalizedTextSchema = bothLanguages(text(8000));
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A name an admin gives (category, level, rule, group …): the same `LocalizedText`, at most 200 characters each. */
export const LocalizedNameSchema = bothLanguages(text(200));
