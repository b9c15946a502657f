import type { Channel } from '../../../src/shared/issue-properties';
import type { Translate } from '@support-standard/ui-kit';
import type { AgentKey } from './messages';

/** Intake fields that can fall back to a default (see `readIntake`), by the label the panel already shows for them. */
const FIELD_LABELS: ReadonlyMap<string, AgentKey> = new Map<string, AgentKey>([
  ['category', 'category'],
  ['subcategory', 'subcategory'],
  ['urgency', 'urgency'],
  ['impact', 'impact'],
  ['channel', 'channel'],
]);

export const channelLabel = (channel: Channel, t: Translate<AgentKey>): string => t(`channel.${channel}`);

/** The fields intake filled with defaults, by name; a field this panel does not know yet stays visible as its id. */
export const assumedFieldsLine = (assumed: readonly string[], t: Translate<AgentKey>): string =>
  assumed
    .map((field) => {
      const key = FIELD_LABELS.get(field);
      return key === undefined ? field : t(key);
    })
    .join(t('listSeparator'));
