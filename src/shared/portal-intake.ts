import { z } from 'zod';

/**
 * Where the create-property panel's `view.submit(formData)` ends up: Jira stores it as an issue property
 * named after the panel's module key (working assumption shared with the sandbox; change it only here).
 */
export const PORTAL_INTAKE_PROPERTY = 'portal-intake';

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
] as const;
export const IntakeFieldKeySchema = z.enum(INTAKE_FIELD_KEYS);
export type IntakeFieldKey = z.infer<typeof IntakeFieldKeySchema>;

/** The shape `view.submit` must receive from the portal panel (and what the backend reads back). */
export const PortalIntakeSubmissionSchema = z.object({
  fields: z.array(z.object({ key: z.string(), value: z.unknown() })),
  isValid: z.boolean(),
});
export type PortalIntakeSubmission = z.infer<typeof PortalIntakeSubmissionSchema>;
