/** The part of the Forge context that decides language, zone and colour mode. */
export interface HostContext {
  readonly locale?: string | null;
  readonly timezone?: string | null;
  readonly theme?: { readonly colorMode?: string } | null;
}

export type ColorMode = 'light' | 'dark';

/** `auto` (or no theme at all) follows the operating system, as Jira itself does. */
export const resolveColorMode = (requested: string | undefined, prefersDark: boolean): ColorMode => {
  if (requested === 'dark' || requested === 'light') return requested;
  return prefersDark ? 'dark' : 'light';
};

/**
 * Jira sets `data-color-mode` on the frame's root once theming is enabled; the context's colour mode is
 * applied only when the host did not, so the token fallbacks still follow the user's theme.
 */
export const applyColorMode = (root: HTMLElement, context: HostContext, prefersDark: boolean): ColorMode => {
  const fromHost = root.getAttribute('data-color-mode');
  if (fromHost === 'dark' || fromHost === 'light') return fromHost;
  const mode = resolveColorMode(context.theme?.colorMode, prefersDark);
  root.setAttribute('data-color-mode', mode);
  return mode;
};
