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

/** Messages written side by side (`key: [en, zh-CN]`), so a translation is never forgotten or misplaced. */
export const fromPairs = <K extends string>(table: Readonly<Record<K, readonly [en: string, zh: string]>>): Messages<K> => {
  const en = {} as Record<K, string>;
  const zh = {} as Record<K, string>;
  for (const key of Object.keys(table) as K[]) {
    const [english, chinese] = table[key];
    en[key] = english;
    zh[key] = chinese;
  }
  return { en, 'zh-CN': zh };
};
