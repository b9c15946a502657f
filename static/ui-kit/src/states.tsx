import type { ReactNode } from 'react';
import type { UiError } from './gateway';
import { useUi } from './ui-context';

export function Loading({ label }: { readonly label?: string }) {
  const { kit } = useUi();
  return (
    <div className="ss-row" role="status" aria-live="polite">
      <span className="ss-spinner" aria-hidden="true" />
      <span>{label ?? kit('loading')}</span>
    </div>
  );
}

/**
 * An error that says what happened and what to do, with the backend's own words underneath, and each refused
 * field by the label the page gives it (`labels`, by field path; the path itself when the page has none).
 */
export function ErrorState({ error, onRetry, labels }: { readonly error: UiError; readonly onRetry?: () => void; readonly labels?: Readonly<Record<string, string>> }) {
  const { kit } = useUi();
  return (
    <div className="ss-banner ss-banner-error ss-stack" role="alert">
      <strong>{kit('errorTitle')}</strong>
      <span>{kit(`error.${error.code}`)}</span>
      {error.message === '' ? null : <span className="ss-subtle">{error.message}</span>}
      {error.fieldErrors === undefined || error.fieldErrors.length === 0 ? null : (
        <ul className="ss-subtle">
          {error.fieldErrors.map((f) => (
            <li key={`${f.path}:${f.message}`}>
              {labels?.[f.path] ?? f.path}: {f.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry === undefined ? null : (
        <div>
          <button type="button" className="ss-button" onClick={onRetry}>
            {kit('retry')}
          </button>
        </div>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  return (
    <div className="ss-card ss-stack">
      <strong>{title}</strong>
      {children === undefined ? null : <span className="ss-subtle">{children}</span>}
    </div>
  );
}

export function Banner({ tone, children }: { readonly tone: 'error' | 'warning' | 'success' | 'info'; readonly children: ReactNode }) {
  return (
    <div className={`ss-banner ss-banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
