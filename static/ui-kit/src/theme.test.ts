import { resolveColorMode } from './theme';

describe('resolveColorMode', () => {
  it('honours an explicit mode from the host', () => {
    expect(resolveColorMode('dark', false)).toBe('dark');
    expect(resolveColorMode('light', true)).toBe('light');
  });

  it('follows the operating system for auto or no theme', () => {
    expect(resolveColorMode('auto', true)).toBe('dark');
    expect(resolveColorMode(undefined, false)).toBe('light');
  });
});
