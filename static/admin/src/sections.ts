import type { ComponentType } from 'react';
import type { StoredConfigDto } from '../../../src/shared/rpc';
import type { Gateway } from '@support-standard/ui-kit';
import { CalendarsSection } from './calendars-section';
import type { SectionProps } from './form-bits';
import type { SectionId } from './section-ids';
import type { AdminKey } from './messages';
import { KnowledgeSection } from './knowledge-section';
import { NotificationsSection } from './notifications-section';
import { NumberingSection } from './numbering-section';
import { PrioritiesSection } from './priorities-section';
import { RoutingSection } from './routing-section';
import { RulesSection } from './rules-section';
import { SlaSection } from './sla-section';
import { SurveySection } from './survey-section';
import { TaxonomySection } from './taxonomy-section';
import { TransferSection } from './transfer-section';

export interface SectionComponentProps extends SectionProps {
  readonly gateway: Gateway;
  readonly stored: StoredConfigDto;
  readonly onImport: (document: unknown) => Promise<void>;
  readonly busy: boolean;
}

interface Section {
  readonly id: SectionId;
  readonly label: AdminKey;
  readonly Component: ComponentType<SectionComponentProps>;
}

export const SECTIONS: readonly [Section, ...Section[]] = [
  { id: 'taxonomy', label: 'tab.taxonomy', Component: TaxonomySection },
  { id: 'rules', label: 'tab.rules', Component: RulesSection },
  { id: 'calendars', label: 'tab.calendars', Component: CalendarsSection },
  { id: 'priorities', label: 'tab.priorities', Component: PrioritiesSection },
  { id: 'sla', label: 'tab.sla', Component: SlaSection },
  { id: 'routing', label: 'tab.routing', Component: RoutingSection },
  { id: 'numbering', label: 'tab.numbering', Component: NumberingSection },
  { id: 'survey', label: 'tab.survey', Component: SurveySection },
  { id: 'notifications', label: 'tab.notifications', Component: NotificationsSection },
  { id: 'knowledge', label: 'tab.knowledge', Component: KnowledgeSection },
  { id: 'transfer', label: 'tab.transfer', Component: TransferSection },
];
