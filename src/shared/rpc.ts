import { z } from 'zod';
import { AppConfigSchema } from '../domain/config';
// The bundle schema module only: the export index also pulls csv-parse, which needs Node's Buffer in the browser.
import { AppDataBundleSchema } from '../domain/export/app-data-bundle';
import { AuditRecordSchema, ClockEventLogSchema, ConfigVersionSchema } from '../domain/export/archive-schemas';
import { ReportDataSchema } from '../domain/reports';
import { ClockNameSchema } from '../domain/vocabulary';
import type { Envelope } from './envelope';
import {
  ChannelSchema,
  ConfirmationSchema,
  LocalizedTextSchema,
  PlanSchema,
  ServiceRecordSchema,
  SlaPropertySchema,
  SurveyPropertySchema,
  SurveyScoresSchema,
  SurveyItemSchema,
  UrgencySchema,
} from './issue-properties';
import { ON_BEHALF_CHANNELS } from './portal-intake';
import { RecordNamesSchema } from './record-names';

/**
 * The one RPC contract between the Custom UIs and the resolvers. Keys are `area/verb`; the area names the
 * surface (and so the resolver function) that serves it. Identity (issue, request, user) never travels in a
 * payload: the backend takes it from the invocation context.
 */

const Iso = z.iso.datetime({ offset: true });
const Empty = z.strictObject({});

// ---- DTOs -------------------------------------------------------------------------------------------

/** What each urgency level means for one category (the standard's definition table, as configured). */
export const UrgencyDefinitionsDtoSchema = z.object({
  urgent: LocalizedTextSchema,
  high: LocalizedTextSchema,
  medium: LocalizedTextSchema,
  low: LocalizedTextSchema,
});
export type UrgencyDefinitionsDto = z.infer<typeof UrgencyDefinitionsDtoSchema>;

export const HolidayGapLineSchema = z.object({ clock: ClockNameSchema, year: z.int() });
export type HolidayGapLine = z.infer<typeof HolidayGapLineSchema>;

export const AgentStateSchema = z.object({
  issueKey: z.string(),
  record: ServiceRecordSchema.nullable(),
  sla: SlaPropertySchema.nullable(),
  survey: SurveyPropertySchema.nullable(),
  /** Names for the record's ids and people (the panel shows names, never raw ids). */
  names: RecordNamesSchema,
  /** Configured warning levels (percent of a target) that colour the clocks. */
  warningThresholds: z.array(z.number()),
  /** Running clocks whose due time falls in a year without holiday data (the due time assumes no holidays). */
  holidayGaps: z.array(HolidayGapLineSchema),
  /** The on-site departure target of the request's priority in minutes; null when it has none (issue 12). */
  onsiteTargetMinutes: z.number().nullable(),
  /**
   * The on-site visit as the backend decides it (issue 14 point 2): the one step that may be recorded next, and
   * whether the configuration times it for the request's priority ("requested" starts the departure clock).
   * Null without a service record.
   */
  onsite: z.object({ next: z.enum(['requested', 'departed', 'arrived', 'finished']), timed: z.boolean() }).nullable(),
  /** The survey's items scoring below the configured low-score threshold (the domain's `lowItems`); empty without a survey. */
  surveyLowItems: z.array(SurveyItemSchema),
  /**
   * Knowledge article (issue 13 point 5): whether the request may be drafted into one (resolved with a permanent
   * fix) and where it goes — a Confluence draft page, or a Markdown download when no space is configured.
   */
  knowledge: z.object({ canDraft: z.boolean(), target: z.enum(['confluence', 'markdown']) }),
  /** What each urgency level means for the request's category, shown beside the verification (issue 12 point 10). */
  urgencyDefinitions: UrgencyDefinitionsDtoSchema.nullable(),
});
export type AgentState = z.infer<typeof AgentStateSchema>;

export const KnowledgeDraftSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    pageId: z.string(),
    url: z.string(),
    title: z.string(),
    /** False when the request already had a draft page and this answer links to it. */
    created: z.boolean(),
  }),
  z.object({ kind: z.literal('markdown'), fileName: z.string(), title: z.string(), markdown: z.string() }),
]);
export type KnowledgeDraft = z.infer<typeof KnowledgeDraftSchema>;

