import { SelectField, TextField, type Translate } from '@support-standard/ui-kit';
import type { ReportsKey } from './messages';
import type { PeriodPreset } from './period';

const PRESETS: readonly PeriodPreset[] = ['thisMonth', 'lastMonth', 'last90Days', 'custom'];

const isPreset = (value: string): value is PeriodPreset => PRESETS.some((p) => p === value);

export interface PeriodChoice {
  readonly preset: PeriodPreset;
  readonly from: string;
  readonly to: string;
}

/** Preset periods, or two inclusive dates in the viewer's zone. */
export function PeriodPicker({
  t,
  choice,
  invalid,
  onChange,
}: {
  readonly t: Translate<ReportsKey>;
  readonly choice: PeriodChoice;
  readonly invalid: boolean;
  readonly onChange: (choice: PeriodChoice) => void;
}) {
  return (
    <div className="ss-row" style={{ alignItems: 'flex-end' }}>
      <SelectField
        label={t('period')}
        value={choice.preset}
        options={PRESETS.map((p) => ({ value: p, label: t(`preset.${p}`) }))}
        onChange={(value) => {
          if (isPreset(value)) onChange({ ...choice, preset: value });
        }}
      />
      {choice.preset === 'custom' ? (
        <>
          <TextField label={t('customFrom')} type="date" value={choice.from} onChange={(from) => { onChange({ ...choice, from }); }} error={invalid ? t('customInvalid') : undefined} />
          <TextField label={t('customTo')} type="date" value={choice.to} onChange={(to) => { onChange({ ...choice, to }); }} />
        </>
      ) : null}
    </div>
  );
}
