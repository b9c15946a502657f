import { z } from 'zod';
import {
  CLOCK_NAMES,
  INTAKE_CHANNELS,
  IntakeChannelSchema,
  LEVEL_IDS,
  LevelSchema,
  LocalizedTextSchema,
  SURVEY_ITEM_IDS,
  SurveyItemSchema,
  SurveyScoresSchema,
  type ClockName,
  type IntakeChannel,
  type Level,
  type LocalizedText,
  type SurveyItemId,
  type SurveyScores,
} from '../domain/vocabulary';

/**
 * The issue properties the app writes: a public contract (JQL aliases in manifest.yml index them).
 * Instants are ISO-8601 UTC strings, except `sla.nextCheckAt`, which is epoch milliseconds so the
 * breach sweep can compare it numerically in JQL (`slaNextCheck <= <now>`).
 */
export const SERVICE_RECORD_PROPERTY = 'service-record';
export const SLA_PROPERTY = 'sla';
export const SURVEY_PROPERTY = 'survey';
/** Intake supplied by integrations at creation (`POST /rest/api/3/issue` with `properties`). */
export const SERVICE_INTAKE_PROPERTY = 'service-intake';

/** The vocabulary (src/domain/vocabulary) under the names the contract has always used. */
export const URGENCIES = LEVEL_IDS;
export const UrgencySchema = LevelSchema;
export type Urgency = Level;
export const CHANNELS = INTAKE_CHANNELS;
export const ChannelSchema = IntakeChannelSchema;
export type Channel = IntakeChannel;
export { CLOCK_NAMES, LocalizedTextSchema, SurveyItemSchema, SurveyScoresSchema };
export type { ClockName, LocalizedText, SurveyScores };

const Iso = z.iso.datetime({ offset: true });
const Text = z.string().max(2000);

export const VerificationSchema = z.object({
  by: z.string(),
  at: Iso,
  from: UrgencySchema,
  to: UrgencySchema,
  note: Text.nullable(),
});
export type Verification = z.infer<typeof VerificationSchema>;

const RemedyVersionSchema = z.object({
  text: Text,
  expectedAt: Iso.nullable(),
  by: z.string(),
  at: Iso,
});
export type RemedyVersion = z.infer<typeof RemedyVersionSchema>;

export const RemedySchema = RemedyVersionSchema.extend({
  /** Earlier versions, oldest first: recording a remedy again never silently overwrites (issue 12 point 8). */
  previous: z.array(RemedyVersionSchema).optional(),
});
export type Remedy = z.infer<typeof RemedySchema>;

