import type { UiResult } from '@support-standard/ui-kit/src/gateway';
import type { CsvExport } from '../../../src/shared/rpc';

export interface CollectedCsv {
  readonly filename: string;
  readonly csv: string;
  readonly rows: number;
}

/** The backend pages the export; never loop forever on a token that keeps coming back. */
const MAX_CHUNKS = 1000;

/**
 * Asks for chunk after chunk until the token runs out and joins them (the first chunk already carries the
 * BOM and header). `onProgress` reports the rows so far, for a long export.
 */
export async function collectCsv(
  fetchChunk: (pageToken: string | null) => Promise<UiResult<CsvExport>>,
  onProgress: (rows: number) => void = () => undefined,
): Promise<UiResult<CollectedCsv>> {
  const parts: string[] = [];
  let filename = '';
  let rows = 0;
  let token: string | null = null;
  for (let chunk = 0; chunk < MAX_CHUNKS; chunk += 1) {
    const result = await fetchChunk(token);
    if (!result.ok) return result;
    if (chunk === 0) filename = result.data.filename;
    parts.push(result.data.csv);
    rows += result.data.rows;
    onProgress(rows);
    token = result.data.nextPageToken;
    if (token === null) return { ok: true, data: { filename, csv: parts.join(''), rows } };
  }
  return { ok: false, error: { code: 'bad-response', message: `The export did not finish after ${MAX_CHUNKS} chunks.` } };
}
