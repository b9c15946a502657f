/** Messages between a Custom UI iframe (bridge shim) and the host page, over window.postMessage. */
export const TAG = '__forgeSandbox';

export interface CallMessage {
  readonly tag: typeof TAG;
  readonly kind: 'call';
  readonly id: number;
  readonly method: string;
  readonly payload: unknown;
}

export interface ReplyMessage {
  readonly tag: typeof TAG;
  readonly kind: 'reply';
  readonly id: number;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
}

export interface EventMessage {
  readonly tag: typeof TAG;
  readonly kind: 'event';
  readonly event: string;
  readonly payload: unknown;
}

export interface ThemeMessage {
  readonly tag: typeof TAG;
  readonly kind: 'theme';
  readonly colorMode: 'light' | 'dark';
}

export interface ResizeMessage {
  readonly tag: typeof TAG;
  readonly kind: 'resize';
  readonly height: number;
}

export type FrameToHost = CallMessage | ResizeMessage;
export type HostToFrame = ReplyMessage | EventMessage | ThemeMessage;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isTagged(value: unknown): value is Record<string, unknown> & { tag: typeof TAG } {
  return isRecord(value) && value.tag === TAG;
}
