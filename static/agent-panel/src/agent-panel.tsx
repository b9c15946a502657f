import { useEffect } from 'react';
import type { AgentState } from '../../../src/shared/rpc';
import { isLevel } from '../../../src/domain/vocabulary/levels';
import {
  EmptyState,
  ErrorState,
  Loading,
  createTranslate,
  formatDateTime,
  textFor,
  useRemote,
  useUi,
  type Gateway,
  type Translate,
} from '@support-standard/ui-kit';
import { assumedFieldsLine, channelLabel } from './intake-labels';
import { messages, type AgentKey } from './messages';
import { categoryLine, impactLine, personName } from './record-names';
import { refreshDelayMs } from './refresh-plan';
import { ConsultationSection } from './consultation-section';
import { EscalationLine } from './escalation-line';
import { IntakeSection } from './intake-section';
import { KnowledgeSection } from './knowledge-section';
import { OnsiteSection } from './onsite-section';
import { OperationLogSection } from './operation-log-section';
import { ReclassifySection } from './reclassify-section';
import { RemedySection } from './remedy-section';
import { SlaClocks } from './sla-clocks';
import { ConfirmationLine } from './confirmation-line';
import { SurveySection } from './survey-section';
import { UrgencySection } from './urgency-section';

/** Subscribes to "this issue changed" from the host; returns the unsubscribe. */
export type OnIssueChanged = (reload: () => void) => () => void;

export function AgentPanel({ gateway, onIssueChanged }: { readonly gateway: Gateway; readonly onIssueChanged: OnIssueChanged }) {
  const { locale } = useUi();
  const t = createTranslate(messages, locale);
  const remote = useRemote(() => gateway.call('agent/getState', {}));
  const { state, reload, accept } = remote;

  useEffect(() => onIssueChanged(reload), [onIssueChanged, reload]);

  // One fetch when the server says the next warning level or target is crossed: no polling.
  const sla = state.status === 'ready' ? state.data.sla : null;
  const receivedAt = state.status === 'ready' ? state.receivedAt : 0;
  useEffect(() => {
    if (sla === null) return undefined;
    const delay = refreshDelayMs(sla.nextCheckAt, Date.parse(sla.computedAt), receivedAt, Date.now());
    if (delay === null) return undefined;
    const timer = setTimeout(reload, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [sla, receivedAt, reload]);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  return <PanelBody data={state.data} receivedAt={state.receivedAt} gateway={gateway} onState={accept} t={t} />;
}

interface BodyProps {
  readonly data: AgentState;
  readonly receivedAt: number;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
  readonly t: Translate<AgentKey>;
}

function PanelBody({ data, receivedAt, gateway, onState, t }: BodyProps) {
  const { locale, timeZone } = useUi();
  const { record, sla, survey, names } = data;
  if (record === null) {
    return <EmptyState title={t('noRecord')}>{t('noRecordHint')}</EmptyState>;
  }
  const priorityName = isLevel(record.priority) ? t(`level.${record.priority}`) : record.priority;
  const details: readonly (readonly [AgentKey, string | null])[] = [
    ['category', categoryLine(record, names, locale)],
    ['impact', impactLine(record, names, locale)],
    ['department', record.department],
    ['contact', record.contact],
    ['occurredAt', record.occurredAt === null ? null : formatDateTime(Date.parse(record.occurredAt), locale, timeZone)],
    ['channel', channelLabel(record.channel, t)],
    ...(record.raisedBy === undefined ? [] : [['raisedBy', personName(names, record.raisedBy)] as const]),
  ];
  return (
    <main className="ss-stack">
      <header className="ss-row" style={{ justifyContent: 'space-between' }}>
        <div>
          <span className="ss-subtle">{t('serviceNumber')}</span>
          <h1 data-service-number>{record.serviceNumber === '' ? t('unnumbered') : record.serviceNumber}</h1>
        </div>
        <div style={{ textAlign: 'right' }}>
          <span className="ss-subtle">{t('priority')}</span>
          <div>
            <span className="ss-lozenge ss-lozenge-information" data-priority={record.priority}>{priorityName}</span>
          </div>
        </div>
      </header>
      <p>
        <span className="ss-subtle">{t('why')}: </span>
        {textFor(record.priorityReason, locale)}
        {record.priorityRule === null ? null : <span className="ss-subtle"> ({t('rule', { name: record.priorityRule.name })})</span>}
      </p>
      <EscalationLine record={record} names={names} />
      <section className="ss-stack" aria-labelledby="clocks-heading">
        <h2 id="clocks-heading">{t('clocks')}</h2>
        {sla === null ? <p className="ss-subtle">{t('noSla')}</p> : <SlaClocks sla={sla} thresholds={data.warningThresholds} receivedAt={receivedAt} t={t} />}
        {data.holidayGaps.map((gap) => (
          <p key={gap.clock} className="ss-lozenge ss-lozenge-warning" data-holiday-gap={gap.year}>
            {t('holidayGap', { clock: t(`clock.${gap.clock}`), year: gap.year })}
          </p>
        ))}
        {data.onsite === null ? null : <OnsiteSection record={record} names={names} onsite={data.onsite} gateway={gateway} onState={onState} />}
      </section>
      <UrgencySection key={`${record.urgency}-${record.verification?.at ?? ''}`} record={record} names={names} definitions={data.urgencyDefinitions} gateway={gateway} onState={onState} t={t} />
      <dl className="ss-dl">
        {details.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{t(key)}</dt>
            <dd>{value ?? '—'}</dd>
          </div>
        ))}
      </dl>
      {record.assumed.length === 0 ? null : <p className="ss-subtle">{t('assumed', { fields: assumedFieldsLine(record.assumed, t) })}</p>}
      <IntakeSection record={record} names={names} gateway={gateway} onState={onState} t={t} />
      <ReclassifySection key={`reclassify-${String(record.reclassifications?.length ?? 0)}`} record={record} names={names} gateway={gateway} onState={onState} />
      <OperationLogSection record={record} names={names} gateway={gateway} onState={onState} />
      <ConsultationSection record={record} names={names} gateway={gateway} onState={onState} />
      <RemedySection kind="workaround" remedy={record.workaround} names={names} gateway={gateway} onState={onState} t={t} />
      <RemedySection kind="fix" remedy={record.fix} names={names} gateway={gateway} onState={onState} t={t} />
      <KnowledgeSection key={`knowledge-${String(data.knowledge.canDraft)}`} knowledge={data.knowledge} gateway={gateway} />
      <section className="ss-stack" aria-labelledby="survey-heading">
        <h2 id="survey-heading">{t('survey')}</h2>
        <ConfirmationLine confirmation={record.confirmation} t={t} />
        <SurveySection survey={survey} lowItems={data.surveyLowItems} t={t} />
      </section>
    </main>
  );
}