/** Earlier solved requests of the same subcategory with their permanent fixes, newest first (issue 13 point 5). */
export const SolvedBeforeSchema = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      serviceNumber: z.string(),
      summary: z.string(),
      resolvedAt: Iso.nullable(),
      fix: z.string(),
    }),
  ),
});
export type SolvedBefore = z.infer<typeof SolvedBeforeSchema>;
/** The workflow transitions an admin may pick for `confirmation.closeTransition`, read on a resolved request. */
export const CloseTransitionsSchema = z.object({
  sampleKey: z.string().nullable(),
  fromStatus: z.string().nullable(),
  transitions: z.array(z.object({ id: z.string(), name: z.string(), toStatus: z.string(), toDone: z.boolean() })),
});
export type CloseTransitionsDto = z.infer<typeof CloseTransitionsSchema>;

export const PortalRecordSchema = z.object({
  requestKey: z.string(),
  serviceNumber: z.string().nullable(),
  category: z.string().nullable(),
  priority: z.string().nullable(),
  /** "We will respond by … and resolve by …": instants, the UI formats them in the viewer's zone. */
  commitment: z.object({ respondBy: Iso.nullable(), resolveBy: Iso.nullable() }),
  sla: SlaPropertySchema.nullable(),
  status: z.string(),
  resolved: z.boolean(),
  /** Resolution cycle the confirmation and survey belong to. */
  cycle: z.int().min(1),
  isReporter: z.boolean(),
  canConfirm: z.boolean(),
  canRate: z.boolean(),
  /**
   * What answering "resolved" will do, decided by the backend so the page says exactly that: close the request,
   * only record the answer (configured so), or record it and tell the team (the close transition is not offered now).
   */
  onResolved: z.enum(['close', 'record-only', 'unavailable']),
  confirmation: ConfirmationSchema.nullable(),
  survey: SurveyPropertySchema.nullable(),
  /** Configured warning levels (percent of a target) that colour the clocks, as in the agent panel. */
  warningThresholds: z.array(z.number()),
  /** The current temporary and permanent plan (issue 13 point 1); null until one is recorded. */
  plan: PlanSchema.nullable(),
});
export type PortalRecord = z.infer<typeof PortalRecordSchema>;

export const StoredConfigSchema = z.object({
  config: AppConfigSchema,
  /** Optimistic-concurrency version: send it back as `expectedVersion` when saving. */
  version: z.int().min(0),
  updatedAt: Iso.nullable(),
  updatedBy: z.string().nullable(),
  /** The saver's display name from Jira, for the header; null when unsaved or the lookup failed. */
  updatedByName: z.string().nullable(),
});
export type StoredConfigDto = z.infer<typeof StoredConfigSchema>;

export const PriorityPreviewSchema = z.object({
  priority: z.string(),
  rule: z.object({ id: z.string(), name: z.string() }).nullable(),
  reason: LocalizedTextSchema,
});
export type PriorityPreview = z.infer<typeof PriorityPreviewSchema>;

const NamedDateSchema = z.object({ date: z.string(), name: z.string() });
export const IcsImportSchema = z.object({
  /** Local dates (YYYY-MM-DD) the feed closes, sorted, without duplicates, with the events' names. */
  holidays: z.array(NamedDateSchema),
  /** Make-up workdays (调休上班, "班") the feed opens, sorted, without duplicates. */
  workdays: z.array(NamedDateSchema),
  /** The ICS conventions the import reads a make-up workday by (shown to the admin). */
  conventions: z.array(z.string()),
});
export type IcsImport = z.infer<typeof IcsImportSchema>;

const DayKindSchema = z.enum(['holiday', 'workday']).nullable();
export const NoticePreviewSchema = z.object({
  year: z.int(),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  /** Per calendar using the PRC set: each date that is or becomes a holiday or make-up workday. */
  calendars: z.array(
    z.object({
      id: z.string(),
      days: z.array(z.object({ date: z.string(), before: DayKindSchema, after: DayKindSchema, change: z.enum(['added', 'removed', 'unchanged', 'changed']) })),
    }),
  ),
});
export type NoticePreview = z.infer<typeof NoticePreviewSchema>;

