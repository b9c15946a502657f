import type { IntakeOptions } from '../../../src/shared/rpc';
import type { IntakeFieldKey, PortalIntakeSubmission } from '../../../src/shared/portal-intake';
import { toIsoWithOffset, wallTimeToInstant } from '@support-standard/ui-kit/src/wall-time';

/** What the requester typed, as the form holds it (`occurredAt` is a wall time in their zone). */
export type IntakeValues = Readonly<Record<IntakeFieldKey, string>>;

export type IntakeProblem = 'required' | 'unknownOption' | 'tooLong' | 'invalidTime' | 'futureTime';
export type IntakeErrors = Partial<Record<IntakeFieldKey, IntakeProblem>>;

/** Same ceilings as the backend's intake schema, so the form never sends what would be refused. */
export const MAX_LENGTH = { impactText: 2000, department: 200, contact: 200 } as const;
/** A few minutes of slack for a requester whose computer clock runs ahead. */
const FUTURE_SLACK_MS = 5 * 60_000;

export const emptyValues = (options: IntakeOptions, nowWallTime: string): IntakeValues => ({
  category: '',
  subcategory: '',
  urgency: options.defaults.urgency,
  impact: options.defaults.impact,
  impactText: '',
  department: '',
  contact: '',
  occurredAt: nowWallTime,
  // An agent raising on a customer's behalf is usually taking a call; a customer's panel has no channel.
  channel: options.agentIntake === null ? '' : 'phone',
});

export const subcategoriesOf = (options: IntakeOptions, category: string) =>
  options.categories.find((c) => c.id === category)?.subcategories ?? [];

/** Changing the category clears a subcategory that belongs to another one (the cascade). */
export const withValue = (values: IntakeValues, key: IntakeFieldKey, value: string, options: IntakeOptions): IntakeValues => {
  if (key !== 'category') return { ...values, [key]: value };
  const keep = subcategoriesOf(options, value).some((s) => s.id === values.subcategory);
  return { ...values, category: value, subcategory: keep ? values.subcategory : '' };
};

const oneOf = (value: string, ids: readonly string[]): IntakeProblem | undefined => {
  if (value === '') return 'required';
  return ids.includes(value) ? undefined : 'unknownOption';
};

const text = (value: string, max: number, required: boolean): IntakeProblem | undefined => {
  if (required && value.trim() === '') return 'required';
  return value.length > max ? 'tooLong' : undefined;
};

export const validateIntake = (values: IntakeValues, options: IntakeOptions, timeZone: string, now: number): IntakeErrors => {
  const subcategories = subcategoriesOf(options, values.category);
  const occurred = wallTimeToInstant(values.occurredAt, timeZone);
  const checks: Record<IntakeFieldKey, IntakeProblem | undefined> = {
    category: oneOf(values.category, options.categories.map((c) => c.id)),
    subcategory: subcategories.length === 0 ? undefined : oneOf(values.subcategory, subcategories.map((s) => s.id)),
    urgency: oneOf(values.urgency, options.urgencies.map((u) => u.id)),
    impact: oneOf(values.impact, options.impactLevels.map((i) => i.id)),
    impactText: text(values.impactText, MAX_LENGTH.impactText, false),
    department: text(values.department, MAX_LENGTH.department, true),
    contact: text(values.contact, MAX_LENGTH.contact, true),
    occurredAt:
      values.occurredAt === '' ? 'required' : occurred === null ? 'invalidTime' : occurred > now + FUTURE_SLACK_MS ? 'futureTime' : undefined,
    channel: options.agentIntake === null ? undefined : oneOf(values.channel, options.agentIntake.channels),
  };
  const errors: IntakeErrors = {};
  for (const [key, problem] of Object.entries(checks) as [IntakeFieldKey, IntakeProblem | undefined][]) {
    if (problem !== undefined) errors[key] = problem;
  }
  return errors;
};

/**
 * The payload for `view.submit`: every filled field as `{key, value}` (strings; the time as ISO-8601 with
 * the requester's offset) and `isValid`, which keeps JSM from creating the request while a field is wrong.
 */
export const toSubmission = (values: IntakeValues, errors: IntakeErrors, timeZone: string): PortalIntakeSubmission => {
  const fields: { key: IntakeFieldKey; value: string }[] = [];
  for (const [key, raw] of Object.entries(values) as [IntakeFieldKey, string][]) {
    const value = raw.trim();
    if (value === '' || errors[key] !== undefined) continue;
    if (key === 'occurredAt') {
      const instant = wallTimeToInstant(value, timeZone);
      if (instant !== null) fields.push({ key, value: toIsoWithOffset(instant, timeZone) });
    } else {
      fields.push({ key, value });
    }
  }
  return { fields, isValid: Object.keys(errors).length === 0 };
};
