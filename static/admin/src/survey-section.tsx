import type { SurveySettings } from '../../../src/domain/config';
import { SelectField, TextField } from '@support-standard/ui-kit';
import { LocalizedFields, NumberField, type SectionProps } from './form-bits';
import { SURVEY_ITEM_IDS } from '../../../src/domain/vocabulary/survey-items';


export function SurveySection({ config, set, err, t }: SectionProps) {
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
    </div>
  );
}
