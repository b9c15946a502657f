import { numberPreview } from './number-preview';

// 2026-11-29 20:30 UTC is already 30 November in Shanghai.
const NOW = Date.UTC(2026, 10, 29, 20, 30);

describe('numberPreview', () => {
  it('shows the next numbers with the date of the numbering zone', () => {
    expect(numberPreview('TS', 3, 'Asia/Shanghai', NOW)).toEqual(['TS-20261130-001', 'TS-20261130-002', 'TS-20261130-003']);
    expect(numberPreview('IT', 1, 'UTC', NOW)).toEqual(['IT-20261129-1', 'IT-20261129-2', 'IT-20261129-3']);
  });

  it('shows nothing while a setting is invalid', () => {
    expect(numberPreview('ts', 3, 'UTC', NOW)).toEqual([]);
    expect(numberPreview('TS', Number.NaN, 'UTC', NOW)).toEqual([]);
    expect(numberPreview('TS', 3, 'Mars/Base', NOW)).toEqual([]);
  });
});
