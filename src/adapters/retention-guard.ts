import { storageKeyClass, storageKindOf } from '../domain/retention';

/**
 * Every delete and every TTL the app issues goes through here: a record key (or one nobody classified) is
 * refused loudly, so no code path can drop a record younger than the retention policy (issue 13).
 */
export const assertMayExpire = (key: string, what: 'delete' | 'ttl'): void => {
  if (storageKindOf(key) === 'transient') return;
  const holds = storageKeyClass(key)?.holds ?? 'an unclassified key (counts as a record)';
  throw new Error(`refusing to ${what === 'delete' ? 'delete' : 'set a TTL on'} '${key}': ${holds} is kept for the retention policy`);
};
