import type { UiResult } from '@support-standard/ui-kit/src/gateway';
import type { CsvExport } from '../../../src/shared/rpc';
import { collectCsv } from './collect-csv';

const chunk = (csv: string, rows: number, nextPageToken: string | null, filename = 'records.csv'): UiResult<CsvExport> => ({
  ok: true,
  data: { filename, csv, rows, nextPageToken },
});

describe('collectCsv', () => {
  it('follows the tokens and joins the chunks in order, keeping the first chunk’s name', async () => {
    const asked: (string | null)[] = [];
    const answers = [chunk('\uFEFFh\r\na\r\n', 1, 't1', 'first.csv'), chunk('b\r\n', 1, 't2', 'other.csv'), chunk('c\r\n', 1, null)];
    const progress: number[] = [];
    const result = await collectCsv((token) => {
      asked.push(token);
      const next = answers.shift();
      if (next === undefined) throw new Error('asked too often');
      return Promise.resolve(next);
    }, (rows) => progress.push(rows));
    expect(asked).toEqual([null, 't1', 't2']);
    expect(progress).toEqual([1, 2, 3]);
    expect(result).toEqual({ ok: true, data: { filename: 'first.csv', csv: '\uFEFFh\r\na\r\nb\r\nc\r\n', rows: 3 } });
  });

  it('stops at the first failing chunk and passes its error on', async () => {
    let calls = 0;
    const result = await collectCsv(() => {
      calls += 1;
      return Promise.resolve<UiResult<CsvExport>>(calls === 1 ? chunk('x', 1, 't') : { ok: false, error: { code: 'forbidden', message: 'no' } });
    });
    expect(calls).toBe(2);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
  });

  it('gives up on a token that never runs out', async () => {
    const result = await collectCsv(() => Promise.resolve(chunk('x', 0, 'again')));
    expect(result.ok).toBe(false);
  });
});
