import { TextField } from '@support-standard/ui-kit';
import { NumberField, type SectionProps } from './form-bits';
import { numberPreview } from './number-preview';

export function NumberingSection({ config, set, err, t }: SectionProps) {
  const n = config.numbering;
  const preview = numberPreview(n.prefix, n.padding, n.timezone, Date.now());
  return (
    <div className="ss-stack">
      <div className="ss-grid">
        <TextField label={t('prefix')} required value={n.prefix} error={err('numbering.prefix')} onChange={(prefix) => { set({ ...config, numbering: { ...n, prefix } }); }} />
        <NumberField label={t('padding')} required value={n.padding} error={err('numbering.padding')} onChange={(padding) => { set({ ...config, numbering: { ...n, padding } }); }} />
        <TextField label={t('numberingZone')} required value={n.timezone} error={err('numbering.timezone')} onChange={(timezone) => { set({ ...config, numbering: { ...n, timezone } }); }} />
      </div>
      <div className="ss-card" aria-live="polite">
        <span className="ss-subtle">{t('preview')}</span>
        <div data-number-preview>{preview.length === 0 ? '—' : preview.join(', ')}</div>
      </div>
    </div>
  );
}