/** Which years the holiday data of each calendar in use covers, and the gaps people are warned about. */
export const CoverageSchema = z.object({
  calendars: z.array(z.object({ calendar: z.string(), coveredYears: z.array(z.int()), missing: z.array(z.int()) })),
  gaps: z.array(z.object({ year: z.int(), when: z.enum(['current', 'next']), calendars: z.array(z.string()), since: z.string(), week: z.int() })),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const ConfigExportSchema = z.object({
  format: z.literal('support-standard-config'),
  exportedAt: Iso,
  version: z.int().min(0),
  config: AppConfigSchema,
});
export type ConfigExport = z.infer<typeof ConfigExportSchema>;

export const IntakeOptionsSchema = z.object({
  categories: z.array(
    z.object({
      id: z.string(),
      name: LocalizedTextSchema,
      subcategories: z.array(z.object({ id: z.string(), name: LocalizedTextSchema })),
      /** What each urgency level means in this category; null when the configuration has no definitions for it. */
      urgencyDefinitions: UrgencyDefinitionsDtoSchema.nullable(),
    }),
  ),
  urgencies: z.array(z.object({ id: UrgencySchema, name: LocalizedTextSchema, help: LocalizedTextSchema })),
  impactLevels: z.array(z.object({ id: z.string(), name: LocalizedTextSchema })),
  defaults: z.object({ category: z.string(), urgency: UrgencySchema, impact: z.string() }),
  /**
   * Set when the viewer is an agent of the portal's project (decided by the backend): they raise requests on a
   * customer's behalf, so the panel also asks how the request arrived (issue 12 point 2).
   */
  agentIntake: z.object({ channels: z.array(z.enum(ON_BEHALF_CHANNELS)) }).nullable(),
});
export type IntakeOptions = z.infer<typeof IntakeOptionsSchema>;

/** Issue property `follow-up` on the follow-up task of a low survey (issue 6); indexed as fuOriginal/fuStatus/fuDue. */
export const FOLLOW_UP_PROPERTY = 'follow-up';
export const FollowUpPropertySchema = z.object({
  originalKey: z.string(),
  originalId: z.string(),
  cycle: z.int().min(1),
  due: Iso,
  status: z.enum(['open', 'closed']),
  owner: z.string().nullable(),
  scores: SurveyScoresSchema,
  comment: z.string().max(2000).nullable(),
  contactAt: Iso.optional(),
  outcome: z.string().max(2000).optional(),
  improvement: z.string().max(2000).optional(),
  closedAt: Iso.optional(),
  closedBy: z.string().optional(),
});
export type FollowUpProperty = z.infer<typeof FollowUpPropertySchema>;

export const FollowUpStateSchema = z.object({
  issueKey: z.string(),
  followUp: FollowUpPropertySchema.nullable(),
  /** The follow-up's items scoring below the configured low-score threshold (the domain's `lowItems`). */
  lowItems: z.array(SurveyItemSchema),
});
export type FollowUpState = z.infer<typeof FollowUpStateSchema>;

/**
 * A period too large for one 25 s resolver call is computed by the `report-work` queue, page by page, and
 * cached: `computing` says how far it got; ask again until `ready`.
 */
export const ReportResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ready'),
    report: ReportDataSchema,
    /** REST calls made to compute it, and when (figures such as "overdue" are as of that time). */
    pages: z.int().min(0),
    computedAt: Iso,
  }),
  z.object({ status: z.literal('computing'), requestsSoFar: z.int().min(0), pages: z.int().min(0), startedAt: Iso }),
]);
export type ReportResult = z.infer<typeof ReportResultSchema>;

/** One chunk of the export: the first carries the BOM and header; append chunks until `nextPageToken` is null. */
export const CsvExportSchema = z.object({ filename: z.string(), csv: z.string(), rows: z.int().min(0), nextPageToken: z.string().nullable() });
export type CsvExport = z.infer<typeof CsvExportSchema>;

/**
 * The archive: the domain bundle (configuration, service records with their operation logs and confirmations,
 * SLA snapshots, surveys, counters), the follow-up tasks' properties, the clock event logs, the configuration
 * history and the audit log (issue 13), with the retention policy they were kept under.
 */
export const AppDataDocumentSchema = z.object({
  appData: AppDataBundleSchema,
  followUps: z.array(z.object({ key: z.string(), value: FollowUpPropertySchema })),
  clockEvents: z.array(ClockEventLogSchema),
  configHistory: z.array(ConfigVersionSchema),
  audit: z.array(AuditRecordSchema),
  retention: z.object({ months: z.int() }),
});
export type AppDataDocument = z.infer<typeof AppDataDocumentSchema>;

export const AppDataImportSchema = z.object({
  issues: z.int().min(0),
  followUps: z.int().min(0),
  counters: z.int().min(0),
  /** Requests whose clock event log was restored. */
  clockEvents: z.int().min(0),
  /** Configuration versions restored verbatim (0 when the target already had its own history: the configuration was saved as a new version). */
  configVersions: z.int().min(0),
  /** Audit entries added (those already present are not added twice). */
  auditEntries: z.int().min(0),
});
export type AppDataImport = z.infer<typeof AppDataImportSchema>;

