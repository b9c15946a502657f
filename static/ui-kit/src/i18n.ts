import type { UiLocale } from './locale';

/** Every key must exist in both languages; the compiler enforces it through this type. */
export type Messages<K extends string> = Readonly<Record<UiLocale, Readonly<Record<K, string>>>>;

export type MessageVars = Readonly<Record<string, string | number>>;
export type Translate<K extends string> = (key: K, vars?: MessageVars) => string;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export const interpolate = (template: string, vars?: MessageVars): string =>
  vars === undefined
    ? template
    : template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = vars[name];
        return value === undefined ? whole : String(value);
      });

export const createTranslate =
  <K extends string>(messages: Messages<K>, locale: UiLocale): Translate<K> =>
  (key, vars) =>
    interpolate(messages[locale][key], vars);
