import type { ConfigIssue } from '../../../src/domain/config/config-error';

/** Field path → message; the first message for a path wins (it is the most specific one zod reported). */
export type ErrorMap = ReadonlyMap<string, string>;

export const toErrorMap = (issues: readonly ConfigIssue[]): ErrorMap => {
  const map = new Map<string, string>();
  for (const issue of issues) if (!map.has(issue.path)) map.set(issue.path, issue.message);
  return map;
};

/** Errors at `prefix` or below it (`calendars.workday` covers `calendars.workday.weekly.mon[0]`). */
export const errorsUnder = (errors: ErrorMap, prefix: string): [string, string][] =>
  [...errors].filter(([path]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`));

/** Moves one item, clamping at both ends; the list is copied, never changed in place. */
export const moveItem = <T>(list: readonly T[], from: number, to: number): T[] => {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.min(Math.max(to, 0), copy.length - 1);
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
};

export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((old, i) => (i === index ? item : old));
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** "a, b\nc" → ["a", "b", "c"]: admins paste lists from anywhere. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,\n;，、；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

export const joinList = (items: readonly string[]): string => items.join(', ');

/**
 * "09:00-12:00, 13:00-18:00" → [["09:00","12:00"],["13:00","18:00"]]. Shape only: the calendar schema
 * says whether the times are valid, so its message (with the field path) is what the admin sees.
 */
export const parseWindows = (text: string): [string, string][] =>
  splitList(text).map((part) => {
    const [start = '', end = ''] = part.split(/\s*[-–~]\s*/);
    return [start.trim(), end.trim()];
  });

export const formatWindows = (windows: readonly (readonly [string, string])[]): string => windows.map(([a, b]) => `${a}-${b}`).join(', ');

/** Stable comparison of drafts (key order is fixed by how the draft was built from the saved config). */
export const sameConfig = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Every string leaf of a draft by its path, in the schema's format (`priorityRules[0].name.zh-CN`). */
export const stringLeaves = (value: unknown, path = '', out = new Map<string, string>()): Map<string, string> => {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((item: unknown, i) => stringLeaves(item, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) stringLeaves(item, path === '' ? key : `${path}.${key}`, out);
  }
  return out;
};

/**
 * Blank boxes nobody has typed in yet (a rule just added has empty names): they are still wrong, and saving
 * says so, but the page does not greet a new rule with "must not be blank". `pristine` are the paths still
 * untouched before this edit; a path leaves the set as soon as its value changes.
 */
export const untouchedBlanks = (pristine: ReadonlySet<string>, before: unknown, next: unknown): Set<string> => {
  const was = stringLeaves(before);
  const now = stringLeaves(next);
  const still = new Set([...pristine].filter((path) => now.get(path) === '' && was.get(path) === ''));
  for (const [path, value] of now) if (value === '' && !was.has(path)) still.add(path);
  return still;
};
