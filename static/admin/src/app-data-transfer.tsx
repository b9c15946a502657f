import { useState } from 'react';
import { Banner, ErrorState, createTranslate, useUi, type Gateway, type UiError } from '@support-standard/ui-kit';
import { appDataMessages } from './app-data-messages';

type Outcome = { readonly tone: 'success' | 'error'; readonly text: string } | { readonly tone: 'failure'; readonly error: UiError } | null;

const saveJson = (filename: string, json: string): void => {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
};

/** Export and import of the app's own data (issue properties and counters), beside the settings transfer. */
export function AppDataTransfer({ gateway }: { readonly gateway: Gateway }) {
  const { locale } = useUi();
  const t = createTranslate(appDataMessages, locale);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const exportNow = async (): Promise<void> => {
    setBusy('export');
    setOutcome(null);
    const result = await gateway.call('admin/exportAppData', {});
    setBusy(null);
    if (!result.ok) {
      setOutcome({ tone: 'failure', error: result.error });
      return;
    }
    const filename = `support-standard-app-data-${new Date().toISOString().slice(0, 10)}.json`;
    saveJson(filename, JSON.stringify(result.data, null, 2));
    setOutcome({ tone: 'success', text: t('exported', { filename }) });
  };

  const importNow = async (): Promise<void> => {
    setOutcome(null);
    if (file === null) {
      setOutcome({ tone: 'error', text: t('noFile') });
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (error) {
      setOutcome({ tone: 'error', text: t('badJson', { message: error instanceof Error ? error.message : String(error) }) });
      return;
    }
    setBusy('import');
    const result = await gateway.call('admin/importAppData', { document });
    setBusy(null);
    setOutcome(result.ok ? { tone: 'success', text: t('imported', { ...result.data }) } : { tone: 'failure', error: result.error });
  };

  return (
    <section className="ss-card ss-stack" aria-labelledby="app-data-title">
      <h3 id="app-data-title">{t('title')}</h3>
      <p className="ss-subtle">{t('hint')}</p>
      <Banner tone="warning">{t('uninstallWarning')}</Banner>
      <div>
        <button type="button" className="ss-button" disabled={busy !== null} onClick={() => void exportNow()}>
          {busy === 'export' ? t('exporting') : t('exportRun')}
        </button>
      </div>
      <label className="ss-field">
        <span className="ss-legend">{t('importFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
          }}
        />
      </label>
      <div>
        <button type="button" className="ss-button ss-button-primary" disabled={busy !== null} onClick={() => void importNow()}>
          {busy === 'import' ? t('importing') : t('importRun')}
        </button>
      </div>
      {outcome === null ? null : outcome.tone === 'failure' ? (
        <ErrorState error={outcome.error} />
      ) : (
        <Banner tone={outcome.tone}>{outcome.text}</Banner>
      )}
      {outcome?.tone === 'failure' && outcome.error.fieldErrors !== undefined ? (
        <ul className="ss-error">
          {outcome.error.fieldErrors.map((f) => (
            <li key={f.path}>
              {f.path}: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
