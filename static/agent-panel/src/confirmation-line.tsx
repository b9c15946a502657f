import type { Confirmation } from '../../../src/shared/issue-properties';
import { Banner, formatDateTime, useUi, type Translate } from '@support-standard/ui-kit';
import type { AgentKey } from './messages';

/** The requester's sign-off as the backend recorded it, and whether "resolved" really closed the request. */
export function ConfirmationLine({ confirmation, t }: { readonly confirmation: Confirmation | null; readonly t: Translate<AgentKey> }) {
  const { locale, timeZone } = useUi();
  if (confirmation === null) return null;
  const vars = { via: t(`confirmedVia.${confirmation.via ?? 'portal'}`), at: formatDateTime(Date.parse(confirmation.at), locale, timeZone) };
  return (
    <div className="ss-stack" data-confirmation={confirmation.resolved ? 'resolved' : 'not-resolved'}>
      <p>{t(confirmation.resolved ? 'confirmedResolved' : 'confirmedNotResolved', vars)}</p>
      {confirmation.closedWith === undefined ? null : <p className="ss-subtle">{t('closedWith', { name: confirmation.closedWith })}</p>}
      {confirmation.closeFailed === undefined ? null : (
        <Banner tone="warning">
          <span data-close-failed>{t('closeFailed', { reason: confirmation.closeFailed })}</span>
        </Banner>
      )}
    </div>
  );
}
