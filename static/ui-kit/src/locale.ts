import { isKnownTimeZone } from '../../../src/domain/time/zone-offset';
import type { Locale } from '../../../src/domain/vocabulary/locales';

/** The two UI languages of the app: the vocabulary's `Locale`. */
export type UiLocale = Locale;

/** Forge reports locales such as `zh_CN`, `zh-TW` or `en_US`; any Chinese variant reads the Chinese UI. */
export const pickLocale = (raw: string | null | undefined): UiLocale =>
  raw !== null && raw !== undefined && /^zh/i.test(raw) ? 'zh-CN' : 'en';

/** Text kept in both languages; config uses `zh-CN`, issue properties use the short `zh` key. */
export type BilingualText = { readonly en: string } & ({ readonly 'zh-CN': string } | { readonly zh: string });

export const textFor = (text: BilingualText, locale: UiLocale): string => {
  if (locale === 'en') return text.en;
  return 'zh-CN' in text ? text['zh-CN'] : text.zh;
};

/** The user's zone from the Forge context, else the browser's, so times are never shown in a zone that throws. */
export const pickTimeZone = (raw: string | null | undefined): string => {
  if (raw !== null && raw !== undefined && raw !== '' && isKnownTimeZone(raw)) return raw;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
};
