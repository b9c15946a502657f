import type { ConfirmationSettings, SurveySettings } from '../../../src/domain/config';
import { SelectField, TextField, useRemote, type Gateway } from '@support-standard/ui-kit';
import { LocalizedFields, NumberField, type SectionProps } from './form-bits';
import type { SectionComponentProps } from './sections';
import { SURVEY_ITEM_IDS } from '../../../src/domain/vocabulary/survey-items';


export function SurveySection({ config, set, err, t, locale, gateway }: SectionComponentProps) {
  const s = config.survey;
  const setS = (next: SurveySettings) => {
    set({ ...config, survey: next });
  };
  const owner = s.followUp.owner;
  return (
    <div className="ss-stack">
      <h3>{t('itemLabels')}</h3>
      {SURVEY_ITEM_IDS.map((item) => (
        <div key={item} className="ss-grid">
          <LocalizedFields
            value={s.items[item].label}
            path={`survey.items.${item}.label`}
            err={err}
            t={t}
            label={t(`item.${item}`)}
            onChange={(label) => { setS({ ...s, items: { ...s.items, [item]: { label } } }); }}
          />
        </div>
      ))}
      <div className="ss-grid">
        <SelectField label={t('lowScoreRule')} value={s.lowScoreRule} options={[{ value: 'anyBelow', label: t('anyBelow') }, { value: 'averageBelow', label: t('averageBelow') }]} onChange={(v) => { setS({ ...s, lowScoreRule: v === 'averageBelow' ? 'averageBelow' : 'anyBelow' }); }} />
        <NumberField label={t('threshold')} required value={s.threshold} error={err('survey.threshold')} onChange={(threshold) => { setS({ ...s, threshold }); }} />
        <SelectField
          label={t('followUpOwner')}
          value={owner.type}
          options={[{ value: 'dutySupervisor', label: t('ownerDuty') }, { value: 'account', label: t('ownerAccount') }]}
          error={err('survey.followUp.owner')}
          onChange={(v) => { setS({ ...s, followUp: { ...s.followUp, owner: v === 'account' ? { type: 'account', accountId: '' } : { type: 'dutySupervisor' } } }); }}
        />
        {owner.type === 'account' ? (
          <TextField label={t('accountId')} help={t('accountHelp')} required value={owner.accountId} error={err('survey.followUp.owner.accountId')} onChange={(accountId) => { setS({ ...s, followUp: { ...s.followUp, owner: { type: 'account', accountId } } }); }} />
        ) : null}
        <TextField label={t('issueType')} required value={s.followUp.issueType} error={err('survey.followUp.issueType')} onChange={(issueType) => { setS({ ...s, followUp: { ...s.followUp, issueType } }); }} />
        <NumberField label={t('dueMinutes')} required value={s.followUp.dueBusinessMinutes} error={err('survey.followUp.dueBusinessMinutes')} onChange={(dueBusinessMinutes) => { setS({ ...s, followUp: { ...s.followUp, dueBusinessMinutes } }); }} />
        <SelectField label={t('followUpCalendar')} value={s.followUp.calendar} error={err('survey.followUp.calendar')} options={Object.keys(config.calendars).map((id) => ({ value: id, label: id }))} onChange={(calendar) => { setS({ ...s, followUp: { ...s.followUp, calendar } }); }} />
      </div>
      <ConfirmationFields config={config} set={set} err={err} t={t} locale={locale} gateway={gateway} />
    </div>
  );
}

/** What "resolved" does (DOMAIN.md §6) and how long the e-mailed link lives; `confirmation` in the configuration. */
const CLOSE_AUTO = 'auto';
const CLOSE_NONE = 'none';

function ConfirmationFields({ config, set, err, t, gateway }: SectionProps & { readonly gateway: Gateway }) {
  const c = config.confirmation;
  const setC = (next: ConfirmationSettings) => {
    set({ ...config, confirmation: next });
  };
  const mode = c.closeTransition === CLOSE_AUTO || c.closeTransition === CLOSE_NONE ? c.closeTransition : 'named';
  return (
    <>
      <h3>{t('confirmationTitle')}</h3>
      <div className="ss-grid">
        <SelectField
          label={t('closeOnResolved')}
          value={mode}
          options={[{ value: CLOSE_AUTO, label: t('closeAuto') }, { value: 'named', label: t('closeNamed') }, { value: CLOSE_NONE, label: t('closeNone') }]}
          onChange={(v) => { setC({ ...c, closeTransition: v === 'named' ? '' : v }); }}
        />
        {mode === 'named' ? (
          <TransitionPicker value={c.closeTransition} error={err('confirmation.closeTransition')} gateway={gateway} t={t} onChange={(closeTransition) => { setC({ ...c, closeTransition }); }} />
        ) : null}
        <NumberField label={t('linkExpiryDays')} required value={c.linkExpiryDays} error={err('confirmation.linkExpiryDays')} onChange={(linkExpiryDays) => { setC({ ...c, linkExpiryDays }); }} />
      </div>
    </>
  );
}

/** The workflow's own transitions out of the resolved status, read on a resolved request; typed by hand when there is none yet. */
function TransitionPicker({ value, error, gateway, t, onChange }: {
  readonly value: string;
  readonly error: string | undefined;
  readonly gateway: Gateway;
  readonly t: SectionProps['t'];
  readonly onChange: (name: string) => void;
}) {
  const { state } = useRemote(() => gateway.call('admin/closeTransitions', {}));
  const offered = state.status === 'ready' ? state.data.transitions : [];
  if (offered.length === 0) {
    return <TextField label={t('closeTransitionName')} help={t('closeTransitionHelp')} required value={value} error={error} onChange={onChange} />;
  }
  const offeredOptions = offered.map((tr) => ({ value: tr.name, label: `${tr.name} → ${tr.toStatus}` }));
  // A stored name the workflow does not offer now stays visible (and selected) rather than silently replaced.
  const options = value === '' || offeredOptions.some((o) => o.value === value) ? offeredOptions : [{ value, label: t('closeTransitionMissing', { name: value }) }, ...offeredOptions];
  return (
    <SelectField
      label={t('closeTransitionName')}
      help={t('closeTransitionHelp')}
      required
      value={value}
      {...(value === '' ? { placeholder: '—' } : {})}
      error={error}
      options={options}
      onChange={onChange}
    />
  );
}
