/** Test helper: a copy of `value` with the field at `path` replaced (or removed when `next` is `REMOVE`). */
export const REMOVE = Symbol('remove');

const isContainer = (value: unknown): value is Record<string | number, unknown> => typeof value === 'object' && value !== null;

export const withField = (value: unknown, path: readonly (string | number)[], next: unknown): unknown => {
  const copy: unknown = structuredClone(value);
  let node: unknown = copy;
  path.slice(0, -1).forEach((key) => {
    if (!isContainer(node)) throw new Error(`no container at ${String(key)}`);
    node = node[key];
  });
  const last = path[path.length - 1];
  if (!isContainer(node) || last === undefined) throw new Error(`cannot set ${path.join('.')}`);
  if (next === REMOVE) Reflect.deleteProperty(node, last);
  else node[last] = next;
  return copy;
};
