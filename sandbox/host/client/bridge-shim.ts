/// <reference lib="dom" />
/**
 * Injected first in <head> of every Custom UI page the sandbox serves, in place of Atlassian's closed
 * `global-bridge.js`: defines `window.__bridge.callBridge` before the app bundle loads (the bridge looks it up
 * at import time) and forwards each call to the host page. Functions cannot cross postMessage, so callbacks
 * (`events.on`), the history object and theme application stay on this side.
 */
import { isRecord, isTagged, TAG, type FrameToHost } from './protocol';
import { TOKEN_CSS } from './theme-tokens';

type Callback = (payload: unknown) => unknown;
interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

const pending = new Map<number, Pending>();
const listeners = new Map<string, Set<Callback>>();
let nextId = 1;
let themingEnabled = false;

function post(message: FrameToHost): void {
  window.parent.postMessage(message, '*');
}

function callHost(method: string, payload: unknown): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ tag: TAG, kind: 'call', id, method, payload });
  });
}

function applyTheme(colorMode: 'light' | 'dark'): void {
  const html = document.documentElement;
  html.setAttribute('data-color-mode', colorMode);
  html.setAttribute('data-theme', `dark:dark light:light spacing:spacing typography:typography colorMode:${colorMode}`);
  if (document.getElementById('__sandbox-tokens') === null) {
    const style = document.createElement('style');
    style.id = '__sandbox-tokens';
    style.textContent = TOKEN_CSS;
    document.head.appendChild(style);
  }
}

function subscribe(event: string, callback: unknown): { unsubscribe: () => void } {
  if (typeof callback !== 'function') throw new Error('events.on needs a callback');
  const set = listeners.get(event) ?? new Set<Callback>();
  listeners.set(event, set);
  const cb = (payload: unknown): unknown => Reflect.apply(callback, undefined, [payload]);
  set.add(cb);
  return { unsubscribe: () => set.delete(cb) };
}

interface HistoryLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

/** A memory history with the surface of the `history` package, which `view.createHistory()` returns in Jira. */
function createMemoryHistory(): unknown {
  const entries: HistoryLocation[] = [{ pathname: '/', search: '', hash: '', state: undefined, key: 'default' }];
  let index = 0;
  const historyListeners = new Set<(location: HistoryLocation, action: string) => void>();
  const toLocation = (to: unknown, state: unknown): HistoryLocation => {
    const raw = typeof to === 'string' ? to : isRecord(to) && typeof to.pathname === 'string' ? to.pathname : '/';
    const url = new URL(raw, 'http://sandbox.invalid');
    return { pathname: url.pathname, search: url.search, hash: url.hash, state, key: String(nextId++) };
  };
  const notify = (action: string): void => {
    const current = entries[index];
    if (current !== undefined) for (const l of historyListeners) l(current, action);
  };
  const history = {
    get location(): HistoryLocation | undefined {
      return entries[index];
    },
    set location(_ignored: unknown) {
      // The bridge assigns the location it was given; this history is already the source of truth.
    },
    get action(): string {
      return 'POP';
    },
    push(to: unknown, state?: unknown) {
      entries.splice(index + 1, entries.length, toLocation(to, state));
      index = entries.length - 1;
      notify('PUSH');
    },
    replace(to: unknown, state?: unknown) {
      entries[index] = toLocation(to, state);
      notify('REPLACE');
    },
    go(delta: number) {
      index = Math.max(0, Math.min(entries.length - 1, index + delta));
      notify('POP');
    },
    back() {
      history.go(-1);
    },
    forward() {
      history.go(1);
    },
    goBack() {
      history.go(-1);
    },
    goForward() {
      history.go(1);
    },
    listen(listener: (location: HistoryLocation, action: string) => void) {
      historyListeners.add(listener);
      return () => historyListeners.delete(listener);
    },
  };
  return history;
}

async function callBridge(method: string, payload?: unknown): Promise<unknown> {
  switch (method) {
    case 'on':
    case 'onPublic': {
      if (!isRecord(payload) || typeof payload.event !== 'string') throw new Error(`${method} needs {event, callback}`);
      const prefix = method === 'onPublic' ? 'public:' : '';
      return subscribe(prefix + payload.event, payload.callback);
    }
    case 'createHistory':
      return createMemoryHistory();
    case 'enableTheming': {
      const result = await callHost('enableTheming', undefined);
      themingEnabled = true;
      applyTheme(isRecord(result) && result.colorMode === 'dark' ? 'dark' : 'light');
      return undefined;
    }
    default:
      return callHost(method, payload);
  }
}

window.addEventListener('message', (ev: MessageEvent<unknown>) => {
  if (ev.source !== window.parent) return;
  const data = ev.data;
  if (!isTagged(data)) return;
  if (data.kind === 'reply' && typeof data.id === 'number') {
    const entry = pending.get(data.id);
    if (entry === undefined) return;
    pending.delete(data.id);
    if (data.ok === true) entry.resolve(data.result);
    else {
      const err = isRecord(data.error) ? data.error : {};
      const error = new Error(typeof err.message === 'string' ? err.message : 'bridge call failed');
      if (typeof err.name === 'string') error.name = err.name;
      entry.reject(error);
    }
  } else if (data.kind === 'event' && typeof data.event === 'string') {
    for (const cb of listeners.get(data.event) ?? []) {
      void Promise.resolve(cb(data.payload)).catch((error: unknown) => {
        console.error(error);
      });
    }
  } else if (data.kind === 'theme' && themingEnabled) {
    applyTheme(data.colorMode === 'dark' ? 'dark' : 'light');
  }
});

/** Like iframe-resizer in Jira: the frame grows and shrinks with its content (the body, not the viewport). */
function reportHeight(): void {
  const body = document.body;
  const height = Math.ceil(body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(body).marginBottom || '0'));
  post({ tag: TAG, kind: 'resize', height });
}

document.addEventListener('DOMContentLoaded', () => {
  new ResizeObserver(reportHeight).observe(document.body);
  reportHeight();
});

Object.defineProperty(window, '__bridge', { value: { callBridge }, configurable: false, writable: false });