/** One page of the admin-visible audit log (numbers left unused, mirrors rewritten from storage), oldest first. */
export const AuditPageSchema = z.object({
  entries: z.array(z.object({ at: z.number(), kind: z.string(), issueKey: z.string().nullable(), detail: z.string() })),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** Whom the agent panel can consult (issue 12 point 7), and who is asking. */
export const ConsultationOptionsSchema = z.object({
  viewer: z.string(),
  colleagues: z.array(z.object({ accountId: z.string(), displayName: z.string() })),
  groups: z.array(z.object({ id: z.string(), name: LocalizedTextSchema, members: z.array(z.string()) })),
  /** Open consultations on any request that still wait for the viewer's opinion (confirmed from app storage). */
  waitingForMe: z.array(z.object({ issueKey: z.string(), serviceNumber: z.string(), consultationId: z.string(), question: z.string(), askedBy: z.string() })),
});
export type ConsultationOptions = z.infer<typeof ConsultationOptionsSchema>;

// ---- payloads ---------------------------------------------------------------------------------------

/** Report periods are instants of this century (epoch ms): anything else is a unit mix-up, not a period. */
const PeriodInstant = z
  .int()
  .min(Date.UTC(2000, 0, 1), { error: 'expected epoch milliseconds from the year 2000 on' })
  .max(Date.UTC(2100, 0, 1), { error: 'expected epoch milliseconds before the year 2100' });

const ReportPeriod = {
  from: PeriodInstant,
  to: PeriodInstant,
  timezone: z.string().min(1).max(64),
  /** Null: every project (Jira administrators only). */
  projectId: z.string().max(20).regex(/^\d+$/).nullable(),
};

const periodInOrder = (p: { readonly from: number; readonly to: number }): boolean => p.to > p.from;
const PERIOD_ORDER = { error: 'the period must end after it starts', path: ['to'] };

/** A taxonomy or level id as the configuration spells them (see IdSchema): short, so a preview cannot be fed megabytes. */
const ConfigRef = z.string().min(1).max(64);

/**
 * The CSV export's continuation token, as the app hands it out (`src/application/export/csv-page-token.ts`):
 * base64url only, so nothing else can reach Jira's search.
 */
const PageToken = z.string().min(1).max(4000).regex(/^[A-Za-z0-9_-]+$/, { error: 'not a page token this export handed out' });

const RemedyPayload = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  expectedAt: Iso.nullable(),
});

const ReclassifyPayload = z.strictObject({
  category: z.string().min(1).max(64),
  subcategory: z.string().min(1).max(64).nullable(),
  impact: z.string().min(1).max(64),
  reason: z.string().trim().min(1).max(2000),
});

const RecordIntakePayload = z.strictObject({
  channel: ChannelSchema,
  department: z.string().trim().min(1).max(200).nullable(),
  contact: z.string().trim().min(1).max(200).nullable(),
  occurredAt: Iso.nullable(),
});

/** When the step happened, if not now (recorded afterwards); never in the future, never before the step before. */
const OnsiteStepPayload = { at: Iso.exactOptional() };

const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

const OperationPayload = z.strictObject({
  /** Null adds a step; an id edits that step (the replaced version is kept). */
  id: z.string().min(1).max(64).nullable(),
  action: z.string().trim().min(1).max(2000),
  tool: OptionalText(100),
  sessionId: OptionalText(100),
  result: OptionalText(2000),
});

const ConsultationId = z.string().min(1).max(64);
const PlanText = OptionalText(2000);

const OpenConsultationPayload = z.strictObject({
  question: z.string().trim().min(1).max(2000),
  /** Colleagues by accountId; with `group` at least one person must be asked. */
  invitees: z.array(z.string().min(1).max(128)).max(50),
  /** A routing group (its category id) whose members are asked too. */
  group: z.string().min(1).max(64).nullable(),
});

const ConsultationOutcomePayload = z.strictObject({
  id: ConsultationId,
  temporaryPlan: PlanText,
  permanentPlan: PlanText,
  processingPeriod: OptionalText(200),
  expectedEffect: PlanText,
  close: z.boolean(),
});

