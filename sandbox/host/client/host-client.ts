/// <reference lib="dom" />
/**
 * The host side of the bridge: answers the calls each Custom UI iframe's shim forwards. Identity and the
 * extension context are decided by the server (the page embeds what it rendered); an iframe only says which
 * function to call, never who is calling.
 */
import { isRecord, isTagged, TAG, type HostToFrame } from './protocol';

interface Frame {
  readonly id: string;
  readonly element: HTMLIFrameElement;
  readonly descriptor: Record<string, unknown>;
  readonly context: Record<string, unknown>;
  readonly submittable: boolean;
}

class BridgeError extends Error {
  override name = 'BridgeAPIError';
}

function readJsonAttr(el: Element, name: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(el.getAttribute(name) ?? '{}');
  return isRecord(parsed) ? parsed : {};
}

const frames: Frame[] = Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-forge-frame]')).map((element) => ({
  id: element.dataset.forgeFrame ?? '',
  element,
  descriptor: readJsonAttr(element, 'data-descriptor'),
  context: readJsonAttr(element, 'data-context'),
  submittable: element.dataset.submittable === 'true',
}));

const colorMode = (): 'light' | 'dark' => (document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light');

function send(frame: Frame, message: HostToFrame): void {
  frame.element.contentWindow?.postMessage(message, '*');
}

async function postJson(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data: unknown = await res.json();
  if (!res.ok) {
    const error = isRecord(data) && isRecord(data.error) ? data.error : {};
    const err = new Error(typeof error.message === 'string' ? error.message : `HTTP ${res.status}`);
    if (typeof error.name === 'string') err.name = error.name;
    throw err;
  }
  return isRecord(data) ? data.result : undefined;
}

function showFlag(payload: unknown): void {
  if (!isRecord(payload)) return;
  const container = document.getElementById('flags');
  if (container === null) return;
  const id = String(payload.id);
  document.querySelector(`[data-flag-id="${CSS.escape(id)}"]`)?.remove();
  const flag = document.createElement('div');
  const appearance = typeof payload.appearance === 'string' ? payload.appearance : typeof payload.type === 'string' ? payload.type : 'info';
  flag.className = `flag flag-${appearance}`;
  flag.dataset.flagId = id;
  flag.setAttribute('role', 'status');
  const title = document.createElement('strong');
  title.textContent = typeof payload.title === 'string' ? payload.title : '';
  const description = document.createElement('div');
  description.textContent = typeof payload.description === 'string' ? payload.description : '';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'flag-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => {
    flag.remove();
  });
  flag.append(close, title, description);
  container.append(flag);
  if (payload.isAutoDismiss === true) setTimeout(() => { flag.remove(); }, 8000);
}

function locationUrl(payload: unknown): string {
  if (!isRecord(payload)) throw new BridgeError('navigation needs a location');
  if (typeof payload.url === 'string') return new URL(payload.url, window.location.href).toString();
  const origin = window.location.origin;
  const onPortal = window.location.pathname.startsWith('/portal');
  switch (payload.target) {
    case 'issue':
      if (typeof payload.issueKey !== 'string') throw new BridgeError('issue target needs issueKey');
      return `${origin}${onPortal ? '/portal/requests/' : '/agent/issue/'}${encodeURIComponent(payload.issueKey)}`;
    case 'module':
      if (typeof payload.moduleKey !== 'string') throw new BridgeError('module target needs moduleKey');
      return `${origin}/module/${encodeURIComponent(payload.moduleKey)}`;
    case 'userProfile':
    case 'dashboard':
    case 'projectSettingsDetails':
      return `${origin}/agent`;
    default:
      throw new BridgeError(`navigation target ${String(payload.target)} is not available in the sandbox`);
  }
}

