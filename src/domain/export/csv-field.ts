/**
 * Spreadsheet applications run a cell that starts with = + - @ (or a tab / carriage return that they skip)
 * as a formula, so such a cell is written with a leading apostrophe (OWASP "CSV injection"). A cell that
 * already starts with an apostrophe gets one too, which makes the guard reversible: reading strips exactly one.
 */
const NEEDS_GUARD = /^[=+\-@\t\r']/;

export const guardFormula = (value: string): string => (NEEDS_GUARD.test(value) ? `'${value}` : value);

export const unguardFormula = (value: string): string => (value.startsWith("'") ? value.slice(1) : value);

/** One RFC 4180 field: quoted only when it holds a comma, a quote or a line break. */
export const csvField = (value: string): string => {
  const guarded = guardFormula(value);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
};

export const CRLF = '\r\n';
/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark. */
export const BOM = '\uFEFF';

export const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}${CRLF}`;
