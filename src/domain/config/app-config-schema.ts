import { z } from 'zod';
import { CalendarSpecSchema } from '../calendar/spec';
import { CalendarCoverageSchema } from './calendar-coverage-schema';
import { checkConsistency } from './check-consistency';
import { ConfirmationSettingsSchema, DEFAULT_CONFIRMATION } from './confirmation-schema';
import { IdSchema } from './ids';
import { DEFAULT_KNOWLEDGE, KnowledgeSettingsSchema } from './knowledge-schema';
import { ImpactLevelSchema, UrgenciesSchema, UrgencyIdSchema } from './levels';
import { NotificationsSchema } from './notifications-schema';
import { NumberingSchema } from './numbering-schema';
import { PrioritiesSchema } from './priorities-schema';
import { PriorityRuleSchema } from './priority-rule-schema';
import { RetentionSchema } from './retention-schema';
import { RoutingSchema } from './routing-schema';
import { SlaSettingsSchema } from './sla-schema';
import { SurveySettingsSchema } from './survey-schema';
import { TaxonomySchema } from './taxonomy-schema';
import { UrgencyDefinitionsSchema, standardUrgencyDefinitions } from './urgency-definitions';

export const CONFIG_VERSION = 1;

/** Field-level structure; cross-field rules are applied by `AppConfigSchema`. */
export const AppConfigShapeSchema = z.strictObject({
  version: z.literal(CONFIG_VERSION),
  taxonomy: TaxonomySchema,
  impactLevels: z.array(ImpactLevelSchema).min(1, { error: 'at least one impact level is required' }),
  urgencies: UrgenciesSchema,
  /**
   * Per category, what each urgency level means (shown where requesters and agents pick urgency); stored
   * configurations without it get the standard's table.
   */
  urgencyDefinitions: UrgencyDefinitionsSchema.default(standardUrgencyDefinitions),
  priorities: PrioritiesSchema,
  calendars: z.record(IdSchema, CalendarSpecSchema),
  /** When to start warning that next year's holiday data is missing (stored configurations get the default). */
  calendarCoverage: CalendarCoverageSchema.default({ warnFrom: '11-01' }),
  sla: SlaSettingsSchema,
  /** Ordered: the first enabled rule that matches decides the priority. */
  priorityRules: z.array(PriorityRuleSchema),
  routing: RoutingSchema,
  numbering: NumberingSchema,
  survey: SurveySettingsSchema,
  /** The requester's sign-off: what "resolved" does and the survey link's life (stored configurations get the default). */
  confirmation: ConfirmationSettingsSchema.default(() => ({ ...DEFAULT_CONFIRMATION })),
  notifications: NotificationsSchema,
  /** Used when a request arrives without intake data (email, IM, phone). */
  intakeDefaults: z.strictObject({ category: IdSchema, urgency: UrgencyIdSchema, impact: IdSchema }),
  /** Record retention (issue 13); stored configurations without it get the standard's two years. */
  retention: RetentionSchema.default({ months: 24 }),
  /** Where knowledge articles drafted from solved requests go (stored configurations get the default). */
  knowledge: KnowledgeSettingsSchema.default(DEFAULT_KNOWLEDGE),
});

export const AppConfigSchema = AppConfigShapeSchema.superRefine((config, ctx) => {
  checkConsistency(config, (path, message) => {
    ctx.addIssue({ code: 'custom', path, message, input: config });
  });
});

export type AppConfig = z.infer<typeof AppConfigSchema>;
