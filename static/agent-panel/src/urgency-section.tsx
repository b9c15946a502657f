import { useState } from 'react';
import type { ServiceRecord, Urgency } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import type { AgentState, UrgencyDefinitionsDto } from '../../../src/shared/rpc';
import { LEVEL_IDS } from '../../../src/domain/vocabulary/levels';
import { ErrorState, SelectField, TextField, formatDateTime, textFor, useAction, useUi, type Gateway, type Translate } from '@support-standard/ui-kit';
import type { AgentKey } from './messages';
import { personName } from './record-names';
import { verificationText } from './verification-text';


interface Props {
  readonly record: ServiceRecord;
  readonly names: RecordNames;
  /** The standard's meaning of each level for the request's category; null when none is configured. */
  readonly definitions: UrgencyDefinitionsDto | null;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
  readonly t: Translate<AgentKey>;
}

/** Proposed vs verified urgency; an agent's verification is what the SLA follows (DOMAIN.md §1). */
export function UrgencySection({ record, names, definitions, gateway, onState, t }: Props) {
  const { locale, timeZone } = useUi();
  const [editing, setEditing] = useState(false);
  const [urgency, setUrgency] = useState<string>(record.urgency);
  const [note, setNote] = useState('');
  const action = useAction(onState);
  const verification = record.verification;
  const level = (id: Urgency) => t(`level.${id}`);
  const shown = verificationText(verification, t, (id) => personName(names, id), (iso) => formatDateTime(Date.parse(iso), locale, timeZone));

  const save = async () => {
    const chosen = LEVEL_IDS.find((l) => l === urgency);
    if (chosen === undefined) return;
    const done = await action.run(() => gateway.call('agent/verifyUrgency', { urgency: chosen, note: note.trim() === '' ? null : note.trim() }));
    if (done) setEditing(false);
  };

  return (
    <section className="ss-stack" aria-labelledby="urgency-heading">
      <h2 id="urgency-heading">{t('urgency')}</h2>
      <dl className="ss-dl">
        <dt>{t('urgencyProposed')}</dt>
        <dd>{level(record.urgencyProposed)}</dd>
        <dt>{shown.label}</dt>
        <dd>
          {verification === null ? (
            <span className="ss-subtle">{shown.line}</span>
          ) : (
            <span>
              <strong>{level(verification.to)}</strong>{' '}
              <span className="ss-subtle">
                {shown.line}
              </span>
              {verification.note === null ? null : <span className="ss-subtle"> — {verification.note}</span>}
            </span>
          )}
        </dd>
      </dl>
      {editing ? (
        <form
          className="ss-stack ss-card"
          aria-label={t('verifyTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <SelectField label={t('urgency')} required value={urgency} options={LEVEL_IDS.map((id) => ({ value: id, label: level(id) }))} onChange={setUrgency} />
          {definitions === null ? null : (
            <div className="ss-stack" data-urgency-definitions={record.category}>
              <span className="ss-subtle">{t('urgencyDefinitions', { category: names.category === null ? record.category : textFor(names.category, locale) })}</span>
              <dl className="ss-dl">
                {LEVEL_IDS.map((id) => (
                  <div key={id} style={{ display: 'contents' }} data-level={id} aria-current={id === urgency ? 'true' : undefined}>
                    <dt>{id === urgency ? <strong>{level(id)}</strong> : level(id)}</dt>
                    <dd>{textFor(definitions[id], locale)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
          <TextField label={t('note')} multiline maxLength={2000} value={note} onChange={setNote} />
          {action.error === null ? null : <ErrorState error={action.error} />}
          <div className="ss-row">
            <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>
              {t('save')}
            </button>
            <button type="button" className="ss-button" onClick={() => { setEditing(false); action.clearError(); }}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" className="ss-button" onClick={() => { setUrgency(record.urgency); setEditing(true); }}>
            {t('verify')}
          </button>
        </div>
      )}
    </section>
  );
}
