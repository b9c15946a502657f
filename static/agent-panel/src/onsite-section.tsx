import { useState } from 'react';
import type { ServiceRecord } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import type { AgentState } from '../../../src/shared/rpc';
import { ErrorState, TextField, createTranslate, formatDateTime, toIsoWithOffset, useAction, useUi, wallTimeToInstant, type Gateway } from '@support-standard/ui-kit';
import { practiceMessages, type PracticeKey } from './practice-messages';
import { personName } from './record-names';

interface Props {
  readonly record: ServiceRecord;
  readonly names: RecordNames;
  /** The backend's decision: the step that may be recorded next, and whether the priority times the visit. */
  readonly onsite: NonNullable<AgentState['onsite']>;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
}

/**
 * On-site visits for every priority (issue 12 point 6): requested → departed → arrived → finished, one term per
 * step everywhere (需要上门 / 已出发 / 已到场 / 上门完成), the tools carried, and each step's time.
 */
export function OnsiteSection({ record, names, onsite, gateway, onState }: Props) {
  const { locale, timeZone } = useUi();
  const p = createTranslate(practiceMessages, locale);
  const visits = record.onsiteVisits ?? [];
  const step = onsite.next;
  const [text, setText] = useState('');
  const [when, setWhen] = useState('');
  const [badWhen, setBadWhen] = useState(false);
  const action = useAction((state: AgentState) => {
    setText('');
    setWhen('');
    onState(state);
  });
  const whenInstant = when === '' ? null : wallTimeToInstant(when, timeZone);
  const refusal = action.error?.fieldErrors?.find((e) => e.path === 'at')?.message;
  const whenError: string | undefined =
    badWhen || (when !== '' && whenInstant === null)
      ? p('stepAtInvalid')
      : refusal === undefined
        ? undefined
        : refusal.includes('future')
          ? p('stepAtFuture')
          : p('stepAtBefore');
  const at = whenInstant === null ? {} : { at: toIsoWithOffset(whenInstant, timeZone) };
  const more = text.trim() === '' ? {} : text.trim();

  const submit = async (badInput: boolean) => {
    setBadWhen(badInput);
    if (badInput || (when !== '' && whenInstant === null)) return;
    await action.run(() => {
      switch (step) {
        case 'requested':
          return gateway.call('agent/onsiteRequested', {});
        case 'departed':
          return gateway.call('agent/departed', { ...at, ...(typeof more === 'string' ? { tools: more } : {}) });
        case 'arrived':
          return gateway.call('agent/onsiteArrived', at);
        case 'finished':
          return gateway.call('agent/onsiteFinished', { ...at, ...(typeof more === 'string' ? { result: more } : {}) });
      }
    });
  };

  const line = (key: PracticeKey, iso: string | null, who: string | null, extra: { readonly label: PracticeKey; readonly text: string | null; readonly attr?: string } | null = null) =>
    iso === null ? null : (
      <li key={key} data-onsite-step={key.slice('onsite.'.length)}>
        {who === null
          ? p('stepBy', { step: p(key), at: formatDateTime(Date.parse(iso), locale, timeZone) })
          : p('stepByWho', { step: p(key), who: personName(names, who), at: formatDateTime(Date.parse(iso), locale, timeZone) })}
        {extra === null || extra.text === null ? null : (
          <div className="ss-subtle" {...(extra.attr === undefined ? {} : { [extra.attr]: true })}>{`${p(extra.label)}: ${extra.text}`}</div>
        )}
      </li>
    );

  return (
    <section className="ss-stack" aria-label={p('onsiteVisit')}>
      {onsite.timed ? null : <p className="ss-subtle" data-onsite-untimed>{p('onsiteNoTarget')}</p>}
      {visits.map((v) => (
        <ol key={v.requestedAt} className="ss-stack" aria-label={p('onsiteVisit')}>
          {line('onsite.requested', v.requestedAt, v.requestedBy)}
          {line('onsite.departed', v.departedAt, v.departedBy, { label: 'tools', text: v.tools, attr: 'data-onsite-tools' })}
          {line('onsite.arrived', v.arrivedAt, null)}
          {line('onsite.finished', v.finishedAt, null, { label: 'result', text: v.result })}
        </ol>
      ))}
      <form
        className="ss-stack"
        aria-label={p(`onsite.${step}`)}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(Array.from(e.currentTarget.querySelectorAll('input')).some((input) => input.validity.badInput));
        }}
      >
        {step === 'departed' ? <TextField label={p('tools')} multiline maxLength={2000} value={text} onChange={setText} /> : null}
        {step === 'finished' ? <TextField label={p('result')} multiline maxLength={2000} value={text} onChange={setText} /> : null}
        {step === 'requested' ? null : (
          <TextField
            label={p('stepAt')}
            type="datetime-local"
            help={p('stepAtHelp', { zone: timeZone })}
            value={when}
            error={whenError}
            onChange={(v) => { setWhen(v); setBadWhen(false); action.clearError(); }}
          />
        )}
        {action.error === null || whenError !== undefined ? null : <ErrorState error={action.error} />}
        <div className="ss-row">
          <button type="submit" className={step === 'requested' ? 'ss-button' : 'ss-button ss-button-primary'} disabled={action.busy}>
            {step === 'requested' && visits.length > 0 ? p('onsiteNewVisit') : p(`onsite.${step}`)}
          </button>
        </div>
      </form>
    </section>
  );
}
