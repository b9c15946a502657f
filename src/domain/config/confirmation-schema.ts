import { z } from 'zod';

/** `auto`: the transition into a done-category status; `none`: confirming records only; any other text names a transition. */
export const CLOSE_AUTO = 'auto';
export const CLOSE_NONE = 'none';

export const ConfirmationSettingsSchema = z.strictObject({
  /** What "resolved" does (DOMAIN.md §6): `auto`, `none`, or the name of a workflow transition the admin picked. */
  closeTransition: z.string().trim().min(1, { error: 'choose a transition, auto or none' }).max(255),
  /** How long the signed confirmation-and-survey link sent with the resolution stays valid. */
  linkExpiryDays: z.int({ error: 'expected whole days' }).min(1, { error: 'a link must stay valid at least 1 day' }).max(90, { error: 'at most 90 days' }),
});
export type ConfirmationSettings = z.infer<typeof ConfirmationSettingsSchema>;

export const DEFAULT_CONFIRMATION: ConfirmationSettings = { closeTransition: CLOSE_AUTO, linkExpiryDays: 14 };