/** The SLA overview (issue 12 point 9): open requests of one project by time left on their most urgent clock. */
export const SlaOverviewSchema = z.object({
  computedAt: Iso,
  /** True when the project has more open requests than one overview reads (the rest are not ranked). */
  truncated: z.boolean(),
  rows: z.array(
    z.object({
      key: z.string(),
      summary: z.string(),
      serviceNumber: z.string().nullable(),
      priority: UrgencySchema.nullable(),
      category: z.string().nullable(),
      categoryName: LocalizedTextSchema.nullable(),
      assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
      clock: ClockNameSchema,
      due: Iso,
      tone: z.enum(['ok', 'warning', 'breached']),
    }),
  ),
  categories: z.array(z.object({ id: z.string(), name: LocalizedTextSchema })),
  /** Everyone assigned an open request the overview read, by name: the choices of the assignee filter. */
  assignees: z.array(z.object({ accountId: z.string(), displayName: z.string() })),
});
export type SlaOverview = z.infer<typeof SlaOverviewSchema>;

export const rpcPayloads = {
  'agent/getState': Empty,
  'agent/verifyUrgency': z.strictObject({ urgency: UrgencySchema, note: z.string().max(2000).nullable() }),
  'agent/recordWorkaround': RemedyPayload,
  'agent/recordFix': RemedyPayload,
  'agent/onsiteRequested': Empty,
  'agent/departed': z.strictObject({ ...OnsiteStepPayload, tools: z.string().trim().max(2000).exactOptional() }),
  'portal/getIntakeOptions': Empty,
  'portal/getRecord': Empty,
  'portal/confirm': z.strictObject({ resolved: z.boolean(), comment: z.string().max(2000).nullable() }),
  'portal/submitSurvey': z.strictObject({ scores: SurveyScoresSchema, comment: z.string().max(2000).nullable() }),
  'admin/getConfig': Empty,
  'admin/saveConfig': z.strictObject({ config: z.unknown(), expectedVersion: z.int().min(0) }),
  'admin/previewPriority': z.strictObject({
    category: ConfigRef,
    subcategory: ConfigRef.nullable(),
    urgency: UrgencySchema,
    impact: ConfigRef.nullable(),
  }),
  'admin/importIcs': z.strictObject({ ics: z.string().min(1).max(1_000_000) }),
  'admin/exportConfig': Empty,
  'admin/importConfig': z.strictObject({ document: z.unknown(), expectedVersion: z.int().min(0) }),
  'agent/getFollowUp': Empty,
  'agent/recordFollowUp': z.strictObject({
    contactAt: Iso.nullable(),
    outcome: z.string().trim().max(2000).nullable(),
    improvement: z.string().trim().max(2000).nullable(),
    close: z.boolean(),
  }),
  'reports/get': z.strictObject(ReportPeriod).refine(periodInOrder, PERIOD_ORDER),
  'reports/exportCsv': z.strictObject({ ...ReportPeriod, locale: z.enum(['zh-CN', 'en']), pageToken: PageToken.nullable() }).refine(periodInOrder, PERIOD_ORDER),
  'admin/exportAppData': Empty,
  'admin/importAppData': z.strictObject({ document: z.unknown() }),
  'admin/getCoverage': Empty,
  'admin/previewNotice': z.strictObject({ text: z.string().min(1).max(100_000) }),
  'admin/saveNotice': z.strictObject({ text: z.string().min(1).max(100_000), expectedVersion: z.int().min(0) }),
  'admin/getAudit': z.strictObject({ cursor: z.string().min(1).max(1000).nullable() }),
  'admin/closeTransitions': Empty,
  'agent/getIntakeOptions': Empty,
  'agent/reclassify': ReclassifyPayload,
  'agent/recordIntake': RecordIntakePayload,
  'agent/onsiteArrived': z.strictObject(OnsiteStepPayload),
  'agent/onsiteFinished': z.strictObject({ ...OnsiteStepPayload, result: z.string().trim().max(2000).exactOptional() }),
  'agent/recordOperation': OperationPayload,
  'agent/draftKnowledge': z.strictObject({ cause: z.string().trim().max(2000).nullable() }),
  'agent/solvedBefore': Empty,
  'reports/slaOverview': z.strictObject({
    projectId: z.string().regex(/^\d+$/),
    clock: ClockNameSchema.nullable(),
    priority: UrgencySchema.nullable(),
    category: z.string().min(1).max(64).nullable(),
    /** Only the caller's own requests. */
    mine: z.boolean(),
    /** Only this engineer's requests (an account id); with `mine`, both must hold. */
    assignee: z.string().min(1).max(128).nullable().default(null),
  }),
  'agent/getConsultationOptions': Empty,
  'agent/openConsultation': OpenConsultationPayload,
  'agent/replyConsultation': z.strictObject({ id: ConsultationId, text: z.string().trim().min(1).max(2000) }),
  'agent/recordConsultationOutcome': ConsultationOutcomePayload,
  'agent/closeConsultation': z.strictObject({ id: ConsultationId }),
} as const;

