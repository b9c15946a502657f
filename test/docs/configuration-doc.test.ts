import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, parseConfig } from '../../src/domain/config';

/** The README and docs/configuration.md each show the complete configuration: it must be the real defaults, and valid. */
describe.each([['docs', 'configuration.md'], ['README.md']])('%s', (...path: string[]) => {
  const text = readFileSync(join(__dirname, '..', '..', ...path), 'utf8');
  const match = /## Complete example: the defaults[\s\S]*?```json\n([\s\S]*?)\n```/.exec(text);

  it('embeds the defaults as a JSON example', () => {
    expect(match).not.toBeNull();
    expect(JSON.parse(match![1]!)).toEqual(defaultConfig());
  });

  it('shows an example that parses', () => {
    expect(parseConfig(JSON.parse(match![1]!)).ok).toBe(true);
  });
});
