import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const text = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
const ruleTable = text.slice(text.indexOf('## Where each rule of the standard lives'));

/** A file named in a column of the rules table: domain and application names are relative to their folder. */
const filesIn = (row: string, column: number, folder: string): string[] => {
  const cell = row.split('|')[column + 1] ?? '';
  return [...cell.matchAll(/`([\w/.-]+\.ts)`/g)].map((m) => (m[1]!.startsWith('adapters/') ? join('src', m[1]!) : join(folder, m[1]!)));
};

describe('docs/architecture.md', () => {
  const rows = ruleTable.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('|---') && !line.startsWith('| rule'));

  it('finds the low-score rule and the make-up-day rule in one search each', () => {
    expect(rows.filter((row) => row.includes('low-score rule'))).toHaveLength(1);
    expect(rows.filter((row) => row.includes('make-up-day rule'))).toHaveLength(1);
  });

  it.each(rows.map((row) => [row.split('|')[1]!.trim().slice(0, 60), row] as const))(
    'names files that exist for "%s"',
    (_rule, row) => {
      const named = [...filesIn(row, 2, 'src/domain'), ...filesIn(row, 4, 'src/application')];
      expect(named.filter((file) => !existsSync(join(root, file)))).toEqual([]);
    },
  );

  it('is the page the lint messages point to', () => {
    const config = readFileSync(join(root, 'eslint.config.mjs'), 'utf8');
    expect(config).toContain("const DOC = 'docs/architecture.md'");
    expect(config).not.toContain('ARCHITECTURE.md');
  });
});
