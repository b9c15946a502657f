/**
 * An error the KVS service answers with: the HTTP status and the `{code, message}` body that @forge/kvs turns into
 * `ForgeKvsAPIError`. Codes documented by Atlassian (KEY_TOO_LONG, INVALID_KEY, MAX_SIZE, MAX_DEPTH, KEY_NOT_FOUND,
 * RATE_LIMIT_EXCEEDED) are used as documented; the others are this sandbox's own and listed in the README.
 */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }
}

export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_SECRET_VALUE_BYTES = 128 * 1024;
export const MAX_VALUE_DEPTH = 32;
export const MAX_TRANSACTION_OPS = 25;
export const MAX_QUERY_LIMIT = 100;
export const DEFAULT_QUERY_LIMIT = 10;

// The documented key pattern; `-` is moved to the end of the class so it is a literal, as the platform intends.
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/;

export function checkKey(key: string): void {
  if (key.length === 0) throw new KvsError(400, 'EMPTY_KEY', 'Key cannot be empty.');
  if (key.length > MAX_KEY_LENGTH) throw new KvsError(400, 'KEY_TOO_LONG', `The provided key has exceeded the maximum ${MAX_KEY_LENGTH} characters.`);
  if (!KEY_PATTERN.test(key)) throw new KvsError(400, 'INVALID_KEY', 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/');
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

/** Serialises a value for storage, enforcing the size and depth limits. */
export function encodeValue(value: unknown, maxBytes: number = MAX_VALUE_BYTES): string {
  if (value === undefined) throw new KvsError(400, 'BAD_REQUEST', 'Provided request body is invalid: value is required.');
  const text = JSON.stringify(value);
  if (Buffer.byteLength(text) > maxBytes) throw new KvsError(400, 'MAX_SIZE', `The provided value has exceeded the maximum size limit (${maxBytes} bytes).`);
  if (depthOf(value) > MAX_VALUE_DEPTH) throw new KvsError(400, 'MAX_DEPTH', `The provided value has exceeded the maximum object depth (${MAX_VALUE_DEPTH}) limit.`);
  return text;
}
