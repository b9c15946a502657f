import { z } from 'zod';

/**
 * Where the create-property panel's `view.submit(formData)` ends up. JSM stores the submission with the new
 * request as an issue property keyed by the app's id (the UUID at the end of `app.id`), value `{fields}`;
 * the panel's module key is accepted too, as first agreed. The backend reads the first one present.
 */
export const PORTAL_INTAKE_PROPERTY = 'portal-intake';
export const portalIntakePropertyKeys = (appUuid: string | null): readonly string[] =>
  appUuid === null ? [PORTAL_INTAKE_PROPERTY] : [appUuid, PORTAL_INTAKE_PROPERTY];

/** Field keys the portal panel submits; values are strings (dates as ISO-8601 with offset). */
export const INTAKE_FIELD_KEYS = [
  'category',
  'subcategory',
  'urgency',
  'impact',
  'impactText',
  'department',
  'contact',
  'occurredAt',
  /** Only from an agent raising the request on a customer's behalf (issue 12 point 2); see ON_BEHALF_CHANNELS. */
  'channel',
] as const;
export const IntakeFieldKeySchema = z.enum(INTAKE_FIELD_KEYS);
export type IntakeFieldKey = z.infer<typeof IntakeFieldKeySchema>;

/** The shape `view.submit` must receive from the portal panel (and what the backend reads back). */
export const PortalIntakeSubmissionSchema = z.object({
  fields: z.array(z.object({ key: z.string(), value: z.unknown() })),
  isValid: z.boolean().optional(),
});
export type PortalIntakeSubmission = z.infer<typeof PortalIntakeSubmissionSchema>;

/**
 * How a request raised on the portal by an agent on a customer's behalf arrived (issue 12 point 2). The backend
 * keeps a submitted channel only when the request's creator is an agent of its project; anyone else's request
 * raised on the portal came by the portal.
 */
export const ON_BEHALF_CHANNELS = ['phone', 'walk-in', 'email', 'im', 'other'] as const;
export type OnBehalfChannel = (typeof ON_BEHALF_CHANNELS)[number];
