import { useState } from 'react';
import { Banner, ErrorState, type Gateway, type Translate, type UiError, useUi } from '@support-standard/ui-kit';
import { collectCsv } from './collect-csv';
import { fieldLabels } from './field-labels';
import type { ReportsKey } from './messages';
import type { ReportRequest } from './use-report';

type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly rows: number }
  | { readonly status: 'done'; readonly filename: string; readonly rows: number }
  | { readonly status: 'error'; readonly error: UiError };

/** Hands the text to the browser as a file; the BOM is already the first character, so Excel reads UTF-8. */
const download = (filename: string, csv: string): void => {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 0);
};

/** The standard's service-record table for the period, with headers in the viewer's language. */
export function ExportButton({ gateway, request, t }: { readonly gateway: Gateway; readonly request: ReportRequest; readonly t: Translate<ReportsKey> }) {
  const { locale } = useUi();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const run = async (): Promise<void> => {
    setState({ status: 'running', rows: 0 });
    const { from, to, timezone, projectId } = request;
    const result = await collectCsv(
      (pageToken) => gateway.call('reports/exportCsv', { from, to, timezone, projectId, locale, pageToken }),
      (rows) => { setState({ status: 'running', rows }); },
    );
    if (!result.ok) {
      setState({ status: 'error', error: result.error });
      return;
    }
    download(result.data.filename, result.data.csv);
    setState({ status: 'done', filename: result.data.filename, rows: result.data.rows });
  };
  return (
    <div className="ss-stack">
      <div>
        <button type="button" className="ss-button" disabled={state.status === 'running'} onClick={() => void run()}>
          {state.status === 'running' ? t('exporting', { rows: state.rows }) : t('exportCsv')}
        </button>
      </div>
      {state.status === 'done' ? <Banner tone="success">{t('exported', { filename: state.filename, rows: state.rows })}</Banner> : null}
      {state.status === 'error' ? <ErrorState error={state.error} labels={fieldLabels(t)} /> : null}
    </div>
  );
}
