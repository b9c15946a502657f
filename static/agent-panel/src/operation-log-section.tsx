import { useState } from 'react';
import type { OperationStep, ServiceRecord } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import type { AgentState } from '../../../src/shared/rpc';
import { ErrorState, TextField, createTranslate, formatDateTime, useAction, useUi, type Gateway } from '@support-standard/ui-kit';
import { practiceMessages } from './practice-messages';
import { personName } from './record-names';

interface Props {
  readonly record: ServiceRecord;
  readonly names: RecordNames;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
}

const blank = { action: '', tool: '', sessionId: '', result: '' };

/**
 * The operation log (操作步骤, issue 12 point 5): timestamped steps with the remote-assistance tool and session id
 * and the result. Editing a step starts from it and keeps the replaced version, listed under the step.
 */
export function OperationLogSection({ record, names, gateway, onState }: Props) {
  const { locale, timeZone } = useUi();
  const p = createTranslate(practiceMessages, locale);
  const log = record.operationLog ?? [];
  /** Which step the form edits: `{id: null}` adds one; null = no form open. */
  const [editing, setEditing] = useState<{ readonly id: string | null } | null>(null);
  const [form, setForm] = useState(blank);
  const [showErrors, setShowErrors] = useState(false);
  const action = useAction((state: AgentState) => {
    setEditing(null);
    onState(state);
  });
  const actionError = showErrors && form.action.trim() === '' ? p('actionRequired') : undefined;
  const when = (iso: string) => formatDateTime(Date.parse(iso), locale, timeZone);
  const how = (s: Pick<OperationStep, 'tool' | 'sessionId'>) => [s.tool, s.sessionId === null ? null : `${p('sessionId')} ${s.sessionId}`].filter((x) => x !== null).join(' · ');

  const open = (step: OperationStep | null) => {
    setForm(step === null ? blank : { action: step.action, tool: step.tool ?? '', sessionId: step.sessionId ?? '', result: step.result ?? '' });
    setShowErrors(false);
    action.clearError();
    setEditing({ id: step === null ? null : step.id });
  };

  const save = async () => {
    setShowErrors(true);
    if (form.action.trim() === '') return;
    await action.run(() =>
      gateway.call('agent/recordOperation', {
        id: editing?.id ?? null,
        action: form.action,
        tool: form.tool,
        sessionId: form.sessionId,
        result: form.result,
      }),
    );
  };

  const editor = (
    <form
      className="ss-stack ss-card"
      aria-label={editing?.id == null ? p('addOperation') : p('editOperation')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField label={p('action')} required multiline maxLength={2000} value={form.action} error={actionError} onChange={(v) => { setForm({ ...form, action: v }); }} />
      <div className="ss-grid">
        <TextField label={p('tool')} help={p('toolHelp')} maxLength={100} value={form.tool} onChange={(v) => { setForm({ ...form, tool: v }); }} />
        <TextField label={p('sessionId')} maxLength={100} value={form.sessionId} onChange={(v) => { setForm({ ...form, sessionId: v }); }} />
      </div>
      <TextField label={p('stepResult')} multiline maxLength={2000} value={form.result} onChange={(v) => { setForm({ ...form, result: v }); }} />
      {action.error === null ? null : <ErrorState error={action.error} />}
      <div className="ss-row">
        <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>
          {p('save')}
        </button>
        <button type="button" className="ss-button" onClick={() => { setEditing(null); action.clearError(); }}>
          {p('cancel')}
        </button>
      </div>
    </form>
  );

  return (
    <section className="ss-stack" aria-labelledby="operation-log-heading">
      <h3 id="operation-log-heading">{p('operationLog')}</h3>
      {log.length === 0 ? <span className="ss-subtle">{p('noOperations')}</span> : null}
      <ol className="ss-stack">
        {log.map((step) => (
          <li key={step.id} data-operation={step.id}>
            <div>
              <strong>{step.action}</strong>
              {how(step) === '' ? null : <span> ({how(step)})</span>}
              {step.result === null ? null : <span> → {step.result}</span>}
            </div>
            <span className="ss-subtle">{p('operationLine', { at: when(step.at), who: personName(names, step.by) })}</span>{' '}
            {editing === null ? (
              <button type="button" className="ss-button" onClick={() => { open(step); }}>
                {p('editOperation')}
              </button>
            ) : null}
            {(step.previous ?? []).length === 0 ? null : (
              <details>
                <summary>{p('edited', { n: String(step.previous?.length ?? 0) })}</summary>
                <ol reversed>
                  {[...(step.previous ?? [])].reverse().map((v) => (
                    <li key={v.at} className="ss-subtle" data-operation-version>
                      {`${v.action}${how(v) === '' ? '' : ` (${how(v)})`}${v.result === null ? '' : ` → ${v.result}`} · ${p('operationLine', { at: when(v.at), who: personName(names, v.by) })}`}
                    </li>
                  ))}
                </ol>
              </details>
            )}
            {editing?.id === step.id ? editor : null}
          </li>
        ))}
      </ol>
      {editing !== null && editing.id === null ? editor : null}
      {editing === null ? (
        <div>
          <button type="button" className="ss-button" onClick={() => { open(null); }}>
            {p('addOperation')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