async function handle(frame: Frame, method: string, payload: unknown): Promise<unknown> {
  switch (method) {
    case 'getContext':
      return { ...frame.context, theme: { colorMode: colorMode() } };
    case 'invoke': {
      if (!isRecord(payload) || typeof payload.functionKey !== 'string') throw new BridgeError('functionKey must be a string!');
      return postJson('/__host/invoke', { descriptor: frame.descriptor, functionKey: payload.functionKey, payload: payload.payload ?? {} });
    }
    case 'fetchProduct':
      return postJson('/__host/fetch-product', payload);
    case 'submit': {
      if (!frame.submittable) return false;
      const input = document.querySelector<HTMLInputElement>(`input[data-panel-data="${CSS.escape(frame.id)}"]`);
      if (input !== null) input.value = JSON.stringify(payload ?? null);
      document.dispatchEvent(new CustomEvent('sandbox:panel-submit', { detail: payload }));
      return true;
    }
    case 'close':
    case 'onClose':
    case 'open':
      return true;
    case 'refresh':
      setTimeout(() => {
        window.location.reload();
      }, 50);
      return true;
    case 'showFlag':
      showFlag(payload);
      return undefined;
    case 'closeFlag':
      if (isRecord(payload)) document.querySelector(`[data-flag-id="${CSS.escape(String(payload.id))}"]`)?.remove();
      return undefined;
    case 'emit':
    case 'emitPublic': {
      if (!isRecord(payload) || typeof payload.event !== 'string') throw new BridgeError('emit needs {event, payload}');
      const event = (method === 'emitPublic' ? 'public:' : '') + payload.event;
      for (const other of frames) if (other !== frame) send(other, { tag: TAG, kind: 'event', event, payload: payload.payload });
      return undefined;
    }
    case 'navigate': {
      const url = locationUrl(payload);
      if (isRecord(payload) && payload.type === 'new-tab') window.open(url, '_blank', 'noopener');
      else window.location.assign(url);
      return undefined;
    }
    case 'getUrl':
      return locationUrl(payload);
    case 'reload':
      window.location.reload();
      return undefined;
    case 'enableTheming':
      return { colorMode: colorMode() };
    case 'changeWindowTitle':
      if (typeof payload === 'string') document.title = payload;
      else if (isRecord(payload) && typeof payload.title === 'string') document.title = payload.title;
      return undefined;
    case 'getFrameId':
      return frame.id;
    case 'emitReadyEvent':
    case 'emitFrontendCustomMetric':
    case 'trackObjectStoreAction':
      return undefined;
    case 'initFeatureFlags':
    case 'getCookieConsentPreferences':
      return {};
    case 'isRovoEnabled':
      return false;
    default:
      throw new BridgeError(`${method} is not available in the sandbox`);
  }
}

window.addEventListener('message', (ev: MessageEvent<unknown>) => {
  const frame = frames.find((f) => f.element.contentWindow === ev.source);
  if (frame === undefined || !isTagged(ev.data)) return;
  const data = ev.data;
  if (data.kind === 'resize' && typeof data.height === 'number') {
    frame.element.style.height = `${String(Math.max(48, Math.min(4000, data.height)))}px`;
    return;
  }
  if (data.kind !== 'call' || typeof data.id !== 'number' || typeof data.method !== 'string') return;
  const id = data.id;
  handle(frame, data.method, data.payload).then(
    (result) => {
      send(frame, { tag: TAG, kind: 'reply', id, ok: true, result });
    },
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      send(frame, { tag: TAG, kind: 'reply', id, ok: false, error: { name: e.name, message: e.message } });
    },
  );
});

/** The create form waits for a valid panel, as JSM does when the panel reports `isValid: false`. */
document.querySelectorAll<HTMLFormElement>('form[data-create-form]').forEach((form) => {
  form.addEventListener('submit', (ev) => {
    const inputs = Array.from(form.querySelectorAll<HTMLInputElement>('input[data-panel-data]'));
    const invalid = inputs.some((input) => {
      if (input.value === '') return false;
      const parsed: unknown = JSON.parse(input.value);
      return isRecord(parsed) && parsed.isValid === false;
    });
    const message = form.querySelector<HTMLElement>('[data-panel-invalid]');
    if (invalid) {
      ev.preventDefault();
      if (message !== null) message.hidden = false;
    } else if (message !== null) message.hidden = true;
  });
});
