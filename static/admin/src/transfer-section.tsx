import { useState } from 'react';
import { Banner, ErrorState, TextField, type UiError } from '@support-standard/ui-kit';
import { AppDataTransfer } from './app-data-transfer';
import { NumberField } from './form-bits';
import type { SectionComponentProps } from './sections';

/** JSON export of the saved settings, and import (validated field by field on the server) of a file. */
export function TransferSection({ t, gateway, onImport, busy, config, set, err }: SectionComponentProps) {
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<UiError | null>(null);
  const [text, setText] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);

  const exportNow = async () => {
    setExportError(null);
    const result = await gateway.call('admin/exportConfig', {});
    if (!result.ok) {
      setExportError(result.error);
      return;
    }
    setExported(JSON.stringify(result.data, null, 2));
  };

  const importNow = async () => {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      setJsonError(t('importBadJson', { message: error instanceof Error ? error.message : String(error) }));
      return;
    }
    setJsonError(null);
    await onImport(document);
  };

  return (
    <div className="ss-stack">
      <section className="ss-card ss-stack" aria-labelledby="retention-title">
        <h3 id="retention-title">{t('retentionTitle')}</h3>
        <NumberField
          label={t('retentionMonths')}
          help={t('retentionHelp')}
          required
          value={config.retention.months}
          error={err('retention.months')}
          onChange={(months) => {
            set({ ...config, retention: { months } });
          }}
        />
      </section>
      <section className="ss-card ss-stack" aria-labelledby="export-title">
        <h3 id="export-title">{t('export')}</h3>
        <p className="ss-subtle">{t('exportHint')}</p>
        <div className="ss-row">
          <button type="button" className="ss-button" onClick={() => void exportNow()}>
            {t('export')}
          </button>
          {exported === null ? null : (
            <a className="ss-button" download="support-standard-config.json" href={`data:application/json;charset=utf-8,${encodeURIComponent(exported)}`}>
              {t('download')}
            </a>
          )}
        </div>
        {exportError === null ? null : <ErrorState error={exportError} />}
        {exported === null ? null : <TextField label={t('export')} multiline value={exported} onChange={() => undefined} />}
      </section>
      <section className="ss-card ss-stack" aria-labelledby="import-title">
        <h3 id="import-title">{t('import')}</h3>
        <p className="ss-subtle">{t('importHint')}</p>
        <label className="ss-field">
          <span className="ss-legend">{t('importFile')}</span>
          <input type="file" accept=".json,application/json" onChange={(e) => { const file = e.currentTarget.files?.[0]; if (file !== undefined) void file.text().then(setText); }} />
        </label>
        <TextField label={t('importPaste')} multiline value={text} error={jsonError ?? undefined} onChange={setText} />
        {jsonError === null ? null : <Banner tone="error">{jsonError}</Banner>}
        <div>
          <button type="button" className="ss-button ss-button-primary" disabled={busy || text.trim() === ''} onClick={() => void importNow()}>
            {t('importRun')}
          </button>
        </div>
      </section>
      <AppDataTransfer gateway={gateway} />
    </div>
  );
}
