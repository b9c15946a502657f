import { useState, type ReactNode } from 'react';
import { router } from '@forge/bridge';
import type { FollowUpProperty, FollowUpState } from '../../../src/shared/rpc';
import { SURVEY_ITEM_IDS } from '../../../src/domain/vocabulary/survey-items';
import {
  Banner,
  Countdown,
  ErrorState,
  TextField,
  createTranslate,
  formatDateTime,
  instantToWallTime,
  useAction,
  useNow,
  useRemote,
  useUi,
  type Gateway,
  type Translate,
} from '@support-standard/ui-kit';
import { errorsFromBackend, followUpPayload, type FollowUpDraft, type FollowUpErrors } from './follow-up-form';
import { followUpMessages, type FollowUpKey } from './follow-up-messages';


/**
 * The follow-up task of a low survey: what the requester said, the due time, and the call's record. A follow-up
 * task is not a service request, so it shows instead of `children` (the request's SLA panel, which would only say
 * "no service record"); on any other issue `agent/getFollowUp` answers no follow-up and `children` show.
 */
export function FollowUpPanel({ gateway, children }: { readonly gateway: Gateway; readonly children?: ReactNode }) {
  const { locale } = useUi();
  const t = createTranslate(followUpMessages, locale);
  const { state, reload, accept } = useRemote(() => gateway.call('agent/getFollowUp', {}));
  if (state.status === 'error') return <><ErrorState error={state.error} onRetry={reload} />{children}</>;
  if (state.status !== 'ready' || state.data.followUp === null) return <>{children}</>;
  return <FollowUpBody followUp={state.data.followUp} lowItems={state.data.lowItems} gateway={gateway} onState={accept} t={t} />;
}

function DueLine({ due }: { readonly due: string }) {
  const now = useNow();
  const { locale, timeZone } = useUi();
  const dueMs = Date.parse(due);
  return (
    <span className="ss-row">
      <span>{formatDateTime(dueMs, locale, timeZone)}</span>
      <span data-follow-up-countdown>
        <Countdown untilDueMs={dueMs - now} />
      </span>
    </span>
  );
}

interface BodyProps {
  readonly followUp: FollowUpProperty;
  /** Items the backend's low-score rule marks low (the configured threshold, not a copy of it here). */
  readonly lowItems: FollowUpState['lowItems'];
  readonly gateway: Gateway;
  readonly onState: (state: FollowUpState) => void;
  readonly t: Translate<FollowUpKey>;
}

function FollowUpBody({ followUp, lowItems, gateway, onState, t }: BodyProps) {
  const { locale, timeZone } = useUi();
  const open = followUp.status === 'open';
  return (
    <section className="ss-card ss-stack" aria-labelledby="follow-up-heading" data-follow-up={followUp.status}>
      <div className="ss-row" style={{ justifyContent: 'space-between' }}>
        <h2 id="follow-up-heading" style={{ margin: 0 }}>
          {t('heading')}
        </h2>
        <span className={`ss-lozenge ${open ? 'ss-lozenge-warning' : 'ss-lozenge-success'}`}>{open ? t('statusOpen') : t('statusClosed')}</span>
      </div>
      <dl className="ss-dl">
        <dt>{t('original')}</dt>
        <dd>
          <a
            href={`/browse/${followUp.originalKey}`}
            onClick={(event) => {
              event.preventDefault();
              void router.navigate({ target: 'issue', issueKey: followUp.originalKey });
            }}
          >
            {followUp.originalKey}
          </a>
        </dd>
        <dt>{t('scores')}</dt>
        <dd>
          <ul className="ss-stack" style={{ margin: 0, paddingLeft: 16, gap: 2 }}>
            {SURVEY_ITEM_IDS.map((item) => (
              <li key={item} data-score={item}>
                {t(`item.${item}`)}: <strong className={lowItems.includes(item) ? 'ss-error' : undefined} {...(lowItems.includes(item) ? { 'data-low': true } : {})}>{followUp.scores[item]}</strong> / 5
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('comment')}</dt>
        <dd>{followUp.comment ?? <span className="ss-subtle">{t('noComment')}</span>}</dd>
        <dt>{t('due')}</dt>
        <dd>{open ? <DueLine due={followUp.due} /> : formatDateTime(Date.parse(followUp.due), locale, timeZone)}</dd>
      </dl>
      {open ? (
        <FollowUpForm followUp={followUp} lowItems={lowItems} gateway={gateway} onState={onState} t={t} />
      ) : (
        <dl className="ss-dl">
          <dt>{t('contactAt')}</dt>
          <dd>{followUp.contactAt === undefined ? '—' : formatDateTime(Date.parse(followUp.contactAt), locale, timeZone)}</dd>
          <dt>{t('outcome')}</dt>
          <dd>{followUp.outcome ?? '—'}</dd>
          <dt>{t('improvement')}</dt>
          <dd>{followUp.improvement ?? '—'}</dd>
          {followUp.closedAt === undefined ? null : (
            <>
              <dt>{t('statusClosed')}</dt>
              <dd>{formatDateTime(Date.parse(followUp.closedAt), locale, timeZone)}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function FollowUpForm({ followUp, gateway, onState, t }: BodyProps) {
  const { timeZone } = useUi();
  const [draft, setDraft] = useState<FollowUpDraft>({
    contactAt: followUp.contactAt === undefined ? '' : instantToWallTime(Date.parse(followUp.contactAt), timeZone),
    outcome: followUp.outcome ?? '',
    improvement: followUp.improvement ?? '',
  });
  const [errors, setErrors] = useState<FollowUpErrors>({});
  const [saved, setSaved] = useState(false);
  const action = useAction(onState);

  const submit = async (close: boolean): Promise<void> => {
    setSaved(false);
    const checked = followUpPayload(draft, close, timeZone, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    let backendErrors: FollowUpErrors = {};
    const ok = await action.run(async () => {
      const result = await gateway.call('agent/recordFollowUp', checked.payload);
      if (!result.ok) backendErrors = errorsFromBackend(result.error.fieldErrors ?? [], t);
      return result;
    });
    setErrors(backendErrors);
    setSaved(ok);
  };

  const edit = (field: keyof FollowUpDraft) => (value: string) => {
    setDraft({ ...draft, [field]: value });
    setSaved(false);
  };

  return (
    <form
      className="ss-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <TextField label={t('contactAt')} type="datetime-local" value={draft.contactAt} error={errors.contactAt} help={timeZone} onChange={edit('contactAt')} />
      <TextField label={t('outcome')} multiline maxLength={2000} value={draft.outcome} error={errors.outcome} onChange={edit('outcome')} />
      <TextField label={t('improvement')} multiline maxLength={2000} value={draft.improvement} error={errors.improvement} onChange={edit('improvement')} />
      <div className="ss-row">
        <button type="submit" className="ss-button" disabled={action.busy}>
          {t('save')}
        </button>
        <button type="button" className="ss-button ss-button-primary" disabled={action.busy} onClick={() => void submit(true)}>
          {t('saveClose')}
        </button>
      </div>
      {saved ? <Banner tone="success">{t('saved')}</Banner> : null}
      {action.error === null ? null : <ErrorState error={action.error} />}
    </form>
  );
}
