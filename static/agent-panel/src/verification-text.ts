import type { ServiceRecord, Urgency } from '../../../src/shared/issue-properties';
import type { Translate } from '@support-standard/ui-kit/src/i18n';
import type { AgentKey } from './messages';

type Verification = NonNullable<ServiceRecord['verification']>;

/**
 * The verification row of the panel: its label, and the line under it. "Verified" only once someone has
 * verified; an agent who kept the requester's level confirmed it ("确认 紧急"), one who changed it changed it.
 */
export const verificationText = (
  verification: Verification | null,
  t: Translate<AgentKey>,
  who: (accountId: string) => string,
  at: (iso: string) => string,
): { readonly label: string; readonly line: string } => {
  if (verification === null) return { label: t('urgencyVerification'), line: t('notVerified') };
  const level = (id: Urgency) => t(`level.${id}`);
  const vars = { who: who(verification.by), from: level(verification.from), to: level(verification.to), at: at(verification.at) };
  return { label: t('urgencyVerified'), line: t(verification.from === verification.to ? 'confirmedBy' : 'verifiedBy', vars) };
};
