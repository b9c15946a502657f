import type { SlaSettings } from '../../../src/domain/config';
import { SelectField } from '@support-standard/ui-kit';
import { joinList, splitList } from './edit-helpers';
import { Checkbox, ListField, ParsedField, type SectionProps } from './form-bits';
import { LEVEL_IDS } from '../../../src/domain/vocabulary/levels';

const numbersText = (values: readonly number[]) => joinList(values.map(String));
const parseNumbers = (text: string) => splitList(text).map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));

export function SlaSection({ config, set, err, t }: SectionProps) {
  const s = config.sla;
  const setS = (next: SlaSettings) => {
    set({ ...config, sla: next });
  };
  const listError = (key: string, length: number) => {
    const own = err(`sla.${key}`);
    if (own !== undefined) return own;
    for (let i = 0; i < length; i += 1) {
      const item = err(`sla.${key}[${i}]`);
      if (item !== undefined) return `#${i + 1}: ${item}`;
    }
    return undefined;
  };
  return (
    <div className="ss-stack">
      <div className="ss-grid">
        <ListField label={t('pauseStatuses')} value={s.pauseStatuses} error={listError('pauseStatuses', s.pauseStatuses.length)} onChange={(pauseStatuses) => { setS({ ...s, pauseStatuses: [...pauseStatuses] }); }} />
        <ListField label={t('responseStatuses')} value={s.responseStatuses} error={listError('responseStatuses', s.responseStatuses.length)} onChange={(responseStatuses) => { setS({ ...s, responseStatuses: [...responseStatuses] }); }} />
        <ListField label={t('doneStatuses')} required value={s.doneStatuses} error={listError('doneStatuses', s.doneStatuses.length)} onChange={(doneStatuses) => { setS({ ...s, doneStatuses: [...doneStatuses] }); }} />
        <ParsedField label={t('thresholds')} help={t('thresholdsHelp')} value={s.warningThresholds} format={numbersText} parse={parseNumbers} error={listError('warningThresholds', s.warningThresholds.length)} onChange={(warningThresholds) => { setS({ ...s, warningThresholds: [...warningThresholds] }); }} />
        <SelectField label={t('onPriorityChange')} value={s.onPriorityChange} options={[{ value: 'retroactive', label: t('retroactive') }, { value: 'restart', label: t('restart') }]} onChange={(v) => { setS({ ...s, onPriorityChange: v === 'restart' ? 'restart' : 'retroactive' }); }} />
        <SelectField label={t('onReopen')} value={s.onReopen} options={[{ value: 'newCycle', label: t('newCycle') }, { value: 'continue', label: t('continue') }]} onChange={(v) => { setS({ ...s, onReopen: v === 'continue' ? 'continue' : 'newCycle' }); }} />
      </div>
      <fieldset className="ss-row" style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend className="ss-legend">{t('workaroundSatisfies')}</legend>
        {LEVEL_IDS.map((level) => (
          <Checkbox
            key={level}
            label={t(`level.${level}`)}
            checked={s.workaroundSatisfiesResolution.includes(level)}
            onChange={(on) => {
              const rest = s.workaroundSatisfiesResolution.filter((l) => l !== level);
              setS({ ...s, workaroundSatisfiesResolution: on ? [...rest, level] : rest });
            }}
          />
        ))}
      </fieldset>
    </div>
  );
}
