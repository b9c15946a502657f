import { useState } from 'react';
import type { Channel, ServiceRecord } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import type { AgentState } from '../../../src/shared/rpc';
import { ErrorState, SelectField, TextField, createTranslate, formatDateTime, instantToWallTime, toIsoWithOffset, useAction, useUi, wallTimeToInstant, type Gateway, type Translate } from '@support-standard/ui-kit';
import type { AgentKey } from './messages';
import { practiceMessages } from './practice-messages';
import { personName } from './record-names';

interface Props {
  readonly record: ServiceRecord;
  readonly names: RecordNames;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
  readonly t: Translate<AgentKey>;
}

/** Channels an agent can record (`api` is set by integrations only); a type-only import keeps zod out of the bundle. */
const AGENT_CHANNELS: readonly Channel[] = ['portal', 'email', 'phone', 'walk-in', 'im', 'other'];

/**
 * Channel (portal, e-mail, phone, walk-in, WeCom/DingTalk, other) and the intake details a request arrived without,
 * recorded by an agent — e.g. for a phone call or a walk-in raised on the requester's behalf (issue 12 point 2).
 */
export function IntakeSection({ record, names, gateway, onState, t }: Props) {
  const { locale, timeZone } = useUi();
  const p = createTranslate(practiceMessages, locale);
  const [editing, setEditing] = useState(false);
  const [channel, setChannel] = useState<string>(record.channel);
  const [department, setDepartment] = useState(record.department ?? '');
  const [contact, setContact] = useState(record.contact ?? '');
  const [occurred, setOccurred] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const action = useAction(onState);
  const last = record.intakeCorrections?.at(-1);
  const occurredInstant = occurred === '' ? null : wallTimeToInstant(occurred, timeZone);
  const refused = (path: string) => action.error?.fieldErrors?.find((e) => e.path === path);
  const occurredError = incomplete || (occurred !== '' && occurredInstant === null) ? p('occurredInvalid') : refused('occurredAt') !== undefined ? p('occurredFuture') : undefined;
  const unchanged = refused('channel')?.message === 'unchanged';

  const start = () => {
    setChannel(record.channel);
    setDepartment(record.department ?? '');
    setContact(record.contact ?? '');
    setOccurred(record.occurredAt === null ? '' : instantToWallTime(Date.parse(record.occurredAt), timeZone));
    setIncomplete(false);
    action.clearError();
    setEditing(true);
  };

  const save = async (badInput: boolean) => {
    setIncomplete(badInput);
    const chosen = AGENT_CHANNELS.find((c) => c === channel);
    if (badInput || chosen === undefined || (occurred !== '' && occurredInstant === null)) return;
    const done = await action.run(() =>
      gateway.call('agent/recordIntake', {
        channel: chosen,
        department: department.trim() === '' ? null : department.trim(),
        contact: contact.trim() === '' ? null : contact.trim(),
        occurredAt: occurredInstant === null ? null : toIsoWithOffset(occurredInstant, timeZone),
      }),
    );
    if (done) setEditing(false);
  };

  return (
    <section className="ss-stack" aria-label={p('intakeTitle')}>
      {last === undefined ? null : (
        <span className="ss-subtle" data-intake-recorded>
          {p('intakeRecorded', { who: personName(names, last.by), at: formatDateTime(Date.parse(last.at), locale, timeZone) })}
        </span>
      )}
      {editing ? (
        <form
          className="ss-stack ss-card"
          aria-label={p('intakeTitle')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // A half-typed date reads as '' from the control; only its validity tells that something was typed.
            void save(Array.from(e.currentTarget.querySelectorAll('input')).some((input) => input.validity.badInput));
          }}
        >
          <SelectField label={p('channel')} required value={channel} options={AGENT_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} onChange={(v) => { setChannel(v); action.clearError(); }} />
          <TextField label={p('department')} maxLength={200} value={department} onChange={(v) => { setDepartment(v); action.clearError(); }} />
          <TextField label={p('contact')} maxLength={200} value={contact} onChange={(v) => { setContact(v); action.clearError(); }} />
          <TextField
            label={p('occurredAt')}
            type="datetime-local"
            help={p('occurredHelp', { zone: timeZone })}
            value={occurred}
            error={occurredError}
            onChange={(v) => { setOccurred(v); setIncomplete(false); action.clearError(); }}
          />
          {unchanged ? <p role="alert" className="ss-banner ss-banner-warning">{p('intakeUnchanged')}</p> : null}
          {action.error === null || unchanged || occurredError !== undefined ? null : <ErrorState error={action.error} />}
          <div className="ss-row">
            <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>
              {p('save')}
            </button>
            <button type="button" className="ss-button" onClick={() => { setEditing(false); action.clearError(); }}>
              {p('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" className="ss-button" onClick={start}>
            {p('recordIntake')}
          </button>
        </div>
      )}
    </section>
  );
}