export const ConfirmationSchema = z.object({
  by: z.string(),
  at: Iso,
  resolved: z.boolean(),
  /** Resolution cycle (1-based) the confirmation answers. */
  cycle: z.int().min(1),
  comment: Text.nullable(),
  /** Where the requester answered: the portal page or the signed link sent with the resolution (issue 13). */
  via: z.enum(['portal', 'link']).optional(),
  /** The transition that closed the request after "resolved". */
  closedWith: z.string().optional(),
  /** Why "resolved" could not close the request (the configured transition was not offered); shown to requester and agent. */
  closeFailed: z.string().optional(),
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;

/** How a request's priority came to be urgent (issue 12 point 3). */
export const ESCALATION_PATHS = ['intake', 'verification', 'reclassification', 'rules', 'jira'] as const;
export const EscalationPathSchema = z.enum(ESCALATION_PATHS);
export type EscalationPath = z.infer<typeof EscalationPathSchema>;

/** The duty supervisor was told that the request is urgent, once per resolution cycle. */
export const EscalationSchema = z.object({
  cycle: z.int().min(1),
  at: Iso,
  path: EscalationPathSchema,
  /** The duty supervisor notified, or null when none was configured (the IM robots still were). */
  supervisor: z.string().nullable(),
});
export type Escalation = z.infer<typeof EscalationSchema>;

/** A classification as agents correct it (issue 12 point 1). */
export const ClassificationSchema = z.object({ category: z.string(), subcategory: z.string().nullable(), impact: z.string().nullable() });
export type Classification = z.infer<typeof ClassificationSchema>;

export const ReclassificationSchema = z.object({
  by: z.string(),
  at: Iso,
  from: ClassificationSchema,
  to: ClassificationSchema,
  reason: Text,
  /** The engineer the request was routed to again, or null when it kept its assignee. */
  routedTo: z.string().nullable(),
});
export type Reclassification = z.infer<typeof ReclassificationSchema>;

/** The intake details an agent can record for a request that arrived without them (issue 12 point 2). */
export const IntakeDetailsSchema = z.object({
  channel: ChannelSchema,
  department: z.string().nullable(),
  contact: z.string().nullable(),
  occurredAt: Iso.nullable(),
});
export type IntakeDetails = z.infer<typeof IntakeDetailsSchema>;

export const IntakeCorrectionSchema = z.object({ by: z.string(), at: Iso, from: IntakeDetailsSchema, to: IntakeDetailsSchema });
export type IntakeCorrection = z.infer<typeof IntakeCorrectionSchema>;

/**
 * One on-site visit (issue 12 point 6): requested → departed → arrived → finished, each with who and when. The
 * departure is what the on-site clock measures (for priorities with an on-site target).
 */
export const OnsiteVisitSchema = z.object({
  requestedAt: Iso,
  requestedBy: z.string(),
  departedAt: Iso.nullable(),
  departedBy: z.string().nullable(),
  /** Tools and parts carried, as the engineer lists them at departure. */
  tools: Text.nullable(),
  arrivedAt: Iso.nullable(),
  finishedAt: Iso.nullable(),
  result: Text.nullable(),
});
export type OnsiteVisit = z.infer<typeof OnsiteVisitSchema>;

const OperationVersionSchema = z.object({
  by: z.string(),
  at: Iso,
  action: Text,
  /** Remote-assistance tool (TeamViewer, 向日葵 …) and its session id, when one was used. */
  tool: Text.nullable(),
  sessionId: Text.nullable(),
  result: Text.nullable(),
});

/** One step of the operation log (操作步骤, issue 12 point 5); edits keep the replaced versions, oldest first. */
export const OperationStepSchema = OperationVersionSchema.extend({ id: z.string(), previous: z.array(OperationVersionSchema).optional() });
export type OperationStep = z.infer<typeof OperationStepSchema>;

/** What a team consultation decided (issue 12 point 7): the plan the requester is told (issue 13 point 1). */
const ConsultationOutcomeVersionSchema = z.object({
  temporaryPlan: Text.nullable(),
  permanentPlan: Text.nullable(),
  /** Free text as the team states it (e.g. "3 个工作日", "until the vendor patch ships"). */
  processingPeriod: Text.nullable(),
  expectedEffect: Text.nullable(),
  by: z.string(),
  at: Iso,
});
export const ConsultationOutcomeSchema = ConsultationOutcomeVersionSchema.extend({
  /** Earlier outcomes, oldest first: recording again never silently overwrites. */
  previous: z.array(ConsultationOutcomeVersionSchema).optional(),
});
export type ConsultationOutcome = z.infer<typeof ConsultationOutcomeSchema>;

export const ConsultationReplySchema = z.object({ by: z.string(), at: Iso, text: Text });
export type ConsultationReply = z.infer<typeof ConsultationReplySchema>;

/** A team consultation (技术团队讨论, issue 12 point 7): a question to named agents or a routing group. */
export const ConsultationSchema = z.object({
  id: z.string(),
  askedBy: z.string(),
  askedAt: Iso,
  question: Text,
  /** The routing group (by its category id) the question went to, when one was named. */
  group: z.string().nullable(),
  /** Every agent asked (the named ones and the group's members, without the asker). */
  invitees: z.array(z.string()),
  replies: z.array(ConsultationReplySchema),
  outcome: ConsultationOutcomeSchema.nullable(),
  closedAt: Iso.nullable(),
  closedBy: z.string().nullable(),
});
export type Consultation = z.infer<typeof ConsultationSchema>;

/** The plan last told to the requester in a public comment: its fingerprint, and how many plans were told. */
export const PlanToldSchema = z.object({ fingerprint: z.string(), at: Iso, count: z.int().min(1) });
export type PlanTold = z.infer<typeof PlanToldSchema>;
/** The knowledge article drafted from this request (issue 13 point 5): a second draft links to it instead of duplicating. */
export const KnowledgeLinkSchema = z.object({ pageId: z.string(), spaceKey: z.string(), url: z.string(), by: z.string(), at: Iso });
export type KnowledgeLink = z.infer<typeof KnowledgeLinkSchema>;

export const ServiceRecordSchema = z.object({
  serviceNumber: z.string(),
  category: z.string(),
  subcategory: z.string().nullable(),
  /** Verified urgency (the SLA follows it); equals urgencyProposed until an agent verifies. */
  urgency: UrgencySchema,
  urgencyProposed: UrgencySchema,
  impact: z.string().nullable(),
  impactText: Text.nullable(),
  /** Priorities share the urgency scale (urgent, high, medium, low). */
  priority: UrgencySchema,
  priorityRule: z.object({ id: z.string(), name: z.string() }).nullable(),
  priorityReason: LocalizedTextSchema,
  channel: ChannelSchema,
  department: z.string().nullable(),
  contact: z.string().nullable(),
  occurredAt: Iso.nullable(),
  receivedAt: Iso,
  /** Fields that were missing or invalid at intake and took configured defaults. */
  assumed: z.array(z.string()),
  verification: VerificationSchema.nullable(),
  workaround: RemedySchema.nullable(),
  fix: RemedySchema.nullable(),
  confirmation: ConfirmationSchema.nullable(),
  /** Set when an agent moved Jira's priority field by hand; rule re-evaluations leave such a priority alone. */
  priorityOverride: z.object({ priority: UrgencySchema, at: Iso }).optional(),
  escalations: z.array(EscalationSchema).optional(),
  reclassifications: z.array(ReclassificationSchema).optional(),
  intakeCorrections: z.array(IntakeCorrectionSchema).optional(),
  onsiteVisits: z.array(OnsiteVisitSchema).optional(),
  operationLog: z.array(OperationStepSchema).optional(),
  /** Confirmations of earlier resolution cycles, oldest first: a new cycle's answer never overwrites a record (issue 13). */
  earlierConfirmations: z.array(ConfirmationSchema).optional(),
  consultations: z.array(ConsultationSchema).optional(),
  /**
   * Invitees of open consultations who have not answered yet (derived from `consultations`); indexed as the user
   * field `consultationPending`, so `consultationPending = currentUser()` is an agent's queue of questions.
   */
  consultationPending: z.array(z.string()).optional(),
  planTold: PlanToldSchema.optional(),
  knowledge: KnowledgeLinkSchema.optional(),
  /** The agent who raised the request on the requester's behalf (JSM "raise on behalf": the creator, not the reporter). */
  raisedBy: z.string().optional(),
});
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;

export const CLOCK_STATES = ['running', 'paused', 'breached', 'met', 'missed'] as const;

export const ClockCycleDtoSchema = z.object({
  startedAt: Iso,
  stoppedAt: Iso.nullable(),
  usedMinutes: z.number(),
  targetMinutes: z.number(),
  breached: z.boolean(),
});

export const ClockDtoSchema = z.object({
  state: z.enum(CLOCK_STATES),
  /** Only while the clock runs; null when paused or stopped. */
  due: Iso.nullable(),
  usedMinutes: z.number(),
  targetMinutes: z.number(),
  remainingMinutes: z.number(),
  breached: z.boolean(),
  everBreached: z.boolean(),
  cycle: z.int().min(1),
  thresholdsReached: z.array(z.number()),
  previousCycles: z.array(ClockCycleDtoSchema),
  calendar: z.string(),
});
export type ClockDto = z.infer<typeof ClockDtoSchema>;

export const SlaPropertySchema = z.object({
  priority: z.string(),
  computedAt: Iso,
  response: ClockDtoSchema.nullable(),
  resolution: ClockDtoSchema.nullable(),
  onsite: ClockDtoSchema.nullable(),
  /** Epoch ms of the next threshold or target crossing; null when no clock runs. Indexed as `slaNextCheck`. */
  nextCheckAt: z.number().nullable(),
  /** True while any clock of the current cycle is over target. Indexed as `slaBreached` ("true"/"false"). */
  breached: z.enum(['true', 'false']),
});
export type SlaProperty = z.infer<typeof SlaPropertySchema>;

export const SURVEY_ITEMS = SURVEY_ITEM_IDS;
export type SurveyItem = SurveyItemId;

const SurveyAnswerSchema = z.object({
  cycle: z.int().min(1),
  scores: SurveyScoresSchema,
  comment: Text.nullable(),
  by: z.string(),
  at: Iso,
  /** Indexed as `csatMin` / `csatAvg`. */
  min: z.number(),
  avg: z.number(),
  low: z.boolean(),
  /** Written by the follow-up loop (issue 6): null until a follow-up exists. */
  followUp: z
    .object({ issueKey: z.string(), status: z.enum(['open', 'closed']) })
    .nullable(),
});
export const SurveyPropertySchema = SurveyAnswerSchema.extend({
  /** The surveys of earlier resolution cycles, oldest first: a new cycle's rating never overwrites a record (issue 13). */
  earlier: z.array(SurveyAnswerSchema).optional(),
});
export type SurveyProperty = z.infer<typeof SurveyPropertySchema>;

/**
 * Intake supplied by an integration at creation (property `service-intake`) or assembled from the portal
 * panel's fields. Every field is optional here: what is missing takes configured defaults.
 */
export const IntakeSchema = z.object({
  category: z.string().min(1).optional(),
  subcategory: z.string().min(1).optional(),
  urgency: UrgencySchema.optional(),
  impact: z.string().min(1).optional(),
  impactText: Text.optional(),
  department: z.string().max(200).optional(),
  contact: z.string().max(200).optional(),
  occurredAt: Iso.optional(),
  channel: ChannelSchema.optional(),
});
export type Intake = z.infer<typeof IntakeSchema>;

/** One half of the plan the requester is told: from a consultation's outcome or from a remedy record. */
export const PlanPartSchema = z.object({
  text: z.string(),
  processingPeriod: z.string().nullable(),
  expectedEffect: z.string().nullable(),
  /** The remedy's expected date, when the plan part comes from one. */
  expectedAt: Iso.nullable(),
  source: z.enum(['consultation', 'remedy']),
  at: Iso,
});
export type PlanPart = z.infer<typeof PlanPartSchema>;

/** The current temporary and permanent plan (issue 13 point 1); null halves were never recorded. */
export const PlanSchema = z.object({ temporary: PlanPartSchema.nullable(), permanent: PlanPartSchema.nullable() });
export type Plan = z.infer<typeof PlanSchema>;
