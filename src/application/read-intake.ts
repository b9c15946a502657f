import type { AppConfig } from '../domain/config';
import { findCategory, subcategoryBelongsTo } from '../domain/taxonomy';
import { IntakeSchema, SERVICE_INTAKE_PROPERTY, type Channel, type Urgency } from '../shared/issue-properties';
import { ON_BEHALF_CHANNELS, PortalIntakeSubmissionSchema } from '../shared/portal-intake';
import type { IssueReader } from './ports';

export interface ResolvedIntake {
  readonly category: string;
  readonly subcategory: string | null;
  readonly urgency: Urgency;
  readonly impact: string;
  readonly impactText: string | null;
  readonly department: string | null;
  readonly contact: string | null;
  readonly occurredAt: string | null;
  readonly channel: Channel;
  /** Fields that took configured defaults because they were missing or invalid. */
  readonly assumed: readonly string[];
}

/**
 * The portal panel submits `{fields:[{key,value}]}`; turn it into the integration intake shape. A request raised
 * on the portal came by the portal, unless an agent raised it on a customer's behalf and said how it arrived
 * (`agentChannel`, asked only when a channel was submitted: it costs a permission check).
 */
const fromPortal = async (raw: unknown, creatorIsAgent: () => Promise<boolean>): Promise<Record<string, unknown> | null> => {
  const parsed = PortalIntakeSubmissionSchema.safeParse(raw);
  if (!parsed.success) return null;
  const out: Record<string, unknown> = {};
  for (const field of parsed.data.fields) {
    if (typeof field.value === 'string' && field.value.trim() !== '') out[field.key] = field.value.trim();
  }
  const claimed = ON_BEHALF_CHANNELS.find((c) => c === out.channel);
  out.channel = claimed !== undefined && (await creatorIsAgent()) ? claimed : 'portal';
  return out;
};

/** One field at a time, so a single bad field falls back alone instead of discarding the whole intake. */
const field = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | undefined => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};
const S = IntakeSchema.shape;

/**
 * Intake from the portal panel's stored property, else from `service-intake` set by an integration; every
 * missing or invalid field falls back to `config.intakeDefaults` and is listed in `assumed`.
 */
export const readIntake = async (
  jira: IssueReader,
  issueKey: string,
  config: AppConfig,
  portalKeys: readonly string[],
  creatorIsAgent: () => Promise<boolean> = () => Promise.resolve(false),
  known?: Readonly<Record<string, unknown>>,
): Promise<ResolvedIntake> => {
  // `known`: the issue's properties read with the issue itself (all of portalKeys and service-intake), so no further read.
  const property = (key: string): Promise<unknown> => (known === undefined ? jira.getProperty(issueKey, key) : Promise.resolve(known[key]));
  let portal: Record<string, unknown> | null = null;
  for (const key of portalKeys) {
    portal = await fromPortal(await property(key), creatorIsAgent);
    if (portal !== null) break;
  }
  const integration = portal === null ? await property(SERVICE_INTAKE_PROPERTY) : undefined;
  const raw: Record<string, unknown> =
    portal ?? (integration !== null && typeof integration === 'object' ? { ...integration } : {});
  const assumed: string[] = [];
  const defaults = config.intakeDefaults;

  const categoryInput = field(S.category, raw.category);
  const category = categoryInput !== undefined && findCategory(config.taxonomy, categoryInput) ? categoryInput : undefined;
  if (category === undefined) assumed.push('category');
  const resolvedCategory = category ?? defaults.category;

  const subInput = field(S.subcategory, raw.subcategory);
  const subcategory =
    subInput !== undefined && subcategoryBelongsTo(config.taxonomy, resolvedCategory, subInput) ? subInput : null;
  if (subInput !== undefined && subcategory === null) assumed.push('subcategory');

  const urgency = field(S.urgency, raw.urgency);
  if (urgency === undefined) assumed.push('urgency');

  const impactInput = field(S.impact, raw.impact);
  const impact = impactInput !== undefined && config.impactLevels.some((l) => l.id === impactInput) ? impactInput : undefined;
  if (impact === undefined) assumed.push('impact');

  const channel = field(S.channel, raw.channel) ?? (integration === undefined || integration === null ? undefined : 'api');
  if (channel === undefined) assumed.push('channel');
  return {
    category: resolvedCategory,
    subcategory,
    urgency: urgency ?? defaults.urgency,
    impact: impact ?? defaults.impact,
    impactText: field(S.impactText, raw.impactText) ?? null,
    department: field(S.department, raw.department) ?? null,
    contact: field(S.contact, raw.contact) ?? null,
    occurredAt: field(S.occurredAt, raw.occurredAt) ?? null,
    channel: channel ?? 'email',
    assumed,
  };
};
