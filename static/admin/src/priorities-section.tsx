import type { PriorityTargets } from '../../../src/domain/config';
import { SelectField, formatMinutes } from '@support-standard/ui-kit';
import { LocalizedFields, NumberField, type SectionProps } from './form-bits';
import { LEVEL_IDS } from '../../../src/domain/vocabulary/levels';


export function PrioritiesSection({ config, set, err, t, locale }: SectionProps) {
  const calendars = Object.keys(config.calendars);
  return (
    <div className="ss-stack">
      {LEVEL_IDS.map((level) => {
        const p = config.priorities[level];
        const path = `priorities.${level}`;
        const setP = (next: PriorityTargets) => {
          set({ ...config, priorities: { ...config.priorities, [level]: next } });
        };
        // Only a valid target is restated as a duration: "-5" is an error, not "= 5 minutes".
        const hint = (minutes: number | undefined) => (minutes !== undefined && Number.isInteger(minutes) && minutes > 0 ? `= ${formatMinutes(minutes, locale)}` : undefined);
        return (
          <section key={level} className="ss-card ss-stack" aria-label={t(`level.${level}`)} data-priority={level}>
            <h3>{t(`level.${level}`)}</h3>
            <div className="ss-grid">
              <NumberField label={t('minutes', { label: t('response') })} help={hint(p.response)} required value={p.response} error={err(`${path}.response`)} onChange={(response) => { setP({ ...p, response }); }} />
              <NumberField label={t('minutes', { label: t('resolution') })} help={hint(p.resolution)} required value={p.resolution} error={err(`${path}.resolution`)} onChange={(resolution) => { setP({ ...p, resolution }); }} />
              <NumberField
                label={t('minutes', { label: t('onsite') })}
                help={hint(p.onsite) ?? t('noOnsite')}
                value={p.onsite ?? Number.NaN}
                error={err(`${path}.onsite`)}
                onChange={(onsite) => {
                  const { onsite: _dropped, ...rest } = p;
                  setP(Number.isNaN(onsite) ? rest : { ...rest, onsite });
                }}
              />
              <SelectField
                label={t('targetUnit')}
                value={p.targetUnit}
                options={[{ value: 'business', label: t('unit.business') }, { value: 'calendar', label: t('unit.calendar') }]}
                error={err(`${path}.targetUnit`)}
                onChange={(unit) => { setP({ ...p, targetUnit: unit === 'calendar' ? 'calendar' : 'business' }); }}
              />
              <SelectField label={t('calendar')} value={p.calendar} options={calendars.map((id) => ({ value: id, label: id }))} error={err(`${path}.calendar`)} onChange={(calendar) => { setP({ ...p, calendar }); }} />
            </div>
            <div className="ss-grid">
              <LocalizedFields value={p.name} path={`${path}.name`} err={err} t={t} onChange={(name) => { setP({ ...p, name }); }} />
              <LocalizedFields value={p.description} path={`${path}.description`} err={err} t={t} label={t('description')} onChange={(description) => { setP({ ...p, description }); }} />
            </div>
          </section>
        );
      })}
    </div>
  );
}
