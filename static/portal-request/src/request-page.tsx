import { useState } from 'react';
import type { PortalRecord } from '../../../src/shared/rpc';
import {
  Banner,
  ErrorState,
  Loading,
  TextField,
  createTranslate,
  formatDateTime,
  useAction,
  useRemote,
  useUi,
  type Gateway,
  type Translate,
} from '@support-standard/ui-kit';
import { messages, type RequestKey } from './messages';
import { PlanSection } from './plan-section';
import { RequestClocks } from './request-clocks';
import { stageOf } from './stage';
import { SurveyForm } from './survey-form';
import { SURVEY_ITEMS } from './survey-form-state';
import { LEVEL_IDS } from '../../../src/domain/vocabulary/levels';


export function RequestPage({ gateway }: { readonly gateway: Gateway }) {
  const { locale } = useUi();
  const t = createTranslate(messages, locale);
  const { state, reload, accept } = useRemote(() => gateway.call('portal/getRecord', {}));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  return <RecordView record={state.data} receivedAt={state.receivedAt} gateway={gateway} onRecord={accept} t={t} />;
}

interface ViewProps {
  readonly record: PortalRecord;
  readonly receivedAt: number;
  readonly gateway: Gateway;
  readonly onRecord: (record: PortalRecord) => void;
  readonly t: Translate<RequestKey>;
}

function RecordView({ record, receivedAt, gateway, onRecord, t }: ViewProps) {
  const { locale, timeZone } = useUi();
  const stage = stageOf(record);
  const at = (iso: string | null) => (iso === null ? null : formatDateTime(Date.parse(iso), locale, timeZone));
  const respond = record.sla?.response?.state === 'running' || record.sla?.response?.state === 'paused' ? at(record.commitment.respondBy) : null;
  const resolve = record.resolved ? null : at(record.commitment.resolveBy);
  const level = LEVEL_IDS.find((l) => l === record.priority);

  return (
    <main className="ss-stack" data-stage={stage}>
      <header className="ss-row" style={{ justifyContent: 'space-between' }}>
        <div>
          <span className="ss-subtle">{t('serviceNumber')}</span>
          <h1 data-service-number>{record.serviceNumber ?? t('unnumbered')}</h1>
        </div>
        <div className="ss-subtle" style={{ textAlign: 'right' }}>
          <div>{t('status', { status: record.status })}</div>
          {level === undefined ? null : <div>{t('priority', { priority: t(`level.${level}`) })}</div>}
        </div>
      </header>
      {respond === null && resolve === null ? null : (
        <section className="ss-card ss-stack" aria-label={t('commitment')}>
          <strong>{t('commitment')}</strong>
          <p data-commitment>
            {respond !== null && resolve !== null
              ? t('commitmentBoth', { respond, resolve })
              : respond !== null
                ? t('commitmentRespond', { respond })
                : t('commitmentResolve', { resolve: resolve ?? '' })}
          </p>
          <span className="ss-subtle">{t('zoneNote', { zone: timeZone })}</span>
        </section>
      )}
      {record.sla === null ? null : <RequestClocks sla={record.sla} thresholds={record.warningThresholds} receivedAt={receivedAt} t={t} />}
      <PlanSection plan={record.plan} />
      {stage === 'in-progress' ? <p>{t('inProgress')}</p> : null}
      {stage === 'reopened' ? <Banner tone="info">{t('reopened')}</Banner> : null}
      {stage === 'confirm' ? <ConfirmForm onResolved={record.onResolved} gateway={gateway} onRecord={onRecord} t={t} /> : null}
      {record.confirmation?.cycle === record.cycle && record.confirmation.closeFailed !== undefined ? (
        <Banner tone="warning">
          <span data-close-failed>{t('closeFailed')}</span>
        </Banner>
      ) : null}
      {stage === 'rate' ? <SurveyForm gateway={gateway} onRecord={onRecord} t={t} /> : null}
      {stage === 'thanks' ? <Thanks record={record} t={t} /> : null}
      {stage === 'resolved-read-only' && record.confirmation?.resolved === true ? (
        <p>{t('confirmedBy', { at: at(record.confirmation.at) ?? '' })}</p>
      ) : null}
      {!record.isReporter && record.resolved ? <p className="ss-subtle">{t('readOnly')}</p> : null}
    </main>
  );
}

function ConfirmForm({ onResolved, gateway, onRecord, t }: Omit<ViewProps, 'record' | 'receivedAt'> & { readonly onResolved: PortalRecord['onResolved'] }) {
  const [comment, setComment] = useState('');
  const action = useAction(onRecord);
  const confirm = (resolved: boolean) =>
    void action.run(() => gateway.call('portal/confirm', { resolved, comment: comment.trim() === '' ? null : comment.trim() }));
  return (
    <section className="ss-card ss-stack" aria-labelledby="confirm-title">
      <h2 id="confirm-title">{t('confirmTitle')}</h2>
      <p className="ss-subtle" data-on-resolved={onResolved}>{t(`confirmHint.${onResolved}`)}</p>
      <TextField label={t('comment')} help={t('confirmNoHint')} multiline maxLength={2000} value={comment} onChange={setComment} />
      {action.error === null ? null : <ErrorState error={action.error} />}
      <div className="ss-row">
        <button type="button" className="ss-button ss-button-primary" disabled={action.busy} onClick={() => { confirm(true); }}>
          {t('confirmYes')}
        </button>
        <button type="button" className="ss-button" disabled={action.busy} onClick={() => { confirm(false); }}>
          {t('confirmNo')}
        </button>
      </div>
    </section>
  );
}

function Thanks({ record, t }: { readonly record: PortalRecord; readonly t: Translate<RequestKey> }) {
  const survey = record.survey;
  return (
    <section className="ss-stack" aria-labelledby="thanks-title">
      <Banner tone="success">
        <strong id="thanks-title">{t('thanks')}</strong> {t('thanksHint')}
      </Banner>
      {survey === null ? null : (
        <table className="ss-table">
          <caption className="ss-visually-hidden">{t('yourScores')}</caption>
          <tbody>
            {SURVEY_ITEMS.map((item) => (
              <tr key={item}>
                <th scope="row">{t(`item.${item}`)}</th>
                <td>{t('scoreScale', { score: survey.scores[item] })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
