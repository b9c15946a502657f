import { router } from '@forge/bridge';
import { useState } from 'react';
import type { Consultation, ServiceRecord } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import type { AgentState, ConsultationOptions } from '../../../src/shared/rpc';
import { ErrorState, SelectField, TextField, createTranslate, formatDateTime, textFor, useAction, useRemote, useUi, type Gateway, type Translate, type UiError } from '@support-standard/ui-kit';
import { consultationMessages } from './consultation-messages';
import { personName } from './record-names';

type C = Translate<keyof (typeof consultationMessages)['en']>;

interface Props {
  readonly record: ServiceRecord;
  readonly names: RecordNames;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
}

const refusedAt = (error: UiError | null, path: string): boolean => error?.fieldErrors?.some((e) => e.path === path) === true;

/**
 * Team consultation (技术团队讨论, issue 12 point 7): ask named colleagues or a routing group, collect their opinions,
 * record the outcome — temporary and permanent plan, processing period, expected effect — which the requester is told
 * (issue 13 point 1). Answering is offered only to the colleagues asked and the asker, as the backend allows.
 */
export function ConsultationSection({ record, names, gateway, onState }: Props) {
  const { locale } = useUi();
  const c = createTranslate(consultationMessages, locale);
  const { state: options, reload } = useRemote(() => gateway.call('agent/getConsultationOptions', {}));
  // An answer or a closing changes what waits for the viewer: the list is read again with the new state.
  const changed = (s: AgentState) => {
    onState(s);
    reload();
  };
  const [asking, setAsking] = useState(false);
  const consultations = record.consultations ?? [];
  const ready = options.status === 'ready' ? options.data : null;
  return (
    <section className="ss-stack" aria-labelledby="consultation-heading">
      <h3 id="consultation-heading">{c('heading')}</h3>
      {ready === null || ready.waitingForMe.length === 0 ? null : (
        <div className="ss-stack ss-card" role="group" aria-labelledby="consultation-waiting-heading">
          <strong id="consultation-waiting-heading">{c('waitingHeading')}</strong>
          <ul className="ss-stack">
            {ready.waitingForMe.map((w) => (
              <li key={`${w.issueKey}-${w.consultationId}`} data-waiting-for-me={w.issueKey}>
                <span>{c('waitingLine', { number: w.serviceNumber === '' ? w.issueKey : w.serviceNumber, question: w.question, who: w.askedBy })}</span>{' '}
                <button type="button" className="ss-button" onClick={() => { void router.navigate({ target: 'issue', issueKey: w.issueKey }); }}>
                  {c('openRequest', { key: w.issueKey })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {consultations.length === 0 ? <span className="ss-subtle">{c('none')}</span> : null}
      {consultations.map((consultation) => (
        <ConsultationItem key={consultation.id} consultation={consultation} options={ready} names={names} gateway={gateway} onState={changed} c={c} />
      ))}
      {options.status === 'error' ? <ErrorState error={options.error} /> : null}
      {asking && ready !== null ? (
        <AskForm options={ready} gateway={gateway} onDone={(s) => { setAsking(false); changed(s); }} onCancel={() => { setAsking(false); }} c={c} />
      ) : (
        <div>
          <button type="button" className="ss-button" disabled={ready === null} onClick={() => { setAsking(true); }}>
            {ready === null ? c('loading') : c('ask')}
          </button>
        </div>
      )}
    </section>
  );
}

function AskForm({ options, gateway, onDone, onCancel, c }: { readonly options: ConsultationOptions; readonly gateway: Gateway; readonly onDone: (s: AgentState) => void; readonly onCancel: () => void; readonly c: C }) {
  const { locale } = useUi();
  const [question, setQuestion] = useState('');
  const [invitees, setInvitees] = useState<readonly string[]>([]);
  const [group, setGroup] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const action = useAction(onDone);
  const colleagues = options.colleagues.filter((p) => p.accountId !== options.viewer);
  const questionError = showErrors && question.trim() === '' ? c('questionRequired') : refusedAt(action.error, 'question') ? c('questionRequired') : undefined;
  const inviteesError =
    showErrors && invitees.length === 0 && group === '' ? c('inviteesRequired') : refusedAt(action.error, 'invitees') ? c('inviteesRefused') : undefined;
  const groupError = refusedAt(action.error, 'group') ? c('groupRefused') : undefined;
  const fieldRefused = ['question', 'invitees', 'group'].some((path) => refusedAt(action.error, path));

  const send = async () => {
    setShowErrors(true);
    if (question.trim() === '' || (invitees.length === 0 && group === '')) return;
    await action.run(() => gateway.call('agent/openConsultation', { question: question.trim(), invitees: [...invitees], group: group === '' ? null : group }));
  };

  return (
    <form className="ss-stack ss-card" aria-label={c('askTitle')} noValidate onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <TextField label={c('question')} required multiline maxLength={2000} value={question} error={questionError} onChange={(v) => { setQuestion(v); action.clearError(); }} />
      <fieldset className="ss-stack" aria-invalid={inviteesError !== undefined} aria-describedby="consult-invitees-help">
        <legend>{c('colleagues')}</legend>
        {colleagues.map((p) => (
          <label key={p.accountId} className="ss-row" style={{ gap: 'var(--ss-space-050)' }}>
            <input
              type="checkbox"
              checked={invitees.includes(p.accountId)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setInvitees((now) => (on ? [...now, p.accountId] : now.filter((id) => id !== p.accountId)));
                action.clearError();
              }}
            />
            <span>{p.displayName}</span>
          </label>
        ))}
        <span id="consult-invitees-help" className="ss-help">{c('colleaguesHelp')}</span>
        {inviteesError === undefined ? null : <span className="ss-error">{inviteesError}</span>}
      </fieldset>
      <SelectField
        label={c('group')}
        value={group}
        placeholder={c('noGroup')}
        options={options.groups.map((g) => ({ value: g.id, label: textFor(g.name, locale) }))}
        error={groupError}
        onChange={(v) => { setGroup(v); action.clearError(); }}
      />
      {action.error === null || fieldRefused ? null : <ErrorState error={action.error} />}
      <div className="ss-row">
        <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>{c('send')}</button>
        <button type="button" className="ss-button" onClick={onCancel}>{c('cancel')}</button>
      </div>
    </form>
  );
}

interface ItemProps {
  readonly consultation: Consultation;
  readonly options: ConsultationOptions | null;
  readonly names: RecordNames;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
  readonly c: C;
}

function ConsultationItem({ consultation, options, names, gateway, onState, c }: ItemProps) {
  const { locale, timeZone } = useUi();
  const [form, setForm] = useState<'reply' | 'outcome' | null>(null);
  const closeAction = useAction(onState);
  const when = (iso: string) => formatDateTime(Date.parse(iso), locale, timeZone);
  const open = consultation.closedAt === null;
  const viewer = options?.viewer ?? null;
  const mayAnswer = open && viewer !== null && (viewer === consultation.askedBy || consultation.invitees.includes(viewer));
  const group = consultation.group === null ? null : options?.groups.find((g) => g.id === consultation.group);
  const { outcome } = consultation;
  const done = (s: AgentState) => { setForm(null); onState(s); };
  return (
    <article className="ss-card ss-stack" data-consultation={consultation.id} aria-label={consultation.question}>
      <strong data-consultation-question>{consultation.question}</strong>
      <span className="ss-subtle">{c('asked', { who: personName(names, consultation.askedBy), at: when(consultation.askedAt) })}</span>
      {consultation.group === null ? null : <span className="ss-subtle">{c('groupLine', { name: group == null ? consultation.group : textFor(group.name, locale) })}</span>}
      <div>
        <span className="ss-subtle">{c('invitees')}: </span>
        {consultation.invitees.map((id, i) => {
          const answered = consultation.replies.some((r) => r.by === id);
          return (
            <span key={id} data-invitee={id} data-answered={answered}>
              {i === 0 ? '' : ', '}
              {personName(names, id)} ({answered ? c('answered') : c('waiting')})
            </span>
          );
        })}
      </div>
      {consultation.replies.length === 0 ? null : (
        <ol className="ss-stack" aria-label={c('replies')}>
          {consultation.replies.map((r) => (
            <li key={`${r.by}-${r.at}`} data-reply>
              <span>{r.text}</span> <span className="ss-subtle">{c('replyLine', { who: personName(names, r.by), at: when(r.at) })}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="ss-stack" data-outcome>
        <span className="ss-subtle">{c('outcome')}</span>
        {outcome === null ? (
          <span className="ss-subtle">{c('noOutcome')}</span>
        ) : (
          <dl className="ss-dl">
            {(['temporaryPlan', 'permanentPlan', 'processingPeriod', 'expectedEffect'] as const).map((k) => (
              <div key={k} style={{ display: 'contents' }}>
                <dt>{c(k)}</dt>
                <dd data-outcome-field={k}>{outcome[k] ?? '—'}</dd>
              </div>
            ))}
          </dl>
        )}
        {outcome === null ? null : <span className="ss-subtle">{c('outcomeLine', { who: personName(names, outcome.by), at: when(outcome.at) })}</span>}
        {(outcome?.previous ?? []).length === 0 ? null : (
          <details>
            <summary>{c('earlier', { n: String(outcome?.previous?.length ?? 0) })}</summary>
            <ol reversed>
              {[...(outcome?.previous ?? [])].reverse().map((v) => (
                <li key={v.at} className="ss-subtle" data-outcome-version>
                  {[v.temporaryPlan, v.permanentPlan, v.processingPeriod, v.expectedEffect].filter((x) => x !== null).join(' · ')} — {c('outcomeLine', { who: personName(names, v.by), at: when(v.at) })}
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>
      {open ? null : <span className="ss-subtle" data-closed>{c('closed', { who: personName(names, consultation.closedBy ?? ''), at: when(consultation.closedAt ?? '') })}</span>}
      {form === 'reply' ? <ReplyForm id={consultation.id} gateway={gateway} onDone={done} onCancel={() => { setForm(null); }} c={c} /> : null}
      {form === 'outcome' ? <OutcomeForm consultation={consultation} gateway={gateway} onDone={done} onCancel={() => { setForm(null); }} c={c} /> : null}
      {closeAction.error === null ? null : <ErrorState error={closeAction.error} />}
      {open && form === null ? (
        <div className="ss-row">
          {mayAnswer ? <button type="button" className="ss-button" onClick={() => { setForm('reply'); }}>{c('reply')}</button> : null}
          <button type="button" className="ss-button" onClick={() => { setForm('outcome'); }}>{outcome === null ? c('recordOutcome') : c('updateOutcome')}</button>
          <button type="button" className="ss-button" disabled={closeAction.busy} onClick={() => { void closeAction.run(() => gateway.call('agent/closeConsultation', { id: consultation.id })); }}>
            {c('close')}
          </button>
        </div>
      ) : null}
    </article>
  );
}

function ReplyForm({ id, gateway, onDone, onCancel, c }: { readonly id: string; readonly gateway: Gateway; readonly onDone: (s: AgentState) => void; readonly onCancel: () => void; readonly c: C }) {
  const [text, setText] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const action = useAction(onDone);
  const error = (showErrors && text.trim() === '') || refusedAt(action.error, 'text') ? c('replyRequired') : undefined;
  const send = async () => {
    setShowErrors(true);
    if (text.trim() === '') return;
    await action.run(() => gateway.call('agent/replyConsultation', { id, text: text.trim() }));
  };
  return (
    <form className="ss-stack" aria-label={c('reply')} noValidate onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <TextField label={c('replyText')} required multiline maxLength={2000} value={text} error={error} onChange={setText} />
      {action.error === null || refusedAt(action.error, 'text') ? null : <ErrorState error={action.error} />}
      <div className="ss-row">
        <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>{c('send')}</button>
        <button type="button" className="ss-button" onClick={onCancel}>{c('cancel')}</button>
      </div>
    </form>
  );
}

function OutcomeForm({ consultation, gateway, onDone, onCancel, c }: { readonly consultation: Consultation; readonly gateway: Gateway; readonly onDone: (s: AgentState) => void; readonly onCancel: () => void; readonly c: C }) {
  // Recording again starts from the current outcome (it is kept in the history when replaced).
  const current = consultation.outcome;
  const [temporaryPlan, setTemporary] = useState(current?.temporaryPlan ?? '');
  const [permanentPlan, setPermanent] = useState(current?.permanentPlan ?? '');
  const [processingPeriod, setPeriod] = useState(current?.processingPeriod ?? '');
  const [expectedEffect, setEffect] = useState(current?.expectedEffect ?? '');
  const [close, setClose] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const action = useAction(onDone);
  const noPlan = temporaryPlan.trim() === '' && permanentPlan.trim() === '';
  const planError = (showErrors && noPlan) || refusedAt(action.error, 'temporaryPlan') ? c('planRequired') : undefined;
  const save = async () => {
    setShowErrors(true);
    if (noPlan) return;
    await action.run(() => gateway.call('agent/recordConsultationOutcome', { id: consultation.id, temporaryPlan, permanentPlan, processingPeriod, expectedEffect, close }));
  };
  return (
    <form className="ss-stack" aria-label={c('recordOutcome')} noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <TextField label={c('temporaryPlan')} multiline maxLength={2000} value={temporaryPlan} error={planError} help={c('planHelp')} onChange={setTemporary} />
      <TextField label={c('permanentPlan')} multiline maxLength={2000} value={permanentPlan} onChange={setPermanent} />
      <TextField label={c('processingPeriod')} maxLength={200} help={c('processingPeriodHelp')} value={processingPeriod} onChange={setPeriod} />
      <TextField label={c('expectedEffect')} multiline maxLength={2000} value={expectedEffect} onChange={setEffect} />
      <label className="ss-row" style={{ gap: 'var(--ss-space-050)' }}>
        <input type="checkbox" checked={close} onChange={(e) => { setClose(e.currentTarget.checked); }} />
        <span>{c('closeToo')}</span>
      </label>
      {action.error === null || refusedAt(action.error, 'temporaryPlan') ? null : <ErrorState error={action.error} />}
      <div className="ss-row">
        <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>{c('save')}</button>
        <button type="button" className="ss-button" onClick={onCancel}>{c('cancel')}</button>
      </div>
    </form>
  );
}