export const rpcResults = {
  'agent/getState': AgentStateSchema,
  'agent/verifyUrgency': AgentStateSchema,
  'agent/recordWorkaround': AgentStateSchema,
  'agent/recordFix': AgentStateSchema,
  'agent/onsiteRequested': AgentStateSchema,
  'agent/departed': AgentStateSchema,
  'portal/getIntakeOptions': IntakeOptionsSchema,
  'portal/getRecord': PortalRecordSchema,
  'portal/confirm': PortalRecordSchema,
  'portal/submitSurvey': PortalRecordSchema,
  'admin/getConfig': StoredConfigSchema,
  'admin/saveConfig': StoredConfigSchema,
  'admin/previewPriority': PriorityPreviewSchema,
  'admin/importIcs': IcsImportSchema,
  'admin/exportConfig': ConfigExportSchema,
  'admin/importConfig': StoredConfigSchema,
  'agent/getFollowUp': FollowUpStateSchema,
  'agent/recordFollowUp': FollowUpStateSchema,
  'reports/get': ReportResultSchema,
  'reports/exportCsv': CsvExportSchema,
  'admin/exportAppData': AppDataDocumentSchema,
  'admin/importAppData': AppDataImportSchema,
  'admin/getCoverage': CoverageSchema,
  'admin/previewNotice': NoticePreviewSchema,
  'admin/saveNotice': StoredConfigSchema,
  'admin/getAudit': AuditPageSchema,
  'admin/closeTransitions': CloseTransitionsSchema,
  'agent/getIntakeOptions': IntakeOptionsSchema,
  'agent/reclassify': AgentStateSchema,
  'agent/recordIntake': AgentStateSchema,
  'agent/onsiteArrived': AgentStateSchema,
  'agent/onsiteFinished': AgentStateSchema,
  'agent/recordOperation': AgentStateSchema,
  'agent/draftKnowledge': KnowledgeDraftSchema,
  'agent/solvedBefore': SolvedBeforeSchema,
  'reports/slaOverview': SlaOverviewSchema,
  'agent/getConsultationOptions': ConsultationOptionsSchema,
  'agent/openConsultation': AgentStateSchema,
  'agent/replyConsultation': AgentStateSchema,
  'agent/recordConsultationOutcome': AgentStateSchema,
  'agent/closeConsultation': AgentStateSchema,
} as const satisfies { readonly [K in keyof typeof rpcPayloads]: z.ZodType };

export type RpcKey = keyof typeof rpcPayloads;
export const RPC_KEYS = Object.keys(rpcPayloads) as readonly RpcKey[];

export type RpcPayload<K extends RpcKey> = z.input<(typeof rpcPayloads)[K]>;
export type RpcData<K extends RpcKey> = z.output<(typeof rpcResults)[K]>;
export type RpcResponse<K extends RpcKey> = Envelope<RpcData<K>>;

/** Function-shaped contract for `makeResolver<Defs>` (@forge/resolver) and `makeInvoke<Defs>` (@forge/bridge). */
export type Defs = { [K in RpcKey]: (payload: RpcPayload<K>) => RpcResponse<K> };

/** What `makeInvoke<Defs>()` returns, for UIs that want to name it (e.g. to inject a fake in tests). */
export type RpcInvoke = <K extends RpcKey>(key: K, payload: RpcPayload<K>) => Promise<RpcResponse<K>>;

export type RpcArea = 'agent' | 'portal' | 'admin' | 'reports';
export const rpcKeysOf = (area: RpcArea): readonly RpcKey[] => RPC_KEYS.filter((key) => key.startsWith(`${area}/`));

/** Resolver function key (manifest `function` module) serving each area. */
export const RESOLVER_FUNCTION_BY_AREA: Readonly<Record<RpcArea, string>> = {
  agent: 'agent-resolver',
  portal: 'portal-resolver',
  admin: 'admin-resolver',
  reports: 'reports-resolver',
};
