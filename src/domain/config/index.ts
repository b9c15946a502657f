export { AppConfigSchema, AppConfigShapeSchema, CONFIG_VERSION, type AppConfig } from './app-config-schema';
export { CALENDAR_TIME_ID, slaCalendarId, slaCalendarSpecs } from './calendar-specs';
export { configDiffAffectsClocks, configDiffAffectsPriority } from './config-diff';
export type { ConfigError, ConfigIssue } from './config-error';
export { defaultConfig } from './default-config';
export { AccountIdSchema, IdSchema, SecretNameSchema } from './ids';
export {
  ImpactLevelSchema,
  LEVEL_IDS,
  PriorityIdSchema,
  UrgenciesSchema,
  UrgencyIdSchema,
  type ImpactLevel,
  type PriorityId,
  type Urgencies,
  type UrgencyId,
} from './levels';
export { LOCALES, LocalizedNameSchema, LocalizedTextSchema, type Locale, type LocalizedText } from '../vocabulary';
export { makeMigrator, migrateConfig, type Migration } from './migrate-config';
export { CHANNELS, NotificationsSchema, type Channel, type NotificationEvent, type Notifications } from './notifications-schema';
export { NumberingSchema, type Numbering } from './numbering-schema';
export { parseConfig } from './parse-config';
export { PrioritiesSchema, PriorityTargetsSchema, type Priorities, type PriorityTargets } from './priorities-schema';
export {
  ImpactConditionSchema,
  PriorityRuleSchema,
  RuleConditionsSchema,
  type ImpactCondition,
  type PriorityRule,
  type RuleConditions,
} from './priority-rule-schema';
export { AssigneeGroupSchema, RoutingSchema, type AssigneeGroup, type Routing } from './routing-schema';
export { SlaSettingsSchema, type SlaSettings } from './sla-schema';
export { FollowUpOwnerSchema, SurveySettingsSchema, type FollowUpOwner, type SurveySettings } from './survey-schema';
export { CategorySchema, SubcategorySchema, TaxonomySchema, type Category, type Subcategory, type Taxonomy } from './taxonomy-schema';
export { toSlaPolicy } from './to-sla-policy';
export { CalendarCoverageSchema, type CalendarCoverage } from './calendar-coverage-schema';
export { RETENTION_MIN_MONTHS, RetentionSchema, type Retention } from './retention-schema';
export {
  CategoryUrgencyDefinitionsSchema,
  UrgencyDefinitionsSchema,
  standardUrgencyDefinitions,
  type CategoryUrgencyDefinitions,
  type UrgencyDefinitions,
} from './urgency-definitions';
export { CLOSE_AUTO, CLOSE_NONE, ConfirmationSettingsSchema, type ConfirmationSettings } from './confirmation-schema';
export { isDoneStatus } from './done-status';
