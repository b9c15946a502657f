import { useCallback, useEffect, useRef, useState } from 'react';
import type { UiError, UiResult } from './gateway';

export type RemoteState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: UiError }
  | { readonly status: 'ready'; readonly data: T; /** Local epoch ms the data arrived (to tick clocks from). */ readonly receivedAt: number };

export interface Remote<T> {
  readonly state: RemoteState<T>;
  /** Fetch again; the previous data stays on screen until the new answer arrives. */
  readonly reload: () => void;
  /** Replace the data with a fresher copy a mutation returned. */
  readonly accept: (data: T) => void;
}

/** Loads one remote resource; answers to superseded requests are dropped so a slow reply cannot win. */
export function useRemote<T>(load: () => Promise<UiResult<T>>): Remote<T> {
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading' });
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    generation.current += 1;
    const mine = generation.current;
    void loadRef.current().then((result) => {
      if (mine !== generation.current) return;
      setState(result.ok ? { status: 'ready', data: result.data, receivedAt: Date.now() } : { status: 'error', error: result.error });
    });
  }, []);

  const accept = useCallback((data: T) => {
    generation.current += 1;
    setState({ status: 'ready', data, receivedAt: Date.now() });
  }, []);

  useEffect(() => {
    reload();
  }, [reload]);

  return { state, reload, accept };
}
