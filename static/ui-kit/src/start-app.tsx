import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLocale, pickTimeZone } from './locale';
import { applyColorMode, type HostContext } from './theme';
import { UiProvider, type UiSettings } from './ui-context';

/** The slice of `@forge/bridge`'s `view` an app needs to start (a fake can stand in for it in tests). */
export interface StartView<C extends HostContext> {
  getContext(): Promise<C>;
  readonly theme: { enable(): Promise<void> };
}

/**
 * Starts a Custom UI: enables Jira theming, reads the user's locale and zone from the context, and renders
 * the app inside the UI provider. Theming failing (an old host) is not fatal: the token fallbacks apply.
 */
export async function startApp<C extends HostContext>(view: StartView<C>, render: (context: C, settings: UiSettings) => ReactNode): Promise<void> {
  const element = document.getElementById('root');
  if (element === null) throw new Error('index.html must contain <div id="root">');
  const [context] = await Promise.all([view.getContext(), view.theme.enable().catch(() => undefined)]);
  const settings: UiSettings = { locale: pickLocale(context.locale), timeZone: pickTimeZone(context.timezone) };
  document.documentElement.lang = settings.locale;
  applyColorMode(document.documentElement, context, window.matchMedia('(prefers-color-scheme: dark)').matches);
  createRoot(element).render(
    <StrictMode>
      <UiProvider settings={settings}>{render(context, settings)}</UiProvider>
    </StrictMode>,
  );
}
