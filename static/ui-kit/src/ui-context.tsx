import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslate, type Translate } from './i18n';
import { kitMessages, type KitKey } from './kit-messages';
import type { UiLocale } from './locale';

export interface UiSettings {
  readonly locale: UiLocale;
  /** IANA zone every date on the page is shown in. */
  readonly timeZone: string;
}

interface UiContextValue extends UiSettings {
  readonly kit: Translate<KitKey>;
}

const UiContext = createContext<UiContextValue>({ locale: 'en', timeZone: 'UTC', kit: createTranslate(kitMessages, 'en') });

export function UiProvider({ settings, children }: { readonly settings: UiSettings; readonly children: ReactNode }) {
  const value = useMemo(
    () => ({ ...settings, kit: createTranslate(kitMessages, settings.locale) }),
    [settings],
  );
  return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}

export const useUi = (): UiContextValue => useContext(UiContext);
