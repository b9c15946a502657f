/**
 * A subset of Atlassian design tokens (`--ds-*` custom properties) for both colour modes. In Jira the
 * product injects the full token sheet when an app calls `view.theme.enable()`; the sandbox injects these.
 */
const LIGHT: Record<string, string> = {
  '--ds-surface': '#FFFFFF',
  '--ds-surface-sunken': '#F7F8F9',
  '--ds-surface-raised': '#FFFFFF',
  '--ds-surface-overlay': '#FFFFFF',
  '--ds-text': '#172B4D',
  '--ds-text-subtle': '#44546F',
  '--ds-text-subtlest': '#626F86',
  '--ds-text-inverse': '#FFFFFF',
  '--ds-text-brand': '#0C66E4',
  '--ds-text-danger': '#AE2E24',
  '--ds-text-warning': '#A54800',
  '--ds-text-success': '#216E4E',
  '--ds-link': '#0C66E4',
  '--ds-border': '#091E4224',
  '--ds-border-input': '#8590A2',
  '--ds-border-focused': '#388BFF',
  '--ds-background-neutral': '#091E420F',
  '--ds-background-neutral-hovered': '#091E4224',
  '--ds-background-brand-bold': '#0C66E4',
  '--ds-background-brand-bold-hovered': '#0055CC',
  '--ds-background-danger': '#FFECEB',
  '--ds-background-danger-bold': '#C9372C',
  '--ds-background-warning': '#FFF7D6',
  '--ds-background-warning-bold': '#F5CD47',
  '--ds-background-success': '#DCFFF1',
  '--ds-background-success-bold': '#1F845A',
  '--ds-background-information': '#E9F2FF',
  '--ds-background-input': '#FFFFFF',
  '--ds-icon': '#44546F',
};

const DARK: Record<string, string> = {
  '--ds-surface': '#1D2125',
  '--ds-surface-sunken': '#161A1D',
  '--ds-surface-raised': '#22272B',
  '--ds-surface-overlay': '#282E33',
  '--ds-text': '#B6C2CF',
  '--ds-text-subtle': '#9FADBC',
  '--ds-text-subtlest': '#8C9BAB',
  '--ds-text-inverse': '#1D2125',
  '--ds-text-brand': '#579DFF',
  '--ds-text-danger': '#FD9891',
  '--ds-text-warning': '#F5CD47',
  '--ds-text-success': '#7EE2B8',
  '--ds-link': '#579DFF',
  '--ds-border': '#A6C5E229',
  '--ds-border-input': '#738496',
  '--ds-border-focused': '#85B8FF',
  '--ds-background-neutral': '#A1BDD914',
  '--ds-background-neutral-hovered': '#A6C5E229',
  '--ds-background-brand-bold': '#579DFF',
  '--ds-background-brand-bold-hovered': '#85B8FF',
  '--ds-background-danger': '#42221F',
  '--ds-background-danger-bold': '#F87168',
  '--ds-background-warning': '#533F04',
  '--ds-background-warning-bold': '#F5CD47',
  '--ds-background-success': '#164B35',
  '--ds-background-success-bold': '#4BCE97',
  '--ds-background-information': '#092957',
  '--ds-background-input': '#22272B',
  '--ds-icon': '#9FADBC',
};

const block = (selector: string, vars: Record<string, string>): string =>
  `${selector}{${Object.entries(vars)
    .map(([k, v]) => `${k}:${v};`)
    .join('')}}`;

export const TOKEN_CSS = [
  block('html[data-color-mode="light"],html:not([data-color-mode])', LIGHT),
  block('html[data-color-mode="dark"]', DARK),
].join('\n');
