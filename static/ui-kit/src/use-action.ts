import { useCallback, useState } from 'react';
import type { UiError, UiResult } from './gateway';

export interface Action<T> {
  readonly busy: boolean;
  readonly error: UiError | null;
  /** Runs one mutation; true when it succeeded (the caller may then close its form). */
  readonly run: (call: () => Promise<UiResult<T>>) => Promise<boolean>;
  readonly clearError: () => void;
}

/** A mutation button's state: disabled while busy, the error kept next to the form that caused it. */
export function useAction<T>(onDone: (data: T) => void): Action<T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const run = useCallback(
    async (call: () => Promise<UiResult<T>>) => {
      setBusy(true);
      setError(null);
      const result = await call();
      setBusy(false);
      if (result.ok) {
        onDone(result.data);
        return true;
      }
      setError(result.error);
      return false;
    },
    [onDone],
  );
  const clearError = useCallback(() => {
    setError(null);
  }, []);
  return { busy, error, run, clearError };
}
