import type { Translate } from '@support-standard/ui-kit';
import type { ReportsKey } from './messages';

/** How the page names the payload fields the backend may refuse, so an error points at what the user chose. */
export const fieldLabels = (t: Translate<ReportsKey>): Readonly<Record<string, string>> => ({
  from: t('customFrom'),
  to: t('customTo'),
  pageToken: t('field.pageToken'),
});
