import type { Translate } from '@support-standard/ui-kit/src/i18n';
import { toIsoWithOffset, wallTimeToInstant } from '@support-standard/ui-kit/src/wall-time';
import type { RpcPayload } from '../../../src/shared/rpc';
import type { FollowUpKey } from './follow-up-messages';

export type FollowUpField = 'contactAt' | 'outcome' | 'improvement';
export const FOLLOW_UP_FIELDS: readonly FollowUpField[] = ['contactAt', 'outcome', 'improvement'];

/** What the agent typed: the contact time as a `datetime-local` wall time in the viewer's zone. */
export type FollowUpDraft = Readonly<Record<FollowUpField, string>>;
export type FollowUpErrors = Partial<Readonly<Record<FollowUpField, string>>>;

const MAX_TEXT = 2000;

/**
 * Checks the draft the way the backend will and builds the payload. Closing needs all three fields (the
 * loop is closed by an improvement, not by a call alone); every message names its field.
 */
export const followUpPayload = (
  draft: FollowUpDraft,
  close: boolean,
  timeZone: string,
  t: Translate<FollowUpKey>,
): { readonly ok: true; readonly payload: RpcPayload<'agent/recordFollowUp'> } | { readonly ok: false; readonly errors: FollowUpErrors } => {
  const errors: Partial<Record<FollowUpField, string>> = {};
  const wall = draft.contactAt.trim();
  const instant = wall === '' ? null : wallTimeToInstant(wall, timeZone);
  if (wall !== '' && instant === null) errors.contactAt = t('badTime', { field: t('contactAt'), zone: timeZone });
  const outcome = draft.outcome.trim();
  const improvement = draft.improvement.trim();
  if (outcome.length > MAX_TEXT) errors.outcome = t('tooLong', { field: t('outcome') });
  if (improvement.length > MAX_TEXT) errors.improvement = t('tooLong', { field: t('improvement') });
  if (close) {
    for (const field of FOLLOW_UP_FIELDS) if (draft[field].trim() === '') errors[field] ??= t('needed', { field: t(field) });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    payload: {
      contactAt: instant === null ? null : toIsoWithOffset(instant, timeZone),
      outcome: outcome === '' ? null : outcome,
      improvement: improvement === '' ? null : improvement,
      close,
    },
  };
};

const isField = (path: string): path is FollowUpField => FOLLOW_UP_FIELDS.some((f) => f === path);

/** The backend's per-field errors (`path` such as `outcome`), placed under the field they name. */
export const errorsFromBackend = (fieldErrors: readonly { readonly path: string; readonly message: string }[], t: Translate<FollowUpKey>): FollowUpErrors => {
  const errors: Partial<Record<FollowUpField, string>> = {};
  for (const { path, message } of fieldErrors) {
    const field = path.split('.')[0] ?? '';
    if (isField(field)) errors[field] = `${t(field)}: ${message}`;
  }
  return errors;
};
